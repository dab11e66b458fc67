// `npm run load`: the API in production mode, in its own process, under autocannon on loopback. Prints throughput,
// latency percentiles, errors and the API process's memory (warm vs after the run), and writes them to
// bench/results/load.json and the "Load" section of docs/load.md. Stops everything it started. Processes, percentiles
// and tables come from bench/lib, as for `npm run bench`, so both compute their figures the same way.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';
import { createDriver } from '../src/db/database.js';
import { startNeo4j, type RunningNeo4j } from '../src/db/neo4j-server.js';
import { REPO_ROOT } from './lib/config.js';
import { driveStatements, recordStatements } from './lib/driver-mirror.js';
import { printLoadReport, writeLoadSection, type LoadReport } from './lib/load-report.js';
import { freePort, residentBytes, startNodeScript, type NodeChild } from './lib/processes.js';
import { round, summarize } from './lib/stats.js';

const RESULTS_FILE = path.join(REPO_ROOT, 'bench', 'results', 'load.json');
const DOC_FILE = path.join(REPO_ROOT, 'docs', 'load.md');

const LOAD_SECONDS = positiveInt('LOAD_SECONDS', 60);
const LOAD_CONNECTIONS = positiveInt('LOAD_CONNECTIONS', 50);
// 30 s: the V8 heap grows for the first ~15 s under load, then stays flat (docs/load.md).
const WARMUP_SECONDS = positiveInt('LOAD_WARMUP_SECONDS', 30);
// Not 7687 (a dev server) nor 7688 (the tests): the load run may go on while either is up.
const NEO4J_BOLT_PORT = positiveInt('LOAD_NEO4J_BOLT_PORT', 7697);
const READY_TIMEOUT_MS = 300_000;
/** The accepted growth of the API's RSS from warm to the end of the run. */
const RSS_TOLERANCE = 0.2;
/** The driver mirror's warm-up: its sessions, connections and Neo4j's plans, before the measured run. */
const DRIVER_WARMUP_SECONDS = 5;

const PATH_QUERY = `{
  careerPath(from: "embedded-software-engineer", to: "senior-edge-ai-engineer") {
    totalSteps
    totalMonths { typical }
    steps { from { id } to { id } months { typical } skillsToLearn { id } }
  }
}`;

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

const mb = (bytes: number) => round(bytes / 1024 / 1024);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface ApiProcess extends NodeChild {
  url: string;
  /** Lines the API wrote to stderr after it became ready (unexpected errors are logged there). */
  errorLines: string[];
}

