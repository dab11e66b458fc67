// The embeddable widgets in a real browser (headless Chromium): the built demo page is served from one origin and
// the widgets call the API on another through CORS, as on a page that embeds them. Expected values come from
// the API itself, queried directly. Screenshots of the demo go to docs/screenshots/.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WIDGETS_DIR } from '../../src/static-builds.js';
import { startTestApi, type TestApi } from '../support/api.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = path.join(REPO, 'docs/screenshots');
const WIDGETS = ['career-path', 'next-roles', 'similar-roles', 'skill-overlap'];
const SEED_ROLES = ['embedded-software-engineer', 'ml-engineer', 'edge-ai-engineer', 'senior-edge-ai-engineer'];

let api: TestApi;
let demo: StaticServer;
let context: BrowserContext;
let profileDir: string;
let page: Page;
/** The GraphQL operations the page has posted to the API, in order. */
let operations: string[];

beforeAll(async () => {
  buildWidgetsIfStale();
  demo = await serveDirectory(WIDGETS_DIR);
  api = await startTestApi({ CORS_ORIGINS: demo.origin });
  await warmUp();
  profileDir = await mkdtemp(path.join(tmpdir(), 'widgets-chromium-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1200, height: 900 },
    acceptDownloads: true,
  });
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await api?.close();
  await demo?.close();
  if (profileDir) await rm(profileDir, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await context.newPage();
  operations = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().endsWith('/graphql')) return;
    operations.push(/^query (\w+)/.exec(request.postDataJSON().query)?.[1] ?? 'anonymous');
  });
});

afterEach(async () => {
  await page.close();
});

// A fresh Neo4j plans and compiles each Cypher statement on its first run, which on a busy machine can come
// close to the API's query timeout: run the demo's queries once so the browser meets a warm API, as readers do.
async function warmUp(): Promise<void> {
  await api.query(routeQuery, { from: 'embedded-software-engineer' });
  await api.query(`{ nextRoles(role: "embedded-software-engineer", knownSkills: ["python"]) { coverage missingSkills { name } } }`);
  await api.query(similarQuery, { role: 'edge-ai-engineer' });
  await api.query(`query($roles: [ID!]!) { skillOverlap(roles: $roles) { jaccard } }`, { roles: SEED_ROLES });
}

/** Opens the demo page with its widgets pointed at `endpoint`, and waits until none is loading. */
async function openDemo(endpoint = `${api.url}/graphql`, origin = demo.origin): Promise<void> {
  await page.goto(`${origin}/?endpoint=${encodeURIComponent(endpoint)}`);
  await settled();
}

async function settled(): Promise<void> {
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) => {
        const state = document.querySelector(tag)?.shadowRoot?.querySelector('.state');
        return state && !state.classList.contains('loading');
      }),
    WIDGETS,
  );
}

