// `npx tsx bench/widgets.ts`: the widgets' bundle size, and the time from navigation to the first rendered
// <career-path> route in headless Chromium (median of LOADS page loads, each on a fresh page). The page is served
// from its own origin, like an embedding site. Uses the API at API_URL when set; otherwise starts one here, on
// its own Neo4j (NEO4J_URI, or a JVM Neo4j with data in .neo4j/bench-widgets on bolt port 7690), seeded.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { openBackend } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/server.js';
import { ensureStaticBuilds, WIDGETS_DIR } from '../src/static-builds.js';
import { launchChromium } from '../tests/support/browser.js';

const LOADS = Number(process.env.LOADS ?? 20);
const ROUTE = { from: 'embedded-software-engineer', to: 'senior-edge-ai-engineer', optimize: 'MONTHS' };

interface Api {
  url: string;
  close(): Promise<void>;
}

/** One page load, in milliseconds since navigation started. */
interface LoadTiming {
  defined: number;
  graphql: number;
  route: number;
}

async function startApi(): Promise<Api> {
  if (process.env.API_URL) return { url: process.env.API_URL.replace(/\/$/, ''), close: async () => {} };
  const env = {
    NEO4J_DATA_DIR: '.neo4j/bench-widgets',
    NEO4J_BOLT_PORT: '7690',
    ...process.env,
    PORT: '1',
    CORS_ORIGINS: '*',
  };
  const config = { ...loadConfig(env), port: 0 };
  const backend = await openBackend(config, { seed: true, log: () => {} });
  const server = await startServer(config, backend.database);
  return {
    url: server.url,
    close: async () => {
      await server.stop();
      await backend.close();
    },
  };
}

/** The embedding site: the built script and one page with a single <career-path> pointed at the API. */
async function serveEmbedPage(endpoint: string): Promise<{ origin: string; close(): Promise<void> }> {
  const script = await readFile(path.join(WIDGETS_DIR, 'career-widgets.js'));
  const page = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/career-widgets.js"></script>
<career-path from="${ROUTE.from}" to="${ROUTE.to}" optimize="${ROUTE.optimize}" endpoint="${endpoint}"></career-path>`;
  const server = createServer((request, response) => {
    if (request.url === '/career-widgets.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else response.writeHead(200, { 'content-type': 'text/html' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// Runs in the page (a string: tsx would add helpers to a function that the page lacks). Resolves when the
// route's first role box appears in the shadow root, timed by a MutationObserver rather than by polling.
const TIME_FIRST_ROUTE = `customElements.whenDefined('career-path').then(() => {
  const defined = performance.now();
  const root = document.querySelector('career-path').shadowRoot;
  return new Promise((resolve) => {
    const check = () => {
      if (!root.querySelector('.box')) return false;
      const request = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/graphql'));
      resolve({ defined, graphql: request ? request.duration : NaN, route: performance.now() });
      return true;
    };
    if (!check()) new MutationObserver((_, observer) => check() && observer.disconnect()).observe(root, { childList: true, subtree: true });
  });
})`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<void> {
  ensureStaticBuilds();
  const code = await readFile(path.join(WIDGETS_DIR, 'career-widgets.js'));
  const api = await startApi();
  const site = await serveEmbedPage(`${api.url}/graphql`);
  // The browser tests' headless Chromium (same flags, and a one-line answer when none is installed), at Playwright's
  // default window size.
  const browser = await launchChromium({ width: 1280, height: 720 });
  const { context } = browser;
  const timings: LoadTiming[] = [];
  try {
    // One warm-up load: the API's first query plans and Neo4j's page cache are not what a reader meets.
    for (let load = 0; load <= LOADS; load++) {
      const page = await context.newPage();
      await page.goto(site.origin, { waitUntil: 'commit' });
      const timing: LoadTiming = await page.evaluate(TIME_FIRST_ROUTE);
      await page.close();
      if (load > 0) timings.push(timing);
    }
  } finally {
    await browser.close();
    await site.close();
    await api.close();
  }

  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;
  const rows: [string, string][] = [
    ['bundle career-widgets.js, raw', kB(code.length)],
    ['bundle, gzip', kB(gzipSync(code).length)],
    ['bundle, brotli', kB(brotliCompressSync(code).length)],
    [`navigation -> elements defined, median of ${LOADS}`, ms(timings.map((t) => t.defined))],
    [`GraphQL request (careerPaths), median of ${LOADS}`, ms(timings.map((t) => t.graphql))],
    [`navigation -> first route rendered, median of ${LOADS}`, ms(timings.map((t) => t.route))],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`\n<career-path from="${ROUTE.from}" to="${ROUTE.to}" optimize="${ROUTE.optimize}">, API ${api.url}\n`);
  console.log(`| ${'measure'.padEnd(width)} | value`);
  console.log(`| ${'-'.repeat(width)} | -----`);
  for (const [name, value] of rows) console.log(`| ${name.padEnd(width)} | ${value}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
