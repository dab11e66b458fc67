// The widgets' demo page in headless Chromium for the browser tests: the built demo served from one origin, the API
// on another (CORS), one page per test, and the GraphQL operations the page posts. A test file calls
// useWidgetDemo() once; `page`, `api` and `operations` are then the current test's.
import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { WIDGETS_DIR } from '../../src/static-builds.js';
import { startTestApi, type TestApi } from './api.js';
import { launchChromium, type TestBrowser } from './browser.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOTS = path.join(REPO, 'docs/screenshots');
export const WIDGETS = ['career-path', 'next-roles', 'similar-roles', 'skill-overlap'];
export const SEED_ROLES = ['embedded-software-engineer', 'ml-engineer', 'edge-ai-engineer', 'senior-edge-ai-engineer'];

export let api: TestApi;
let demo: StaticServer;
let browser: TestBrowser;
export let page: Page;
/** The GraphQL operations the page has posted to the API, in order. */
export let operations: string[];

/** Forgets the operations posted so far: what follows is what a test counts. */
export function clearOperations(): void {
  operations = [];
}

/** Starts the browser, the demo's server and the API for this test file, and opens a fresh page for each test. */
export function useWidgetDemo(): void {
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
}

// A fresh Neo4j plans and compiles each Cypher statement on its first run, which on a busy machine can come
// close to the API's query timeout: run the demo's queries once so the browser meets a warm API, as readers do.
async function warmUp(): Promise<void> {
  await api.query(routeQuery, { from: 'embedded-software-engineer' });
  await api.query(`{ nextRoles(role: "embedded-software-engineer", knownSkills: ["python"]) { coverage missingSkills { name } } }`);
  await api.query(similarQuery, { role: 'edge-ai-engineer' });
  await api.query(`query($roles: [ID!]!) { skillOverlap(roles: $roles) { jaccard } }`, { roles: SEED_ROLES });
}

/** Opens the demo page with its widgets pointed at `endpoint`, and waits until none is loading. */
export async function openDemo(endpoint = `${api.url}/graphql`, origin = demo.origin): Promise<void> {
  await page.goto(`${origin}/?endpoint=${encodeURIComponent(endpoint)}`);
  await settled();
}

export async function settled(): Promise<void> {
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) => {
        const state = document.querySelector(tag)?.shadowRoot?.querySelector('.state');
        return state && !state.classList.contains('loading');
      }),
    WIDGETS,
  );
}

export async function texts(selector: string): Promise<string[]> {
  return (await page.locator(selector).allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** Sets attributes in one go, as a page script would, then waits for the element's new answer. */
export async function setAttributes(selector: string, attributes: Record<string, string>): Promise<void> {
  await page.locator(selector).evaluate(async (element, attrs) => {
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    await (element as unknown as { updateComplete: Promise<boolean> }).updateComplete;
  }, attributes);
  await settled();
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export async function apiData(query: string, variables?: Record<string, unknown>): Promise<any> {
  const { data, errors } = await api.query(query, variables);
  expect(errors).toBeUndefined();
  return data;
}

export const routeQuery = `query($from: ID!) {
  careerPaths(from: $from, to: "senior-edge-ai-engineer", optimize: MONTHS, first: 1) {
    roles { title } totalMonths { typical }
    steps { months { typical } skillsToLearn(grain: AREA) { name parts { name } } certifications { name } }
  }
}`;
export const similarQuery = `query($role: ID!) { similarRoles(role: $role, first: 5) { role { id title } score sharedCount missingSkills { name } } }`;

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** A tiny static file server on a free port: the "other site" that embeds the widgets. */
export async function serveDirectory(dir: string): Promise<StaticServer> {
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
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
