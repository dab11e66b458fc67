// The embeddable widgets in a real browser (headless Chromium): the built demo page is served from one origin and
// the widgets call the API on another through CORS, as on a page that embeds them. Expected values come from
// the API itself, queried directly. Screenshots of the demo go to docs/screenshots/.
import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WIDGETS_DIR } from '../../src/static-builds.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { launchChromium, type TestBrowser } from '../support/browser.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = path.join(REPO, 'docs/screenshots');
const WIDGETS = ['career-path', 'next-roles', 'similar-roles', 'skill-overlap'];
const SEED_ROLES = ['embedded-software-engineer', 'ml-engineer', 'edge-ai-engineer', 'senior-edge-ai-engineer'];

let api: TestApi;
let demo: StaticServer;
let browser: TestBrowser;
let page: Page;
/** The GraphQL operations the page has posted to the API, in order. */
let operations: string[];

// The widgets are built by the test run's global setup (again whenever widgets/ changed since the last build).
beforeAll(async () => {
  // First: on a machine without Chromium, say so before starting anything else.
  browser = await launchChromium();
  demo = await serveDirectory(WIDGETS_DIR);
  api = await startTestApi({ CORS_ORIGINS: demo.origin });
  await warmUp();
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await demo?.close();
});

beforeEach(async () => {
  page = await browser.context.newPage();
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
    roles { title } totalMonths { typical }
    steps { months { typical } skillsToLearn(grain: AREA) { name parts { name } } certifications { name } }
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

    // Per step: the number of skill areas to learn, the first eight of them, and the certifications.
    const steps = page.locator('career-path .step');
    await expect(steps.count()).resolves.toBe(route.steps.length);
    for (const [index, step] of route.steps.entries()) {
      const names = step.skillsToLearn.map((area: any) => area.name);
      await expect(steps.nth(index).textContent()).resolves.toContain(`Skill areas to learn (${names.length}):`);
      const shown = (await steps.nth(index).locator('.area-name').allTextContents()).slice(0, Math.min(names.length, 8));
      expect(shown).toEqual(names.slice(0, 8));
      const certificates = await steps.nth(index).locator('.certs .chip').allTextContents();
      expect(certificates).toEqual(step.certifications.map((c: any) => c.name));
    }
    expect(route.steps[0].certifications.length).toBeGreaterThan(0);
  });

  it("shows each step's skill areas with their parts on demand: closed at first, the area's parts once opened", async () => {
    await openDemo();
    const [route] = (await apiData(routeQuery, { from: 'embedded-software-engineer' })).careerPaths;
    const [firstStep] = route.steps;
    const areasWithParts = firstStep.skillsToLearn.filter((area: any) => area.parts.length > 0);
    expect(areasWithParts.length).toBeGreaterThan(0);
    expect(firstStep.skillsToLearn.map((area: any) => area.name)).toContain('Model compression');

    const areas = page.locator('career-path .step').first().locator('.areas > li');
    await expect(areas.count()).resolves.toBe(firstStep.skillsToLearn.length);
    for (const [index, area] of firstStep.skillsToLearn.entries()) {
      const item = areas.nth(index);
      const disclosure = item.locator('details');
      if (area.parts.length === 0) {
        await expect(disclosure.count(), area.name).resolves.toBe(0);
        continue;
      }
      const summary = (await item.locator('summary').textContent())!.replace(/\s+/g, ' ').trim();
      expect(summary).toBe(`${area.name} ${area.parts.length} ${area.parts.length === 1 ? 'part' : 'parts'}`);
      await expect(disclosure.getAttribute('open'), area.name).resolves.toBeNull();
      await expect(item.locator('.chip').first().isVisible()).resolves.toBe(false);

      await item.locator('summary').click();
      await expect(disclosure.getAttribute('open'), area.name).resolves.toBe('');
      expect(await item.locator('.chip').allTextContents()).toEqual(area.parts.map((part: any) => part.name));
      await expect(item.locator('.chip').first().isVisible()).resolves.toBe(true);
    }
    await page.locator('career-path').screenshot({ path: path.join(SCREENSHOTS, 'career-path-areas.png') });
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
    // Six chips, then the count of the rest (none when there are six or fewer).
    if (firstMissing.length > 6) await expect(option.textContent()).resolves.toContain(`+${firstMissing.length - 6} more`);
    else await expect(option.textContent()).resolves.not.toMatch(/\+\d+ more/);
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
    const shared = (a: string, b: string) => {
      const count = skillOverlap.find((p: any) => (p.a.id === a && p.b.id === b) || (p.a.id === b && p.b.id === a)).sharedCount;
      return `${count} shared skill${count === 1 ? '' : 's'}`;
    };
    const label = page.locator('skill-overlap .shown-label');

    await page.locator('skill-overlap td[data-row="2"][data-col="3"]').hover();
    await expect(label.textContent()).resolves.toContain(
      `Edge AI Engineer and Senior Edge AI Engineer: ${shared('edge-ai-engineer', 'senior-edge-ai-engineer')}`,
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
      `ML Engineer and Edge AI Engineer: ${shared('ml-engineer', 'edge-ai-engineer')}`,
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
  it('re-renders the similar roles for a new role-id attribute, with one new request', async () => {
    await openDemo();
    await page.waitForLoadState('networkidle');
    operations = [];
    const { similarRoles } = await apiData(similarQuery, { role: 'ml-engineer' });

    await setAttributes('similar-roles', { 'role-id': 'ml-engineer' });
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

  it('still reads the deprecated role attribute when role-id is absent; role-id wins when both are set', async () => {
    await openDemo();
    const { similarRoles: toMl } = await apiData(similarQuery, { role: 'ml-engineer' });
    const { similarRoles: toEdge } = await apiData(similarQuery, { role: 'edge-ai-engineer' });

    await page.locator('similar-roles').evaluate(async (element) => {
      element.removeAttribute('role-id');
      element.setAttribute('role', 'ml-engineer');
      await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    });
    await settled();
    expect(await texts('similar-roles [role="option"] .title')).toEqual(toMl.map((s: any) => s.role.title));

    await setAttributes('similar-roles', { 'role-id': 'edge-ai-engineer' });
    await expect(page.locator('similar-roles').getAttribute('role')).resolves.toBe('ml-engineer');
    expect(await texts('similar-roles [role="option"] .title')).toEqual(toEdge.map((s: any) => s.role.title));
  });

  it('asks for the role-id attribute when neither role-id nor role is set, before sending any request', async () => {
    await openDemo();
    await page.waitForLoadState('networkidle');
    operations = [];
    await page.locator('next-roles').evaluate(async (element) => {
      element.removeAttribute('role-id');
      await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    });
    await expect(page.locator('next-roles [role="status"]').textContent()).resolves.toBe(
      'Set the role-id attribute to a role id, for example role-id="embedded-software-engineer".',
    );
    expect(operations).toEqual([]);
  });

  it('does not ask again when an attribute is set to the value it already has', async () => {
    await openDemo();
    await page.waitForLoadState('networkidle');
    operations = [];
    await setAttributes('next-roles', { 'role-id': 'embedded-software-engineer', 'known-skills': 'python' });
    await page.waitForLoadState('networkidle');
    expect(operations).toEqual([]);
  });
});

describe('errors', () => {
  it("names the unknown role with the API's own message", async () => {
    await openDemo();
    const { errors } = await api.query(`{ similarRoles(role: "no-such-role") { score } }`);
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await setAttributes('similar-roles', { 'role-id': 'no-such-role' });
    const state = page.locator('similar-roles [role="status"]');
    await expect(state.textContent()).resolves.toBe(errors![0].message);
    expect(errors![0].message).toMatch(/^No role with id (or name )?"no-such-role"$/);
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
