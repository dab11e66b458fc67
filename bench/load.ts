// `npm run load`: the API in production mode, in its own process, under autocannon on loopback. Prints throughput,
// latency percentiles, errors and the API process's memory (warm vs after the run), and writes them to
// bench/results/load.json and the "Load" section of docs/load.md. Stops everything it started.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';
import { startNeo4j, type RunningNeo4j } from '../src/db/neo4j-server.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_FILE = path.join(REPO_ROOT, 'bench', 'results', 'load.json');
const DOC_FILE = path.join(REPO_ROOT, 'docs', 'load.md');

const LOAD_SECONDS = positiveInt('LOAD_SECONDS', 60);
const LOAD_CONNECTIONS = positiveInt('LOAD_CONNECTIONS', 50);
// 30 s: the V8 heap grows for the first ~15 s under load, then stays flat (docs/load.md).
const WARMUP_SECONDS = positiveInt('LOAD_WARMUP_SECONDS', 30);
// Not 7687 (a dev server) nor 7688 (the tests): the load run may go on while either is up.
const NEO4J_BOLT_PORT = positiveInt('LOAD_NEO4J_BOLT_PORT', 7697);
const READY_TIMEOUT_MS = 300_000;
const STOP_GRACE_MS = 15_000;
/** The accepted growth of the API's RSS from warm to the end of the run. */
const RSS_TOLERANCE = 0.2;

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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Resident set size of a process in bytes (ps works on Linux and macOS alike). */
function rssOf(pid: number): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile('ps', ['-o', 'rss=', '-p', String(pid)], (error, stdout) => {
      const kib = Number(stdout.trim());
      if (error || !Number.isFinite(kib) || kib <= 0) reject(new Error(`could not read the RSS of pid ${pid}: ${error?.message ?? stdout}`));
      else resolve(kib * 1024);
    });
  });
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ------------------------------------------------------------------------------------------------- the API

interface ApiProcess {
  child: ChildProcess;
  url: string;
  /** Lines the API wrote to stderr after it became ready (unexpected errors are logged there). */
  errorLines: string[];
  stop(): Promise<void>;
}

/** Runs src/main.ts in its own Node process (tsx as a loader, so the pid is the API's own), production mode. */
async function startApi(neo4j: RunningNeo4j): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      SEED_ON_START: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let isReady = false;
  const errorLines: string[] = [];
  const recent: string[] = [];
  const follow = (stream: NodeJS.ReadableStream, isStderr: boolean) =>
    createInterface({ input: stream }).on('line', (line) => {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      if (!isReady) console.log(`[api] ${line}`);
      else if (isStderr) errorLines.push(line);
    });
  follow(child.stdout!, false);
  follow(child.stderr!, true);

  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const graceful = await Promise.race([exit.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
    if (!graceful) {
      child.kill('SIGKILL');
      await exit;
    }
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!isReady) {
    if (exited) throw new Error(`the API exited before it was ready:\n${recent.join('\n')}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the API was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${recent.join('\n')}`);
    }
    isReady = await fetch(`${url}/ready`).then((r) => r.ok, () => false);
    if (!isReady) await sleep(500);
  }
  return { child, url, errorLines, stop };
}

// ------------------------------------------------------------------------------------------------ the load

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

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] * 100) / 100;
}

// ----------------------------------------------------------------------------------------------- reporting

interface LoadReport {
  date: string;
  /** loadAverage: the machine's 1-minute load average when the measured run began (others' work skews the figures). */
  machine: { cpus: number; cpuModel: string; memoryGb: number; platform: string; node: string; loadAverage: number };
  neo4j: string;
  settings: { seconds: number; connections: number; warmupSeconds: number; query: string };
  throughput: { requestsPerSecond: number; requests: number; durationSeconds: number };
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  errors: { connectionErrors: number; timeouts: number; non2xx: number; bodiesWithErrors: number; samples: string[]; apiErrorLogLines: number };
  rssMb: {
    started: number;
    warm: number;
    peak: number;
    after: number;
    afterToWarm: number;
    isWithinToleranceOfWarm: boolean;
    tolerance: number;
    /** Every 5 s of the run: a plateau is the heap settling, a steady climb is a leak. */
    samples: number[];
  };
}