async function texts(selector: string): Promise<string[]> {
  return (await page.locator(selector).allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** Sets attributes in one go, as a page script would, then waits for the element's new answer. */
async function setAttributes(selector: string, attributes: Record<string, string>): Promise<void> {
  await page.locator(selector).evaluate(async (element, attrs) => {
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
  }, attributes);
  await settled();
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

async function apiData(query: string, variables?: Record<string, unknown>): Promise<any> {
  const { data, errors } = await api.query(query, variables);
  expect(errors).toBeUndefined();
  return data;
}

const routeQuery = `query($from: ID!) {
  careerPaths(from: $from, to: "senior-edge-ai-engineer", optimize: MONTHS, first: 1) {
    roles { title } totalMonths { typical } steps { months { typical } skillsToLearn { name } certifications { name } }
  }
}`;
const similarQuery = `query($role: ID!) { similarRoles(role: $role, first: 5) { role { id title } score sharedCount missingSkills { name } } }`;

describe('the demo page, cross-origin to the API', () => {
  it('sends exactly one GraphQL request per element, and no more once they have rendered', async () => {
    await openDemo();
    await page.waitForLoadState('networkidle');
    expect(operations.sort()).toEqual(['CareerPath', 'NextRoles', 'SimilarRoles', 'SkillOverlap']);
  });

  it('shows every element with data, no loading or error left (screenshots in docs/screenshots/)', async () => {
    await openDemo();
    for (const tag of WIDGETS) {
      await expect(page.locator(`${tag} [role="status"]`).getAttribute('class'), tag).resolves.toContain('ready');
      await expect(page.locator(`${tag} [role="status"]`).textContent(), tag).resolves.toBe('');
    }
    // Only now: a failing run must not replace the documentation's pictures with error states.
    await page.screenshot({ path: path.join(SCREENSHOTS, 'widgets-demo.png'), fullPage: true });
    for (const tag of WIDGETS) await page.locator(tag).screenshot({ path: path.join(SCREENSHOTS, `${tag}.png`) });
  });

  it('draws the route from Embedded Software Engineer to Senior Edge AI Engineer by months: 6 + 42 = 48', async () => {
    await openDemo();
    const [route] = (await apiData(routeQuery, { from: 'embedded-software-engineer' })).careerPaths;

    expect(await texts('career-path .box')).toEqual(['Embedded Software Engineer', 'Edge AI Engineer', 'Senior Edge AI Engineer']);
    expect(await texts('career-path .box')).toEqual(route.roles.map((role: any) => role.title));
    expect(await texts('career-path .arrow')).toEqual(['6 months', '42 months']);
    expect(await texts('career-path .total strong')).toEqual(['48 months']);
    expect(route.totalMonths.typical).toBe(48);

    // Per step: the number of skills to learn, the first of them as chips, and the certifications.
    const steps = page.locator('career-path .step');
    await expect(steps.count()).resolves.toBe(route.steps.length);
    for (const [index, step] of route.steps.entries()) {
      const names = step.skillsToLearn.map((skill: any) => skill.name);
      await expect(steps.nth(index).textContent()).resolves.toContain(`Skills to learn (${names.length}):`);
      const chips = (await steps.nth(index).locator('.chip').allTextContents()).slice(0, Math.min(names.length, 8));
      expect(chips).toEqual(names.slice(0, 8));
      const certificates = await steps.nth(index).locator('.certs .chip').allTextContents();
      expect(certificates).toEqual(step.certifications.map((c: any) => c.name));
    }
    expect(route.steps[0].certifications.length).toBeGreaterThan(0);
  });

  it('lists the next roles from Embedded Software Engineer for someone who knows Python, with coverage and missing skills', async () => {
    await openDemo();
    const { nextRoles } = await apiData(
      `{ nextRoles(role: "embedded-software-engineer", knownSkills: ["python"], first: 5) { role { id title } coverage missingSkills { name } } }`,
    );
    expect(nextRoles.length).toBeGreaterThan(0);

    expect(await texts('next-roles [role="option"] .title')).toEqual(nextRoles.map((next: any) => next.role.title));
    expect(await texts('next-roles [role="option"] .share')).toEqual(
      nextRoles.map((next: any) => `${percent(next.coverage)} skills covered`),
    );
    const firstMissing = nextRoles[0].missingSkills.map((skill: any) => skill.name);
    const option = page.locator('next-roles [role="option"]').first();
    expect(await option.locator('.chip').allTextContents()).toEqual(firstMissing.slice(0, 6));
    await expect(option.textContent()).resolves.toContain(`+${firstMissing.length - 6} more`);
  });

  it('lists the roles similar to Edge AI Engineer with their skill overlap and missing skills', async () => {
    await openDemo();
    const { similarRoles } = await apiData(similarQuery, { role: 'edge-ai-engineer' });

    expect(await texts('similar-roles [role="option"] .title')).toEqual(similarRoles.map((s: any) => s.role.title));
    expect(await texts('similar-roles [role="option"] .share')).toEqual(
      similarRoles.map((s: any) => `${percent(s.score)} skill overlap`),
    );
    const options = page.locator('similar-roles [role="option"]');
    for (const [index, similar] of similarRoles.entries()) {
      const missing = similar.missingSkills.map((skill: any) => skill.name);
      expect(await options.nth(index).locator('.chip').allTextContents()).toEqual(missing.slice(0, 6));
    }
  });

  it("fills the heat map with skillOverlap's Jaccard values, 1 on the diagonal", async () => {
    await openDemo();
    const { skillOverlap } = await apiData(`query($roles: [ID!]!) { skillOverlap(roles: $roles) { a { id } b { id } jaccard } }`, {
      roles: SEED_ROLES,
    });
    expect(skillOverlap).toHaveLength(6);

    const cell = (row: number, col: number) => page.locator(`skill-overlap td[data-row="${row}"][data-col="${col}"]`);
    for (const pair of skillOverlap) {
      const [a, b] = [SEED_ROLES.indexOf(pair.a.id), SEED_ROLES.indexOf(pair.b.id)];
      await expect(cell(a, b).textContent()).resolves.toMatch(new RegExp(`^\\s*${pair.jaccard.toFixed(2)}\\s*$`));
      await expect(cell(b, a).textContent()).resolves.toMatch(new RegExp(`^\\s*${pair.jaccard.toFixed(2)}\\s*$`));
    }
    for (let index = 0; index < SEED_ROLES.length; index++) {
      await expect(cell(index, index).textContent()).resolves.toMatch(/^\s*1\s*$/);
    }
    expect(await texts('skill-overlap th[scope="row"]')).toEqual([
      'Embedded Software Engineer',
      'ML Engineer',
      'Edge AI Engineer',
      'Senior Edge AI Engineer',
    ]);
  });

  it('shows the shared-skill count of a cell on hover and on focus, and moves between cells with the arrow keys', async () => {
    await openDemo();
    const { skillOverlap } = await apiData(`query($roles: [ID!]!) { skillOverlap(roles: $roles) { a { id } b { id } sharedCount } }`, {
      roles: SEED_ROLES,
    });
    const shared = (a: string, b: string) =>
      skillOverlap.find((p: any) => (p.a.id === a && p.b.id === b) || (p.a.id === b && p.b.id === a)).sharedCount;
    const label = page.locator('skill-overlap .shown-label');

    await page.locator('skill-overlap td[data-row="2"][data-col="3"]').hover();
    await expect(label.textContent()).resolves.toContain(
      `Edge AI Engineer and Senior Edge AI Engineer: ${shared('edge-ai-engineer', 'senior-edge-ai-engineer')} shared skills`,
    );

    await page.locator('skill-overlap td[data-row="0"][data-col="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const focused = await page.locator('skill-overlap').evaluate((element) => {
      const cell = element.shadowRoot!.activeElement as HTMLElement;
      return [cell.dataset.row, cell.dataset.col];
    });
    expect(focused).toEqual(['1', '2']);
    await expect(label.textContent()).resolves.toContain(
      `ML Engineer and Edge AI Engineer: ${shared('ml-engineer', 'edge-ai-engineer')} shared skills`,
    );
    await page.locator('skill-overlap').screenshot({ path: path.join(SCREENSHOTS, 'skill-overlap-focus.png') });
  });

  it('downloads the overlap matrix as CSV: a header row of role ids, then the Jaccard values', async () => {
    await openDemo();
    const { skillOverlap } = await apiData(`query($roles: [ID!]!) { skillOverlap(roles: $roles) { a { id } b { id } jaccard } }`, {
      roles: SEED_ROLES,
    });
    const jaccard = (a: string, b: string) =>
      a === b ? 1 : skillOverlap.find((p: any) => (p.a.id === a && p.b.id === b) || (p.a.id === b && p.b.id === a)).jaccard;

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('skill-overlap button', { hasText: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('skill-overlap.csv');
    const rows = (await readFile(await download.path(), 'utf8')).trim().split('\n').map((line) => line.split(','));

    expect(rows[0]).toEqual(['role', ...SEED_ROLES]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(SEED_ROLES);
    for (const [index, a] of SEED_ROLES.entries()) {
      expect(rows[index + 1].slice(1).map(Number)).toEqual(SEED_ROLES.map((b) => jaccard(a, b)));
    }
  });
});

describe('role-select', () => {
  async function listenForRoleSelect(): Promise<void> {
    await page.evaluate(() => {
      (window as any).selections = [];
      document.addEventListener('role-select', (event) => {
        const { detail, target } = event as CustomEvent<{ id: string }>;
        (window as any).selections.push({ id: detail.id, from: (target as Element).localName });
      });
    });
  }
  const selections = () => page.evaluate(() => (window as any).selections as { id: string; from: string }[]);

  it('fires with the role id when a person clicks a next role', async () => {
    await openDemo();
    await listenForRoleSelect();
    const { nextRoles } = await apiData(`{ nextRoles(role: "embedded-software-engineer", knownSkills: ["python"], first: 5) { role { id } } }`);

    await page.locator('next-roles [role="option"]').nth(1).click();
    expect(await selections()).toEqual([{ id: nextRoles[1].role.id, from: 'next-roles' }]);
    await expect(page.locator('next-roles [role="option"]').nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('#selected').textContent()).resolves.toContain(nextRoles[1].role.id);
  });

  it('fires on Enter and on Space for the focused similar role, and arrow keys move the focus', async () => {
    await openDemo();
    await listenForRoleSelect();
    const { similarRoles } = await apiData(similarQuery, { role: 'edge-ai-engineer' });

    await page.locator('similar-roles [role="option"]').first().focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    expect(await selections()).toEqual([
      { id: similarRoles[0].role.id, from: 'similar-roles' },
      { id: similarRoles[1].role.id, from: 'similar-roles' },
    ]);
  });
});

describe('attribute changes', () => {
  it('re-renders the similar roles for a new role attribute, with one new request', async () => {
    await openDemo();
    await page.waitForLoadState('networkidle');
    operations = [];
    const { similarRoles } = await apiData(similarQuery, { role: 'ml-engineer' });

    await setAttributes('similar-roles', { role: 'ml-engineer' });
    expect(await texts('similar-roles [role="option"] .title')).toEqual(similarRoles.map((s: any) => s.role.title));
    await page.waitForLoadState('networkidle');
    expect(operations).toEqual(['SimilarRoles']);
  });

  it('re-routes from ML Engineer when from and optimize change together, with one request', async () => {
    await openDemo();
    await page.waitForLoadState('networkidle');
    operations = [];
    const [route] = (await apiData(routeQuery, { from: 'ml-engineer' })).careerPaths;

    await setAttributes('career-path', { from: 'ml-engineer', optimize: 'STEPS' });
    expect(await texts('career-path .box')).toEqual(route.roles.map((role: any) => role.title));
    expect(await texts('career-path .box')).toEqual(['ML Engineer', 'Edge AI Engineer', 'Senior Edge AI Engineer']);
    expect(await texts('career-path .arrow')).toEqual(route.steps.map((step: any) => `${step.months.typical} months`));
    expect(await texts('career-path .total strong')).toEqual([`${route.totalMonths.typical} months`]);
    await page.waitForLoadState('networkidle');
    expect(operations).toEqual(['CareerPath']);
  });

  it('does not ask again when an attribute is set to the value it already has', async () => {
    await openDemo();
    await page.waitForLoadState('networkidle');
    operations = [];
    await setAttributes('next-roles', { role: 'embedded-software-engineer', 'known-skills': 'python' });
    await page.waitForLoadState('networkidle');
    expect(operations).toEqual([]);
  });
});

describe('errors', () => {
  it("names the unknown role with the API's own message", async () => {
    await openDemo();
    const { errors } = await api.query(`{ similarRoles(role: "no-such-role") { score } }`);
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await setAttributes('similar-roles', { role: 'no-such-role' });
    const state = page.locator('similar-roles [role="status"]');
    await expect(state.textContent()).resolves.toBe(errors![0].message);
    expect(errors![0].message).toBe('No role with id "no-such-role"');
    await expect(state.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(page.locator('similar-roles [role="option"]').count()).resolves.toBe(0);
    await page.locator('similar-roles').screenshot({ path: path.join(SCREENSHOTS, 'error-unknown-role.png') });
  });

  it('says it cannot reach the API when nothing listens at the endpoint', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}/graphql`;
    await openDemo(endpoint);
    for (const tag of WIDGETS) {
      await expect(page.locator(`${tag} [role="status"]`).textContent()).resolves.toBe(
        `Cannot reach the career graph API at ${endpoint}`,
      );
    }
  });

  it('cannot reach the API from an origin missing from CORS_ORIGINS', async () => {
    const other = await serveDirectory(WIDGETS_DIR);
    try {
      await openDemo(`${api.url}/graphql`, other.origin);
      await expect(page.locator('career-path [role="status"]').textContent()).resolves.toBe(
        `Cannot reach the career graph API at ${api.url}/graphql`,
      );
    } finally {
      await other.close();
    }
  });
});

describe('served by the API itself', () => {
  it('talks to the /graphql beside the script when no endpoint is set', async () => {
    await page.goto(`${api.url}/widgets/`);
    await settled();
    expect(await texts('career-path .box')).toEqual(['Embedded Software Engineer', 'Edge AI Engineer', 'Senior Edge AI Engineer']);
    const endpoints = await page.evaluate(() =>
      Array.from(document.querySelectorAll('career-path, next-roles, similar-roles, skill-overlap'), (e) => (e as any).endpoint),
    );
    expect(endpoints).toEqual(WIDGETS.map(() => `${api.url}/graphql`));
  });
});

interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** A tiny static file server on a free port: the "other site" that embeds the widgets. */
async function serveDirectory(dir: string): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port that was free a moment ago and has nothing listening on it now. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The global setup builds the widgets only when the build is missing; after an edit to widgets/, rebuild. */
function buildWidgetsIfStale(): void {
  const built = path.join(WIDGETS_DIR, 'career-widgets.js');
  const builtAt = statSync(built, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = readdirSync(path.join(REPO, 'widgets'), { recursive: true, encoding: 'utf8' });
  if (sources.some((source) => statSync(path.join(REPO, 'widgets', source)).mtimeMs > builtAt)) {
    execFileSync('npm', ['run', '--silent', 'build:widgets'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