/** Runs src/main.ts in its own Node process (the pid is the API's own), production mode; resolves once /ready says so. */
async function startApi(neo4j: RunningNeo4j): Promise<ApiProcess> {
  const port = await freePort();
  let isReady = false;
  const errorLines: string[] = [];
  const api = startNodeScript('src/main.ts', [], {
    env: {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      SEED_ON_START: 'true',
    },
    onLine: (line, _atMs, isStderr) => {
      if (!isReady) console.log(`[api] ${line}`);
      else if (isStderr) errorLines.push(line);
    },
  });
  let hasExited = false;
  void api.exited.then(() => (hasExited = true));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!isReady) {
    if (hasExited) throw new Error(`the API exited before it was ready:\n${api.recentLines.join('\n')}`);
    if (Date.now() > deadline) {
      await api.stop();
      throw new Error(`the API was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${api.recentLines.join('\n')}`);
    }
    isReady = await fetch(`${url}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (!isReady) await sleep(500);
  }
  return { ...api, url, errorLines };
}

interface LoadRun {
  result: autocannon.Result;
  /** Every response time in ms, for exact percentiles (autocannon reports p97.5, not p95). */
  latencies: number[];
  /** Responses that were not a route without errors: count and a few bodies. */
  badBodies: number;
  badBodySamples: string[];
}

function isGoodBody(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: { careerPath?: { totalSteps?: unknown } | null }; errors?: unknown };
    return parsed.errors === undefined && typeof parsed.data?.careerPath?.totalSteps === 'number';
  } catch {
    return false;
  }
}

function runLoad(url: string, seconds: number, connections: number): Promise<LoadRun> {
  const latencies: number[] = [];
  const badBodySamples: string[] = [];
  let badBodies = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: PATH_QUERY }),
        connections,
        duration: seconds,
        setupClient: (client) => {
          client.on('response', (_status, _bytes, responseTime) => latencies.push(responseTime));
        },
        verifyBody: (raw) => {
          const body = raw?.toString() ?? '';
          if (isGoodBody(body)) return true;
          badBodies += 1;
          if (badBodySamples.length < 3 && !badBodySamples.includes(body)) badBodySamples.push(body.slice(0, 400));
          return false;
        },
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies, badBodies, badBodySamples })),
    );
  });
}

/** Records the API's statements for the load query, then sends them through the driver from this process. */
async function measureDriverMirror(neo4j: RunningNeo4j) {
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password });
  const driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
  try {
    const groups = await recordStatements(config, driver, { query: PATH_QUERY });
    console.log(
      `The API sends ${groups
        .flat()
        .map((s) => s.name)
        .join(', ')}; the driver alone, ${LOAD_CONNECTIONS} clients for ${LOAD_SECONDS} s...`,
    );
    await driveStatements(driver, config.neo4j.database, groups, DRIVER_WARMUP_SECONDS, LOAD_CONNECTIONS);
    return { groups, run: await driveStatements(driver, config.neo4j.database, groups, LOAD_SECONDS, LOAD_CONNECTIONS) };
  } finally {
    await driver.close();
  }
}

async function main(): Promise<number> {
  const config = loadConfig();
  // NEO4J_URI wins (startNeo4j leaves an external server alone); otherwise a fresh JVM Neo4j of our own.
  const neo4j = await startNeo4j(
    { ...config.neo4j, boltPort: NEO4J_BOLT_PORT, dataDir: '.neo4j/load', useDocker: false },
    { purpose: 'app', freshData: true },
  );
  let api: ApiProcess | undefined;
  const stopAll = async () => {
    await api?.stop();
    await neo4j.stop();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.log(`${signal}: stopping the API and Neo4j.`);
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    api = await startApi(neo4j);
    const { pid } = api;
    const started = await residentBytes(pid);
    console.log(`API ready at ${api.url} (pid ${pid}, RSS ${mb(started)} MB); warming up for ${WARMUP_SECONDS} s...`);
    await runLoad(api.url, WARMUP_SECONDS, LOAD_CONNECTIONS);
    const warm = await residentBytes(pid);
    api.errorLines.length = 0;
    console.log(`Warm RSS ${mb(warm)} MB; ${LOAD_CONNECTIONS} connections for ${LOAD_SECONDS} s...`);

    const loadAtStart = Math.round(os.loadavg()[0] * 100) / 100;
    let peak = warm;
    const samples: number[] = [];
    let ticks = 0;
    const sampler = setInterval(() => {
      ticks += 1;
      const isSampleTick = ticks % 5 === 0;
      void residentBytes(pid).then(
        (rss) => {
          peak = Math.max(peak, rss);
          if (isSampleTick) samples.push(mb(rss));
        },
        () => {},
      );
    }, 1_000);
    const run = await runLoad(api.url, LOAD_SECONDS, LOAD_CONNECTIONS).finally(() => clearInterval(sampler));
    const after = await residentBytes(pid);
    peak = Math.max(peak, after);

    // The limit of this design here: the statements the API sends for the same request, through the driver alone,
    // at the same concurrency, right after the API's run (the API stays up, idle).
    const mirror = await measureDriverMirror(neo4j);
    // Both as answered requests over the run's wall time.
    const vsDriver = round(run.result.requests.total / run.result.duration / mirror.run.requestsPerSecond, 2);
    console.log(`Driver mirror: ${round(mirror.run.requestsPerSecond)} req/s; the API's throughput is ${vsDriver}x of it.`);

    const report: LoadReport = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 1024 ** 3),
        platform: `${os.platform()} ${os.release()}`,
        node: process.versions.node,
        loadAverage: loadAtStart,
      },
      neo4j: neo4j.describe.replace(/ pid \d+/, ''),
      settings: { seconds: LOAD_SECONDS, connections: LOAD_CONNECTIONS, warmupSeconds: WARMUP_SECONDS, query: PATH_QUERY },
      throughput: {
        requestsPerSecond: round(run.result.requests.average),
        requests: run.result.requests.total,
        durationSeconds: run.result.duration,
      },
      latencyMs: summarize(run.latencies),
      driver: {
        statements: mirror.groups.map((group) => group.map((statement) => statement.name)),
        requestsPerSecond: round(mirror.run.requestsPerSecond),
        requests: mirror.run.requests,
        durationSeconds: round(mirror.run.durationSeconds, 2),
        errors: mirror.run.errors,
        latencyMs: summarize(mirror.run.latencies),
      },
      vsDriver,
      errors: {
        connectionErrors: run.result.errors,
        timeouts: run.result.timeouts,
        non2xx: run.result.non2xx,
        bodiesWithErrors: run.badBodies,
        samples: run.badBodySamples,
        apiErrorLogLines: api.errorLines.length,
      },
      rssMb: {
        started: mb(started),
        warm: mb(warm),
        peak: mb(peak),
        after: mb(after),
        afterToWarm: round(after / warm, 2),
        isWithinToleranceOfWarm: after <= warm * (1 + RSS_TOLERANCE),
        tolerance: RSS_TOLERANCE,
        samples,
      },
    };
    printLoadReport(report);
    await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
    await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    await writeLoadSection(DOC_FILE, report);
    console.log(`\nWrote ${path.relative(REPO_ROOT, RESULTS_FILE)} and the Load section of ${path.relative(REPO_ROOT, DOC_FILE)}.`);
    const isClean = report.errors.connectionErrors + report.errors.non2xx + report.errors.bodiesWithErrors + report.driver.errors === 0;
    return isClean ? 0 : 1;
  } finally {
    await stopAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

process.exitCode = await main().catch((error: Error) => {
  console.error(error.message);
  return 1;
});