function printReport(r: LoadReport): void {
  const rows: [string, string][] = [
    ['requests/s (mean)', String(r.throughput.requestsPerSecond)],
    ['requests', `${r.throughput.requests} in ${r.throughput.durationSeconds} s`],
    ['latency p50 / p95 / p99', `${r.latencyMs.p50} / ${r.latencyMs.p95} / ${r.latencyMs.p99} ms (max ${r.latencyMs.max} ms)`],
    ['connection errors / timeouts', `${r.errors.connectionErrors} / ${r.errors.timeouts}`],
    ['non-2xx', String(r.errors.non2xx)],
    ['bodies with errors', String(r.errors.bodiesWithErrors)],
    ['API stderr lines during the run', String(r.errors.apiErrorLogLines)],
    ['RSS started / warm / peak / after', `${r.rssMb.started} / ${r.rssMb.warm} / ${r.rssMb.peak} / ${r.rssMb.after} MB`],
    [`RSS after within ${r.rssMb.tolerance * 100}% of warm`, `${r.rssMb.isWithinToleranceOfWarm ? 'yes' : 'NO'} (x${r.rssMb.afterToWarm})`],
    ['RSS every 5 s of the run', `${r.rssMb.samples.join(', ')} MB`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\nLoad: ${r.settings.connections} connections for ${r.settings.seconds} s on careerPath (POST), API in production mode`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  for (const sample of r.errors.samples) console.log(`  sample body: ${sample}`);
}

function loadSection(r: LoadReport): string {
  const samples = r.errors.samples.length ? `\nSample bodies with errors:\n\n${r.errors.samples.map((s) => `    ${s}`).join('\n')}\n` : '';
  return `## Load

Written by \`npm run load\` on ${r.date.slice(0, 10)}: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB RAM,
${r.machine.platform}, Node ${r.machine.node}, load average ${r.machine.loadAverage} at the start; Neo4j: ${r.neo4j}. ${r.settings.connections} connections for ${r.settings.seconds} s
after a ${r.settings.warmupSeconds} s warm-up, all on loopback (autocannon, the API and Neo4j share the machine).

| Measure | Value |
| --- | --- |
| Requests/s (mean) | ${r.throughput.requestsPerSecond} |
| Requests | ${r.throughput.requests} in ${r.throughput.durationSeconds} s |
| Latency p50 / p95 / p99 | ${r.latencyMs.p50} / ${r.latencyMs.p95} / ${r.latencyMs.p99} ms (max ${r.latencyMs.max} ms) |
| Connection errors / timeouts | ${r.errors.connectionErrors} / ${r.errors.timeouts} |
| Non-2xx responses | ${r.errors.non2xx} |
| Bodies with GraphQL errors | ${r.errors.bodiesWithErrors} |
| API stderr lines during the run | ${r.errors.apiErrorLogLines} |
| API RSS: started / warm / peak / after | ${r.rssMb.started} / ${r.rssMb.warm} / ${r.rssMb.peak} / ${r.rssMb.after} MB |
| RSS after within ${r.rssMb.tolerance * 100}% of warm | ${r.rssMb.isWithinToleranceOfWarm ? 'yes' : '**no**'} (after / warm = ${r.rssMb.afterToWarm}) |
| API RSS every 5 s of the run | ${r.rssMb.samples.join(', ')} MB |
${samples}
The same figures are in \`bench/results/load.json\`.
`;
}

/** Replaces the "## Load" section of docs/load.md (up to the next "## " heading), or appends one. */
async function updateDoc(section: string): Promise<void> {
  const current = await readFile(DOC_FILE, 'utf8').catch(() => '# Load test\n');
  const lines = current.split('\n');
  const start = lines.findIndex((line) => line.trim() === '## Load');
  if (start === -1) {
    await writeFile(DOC_FILE, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const before = lines.slice(0, start).join('\n').trimEnd();
  const after = next === -1 ? '' : `\n${lines.slice(next).join('\n')}`;
  await writeFile(DOC_FILE, `${before}\n\n${section}${after}`);
}

// -------------------------------------------------------------------------------------------------- main

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
    const pid = api.child.pid!;
    const started = await rssOf(pid);
    console.log(`API ready at ${api.url} (pid ${pid}, RSS ${mb(started)} MB); warming up for ${WARMUP_SECONDS} s...`);
    await runLoad(api.url, WARMUP_SECONDS, LOAD_CONNECTIONS);
    const warm = await rssOf(pid);
    api.errorLines.length = 0;
    console.log(`Warm RSS ${mb(warm)} MB; ${LOAD_CONNECTIONS} connections for ${LOAD_SECONDS} s...`);

    const loadAtStart = Math.round(os.loadavg()[0] * 100) / 100;
    let peak = warm;
    const samples: number[] = [];
    let ticks = 0;
    const sampler = setInterval(() => {
      ticks += 1;
      const isSampleTick = ticks % 5 === 0;
      void rssOf(pid).then((rss) => {
        peak = Math.max(peak, rss);
        if (isSampleTick) samples.push(mb(rss));
      }, () => {});
    }, 1_000);
    const run = await runLoad(api.url, LOAD_SECONDS, LOAD_CONNECTIONS).finally(() => clearInterval(sampler));
    const after = await rssOf(pid);
    peak = Math.max(peak, after);

    const sorted = [...run.latencies].sort((a, b) => a - b);
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
        requestsPerSecond: Math.round(run.result.requests.average * 10) / 10,
        requests: run.result.requests.total,
        durationSeconds: run.result.duration,
      },
      latencyMs: {
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        max: percentile(sorted, 100),
        mean: Math.round((sorted.reduce((sum, t) => sum + t, 0) / Math.max(1, sorted.length)) * 100) / 100,
      },
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
        afterToWarm: Math.round((after / warm) * 100) / 100,
        isWithinToleranceOfWarm: after <= warm * (1 + RSS_TOLERANCE),
        tolerance: RSS_TOLERANCE,
        samples,
      },
    };
    printReport(report);
    await mkdir(path.dirname(RESULTS_FILE), { recursive: true });
    await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    await updateDoc(loadSection(report));
    console.log(`\nWrote ${path.relative(REPO_ROOT, RESULTS_FILE)} and the Load section of ${path.relative(REPO_ROOT, DOC_FILE)}.`);
    const isClean = report.errors.connectionErrors + report.errors.non2xx + report.errors.bodiesWithErrors === 0;
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
