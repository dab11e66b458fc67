// `npm run bench:scale [-- --sizes 1000,10000,100000]`: for each size, a fresh Neo4j (the JVM runner, with
// NEO4J_HEAP / NEO4J_PAGECACHE), a generated career graph of that many roles written through the O*NET importer's
// writer (bench/scale/import.ts, its own process), then the latency of the route searches, nextRoles, similarRoles and
// recommendRoles over HTTP against the API (its own process) on random connected pairs; peak memory of the importer,
// the API and the JVM from /proc. Writes bench/results/scale/<roles>.json per size and re-renders docs/scale.md from
// every size's latest result. Stops everything it started, also when it fails or is interrupted.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createDriver, Database } from '../../src/db/database.js';
import { startNeo4j } from '../../src/db/neo4j-server.js';
import { countGraph } from '../../src/seed/run.js';
import { seededRandom } from '../../src/seeded-random.js';
import { REPO_ROOT } from '../lib/config.js';
import { closeClient, postGraphQL } from '../lib/http.js';
import { cpuStallMicros, describeMachine } from '../lib/machine.js';
import { selectConnectedPairs } from '../lib/pairs.js';
import { startNodeScript, startServerScript, watchPeakMemory } from '../lib/processes.js';
import { RawReader } from '../lib/raw.js';
import { summarize } from '../lib/stats.js';
import type { ScaleImportResult } from './import.js';
import { parseScaleOptions, ScaleUsageError, USAGE, type ScaleOptions } from './options.js';
import { buildScaleCases, drawSkillSets, type ScaleCase } from './queries.js';
import { writeScaleDoc, RESULTS_DIR, type CaseFigures, type SizeResult } from './report.js';

const log = (line: string) => console.log(`[bench:scale] ${line}`);
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

/** Stops what the run started, last started first; safe to call twice. */
class Cleanup {
  private steps: { name: string; stop: () => Promise<unknown> }[] = [];

  add(name: string, stop: () => Promise<unknown>): void {
    this.steps.push({ name, stop });
  }

  async run(): Promise<void> {
    const steps = this.steps.reverse();
    this.steps = [];
    for (const step of steps) await step.stop().catch((error: Error) => console.error(`[bench:scale] could not stop ${step.name}: ${error.message}`));
  }
}

async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? await directoryBytes(full) : (await stat(full).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

/** The commit measured, and whether the API's code differed from it (other work in the checkout). */
function describeCode(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  try {
    const changed = git('status', '--porcelain', '--', 'src', 'cypher', 'neo4j-runner/src').split('\n').filter(Boolean).length;
    return `${git('rev-parse', '--short', 'HEAD')}${changed > 0 ? ` with ${changed} uncommitted changes in src/, cypher/ or neo4j-runner/` : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}

/** GET /ready: the API's readiness answer, which names the route engine when the API reports one. */
async function readiness(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/ready`);
  return (await response.json().catch(() => ({ status: `HTTP ${response.status}` }))) as Record<string, unknown>;
}

async function timeRequest(url: string, queryCase: ScaleCase, sample: number) {
  const { query, variables } = queryCase.request(sample);
  const started = performance.now();
  const result = await postGraphQL(url, query, variables);
  const ms = performance.now() - started;
  const problem = result.errors?.length ? JSON.stringify(result.errors[0]).slice(0, 300) : result.data ? null : `HTTP ${result.status}, no data`;
  return { ms, problem, rows: result.data ? queryCase.count(result.data) : 0, statements: Number(result.extensions?.cypherStatements ?? Number.NaN) };
}

/** A case stops early after this many errors in a row (a model that cannot be built fails every request). */
const MAX_ERRORS_IN_A_ROW = 5;

/**
 * Warm-up (its first request is the cold one), then every sample of every query, interleaved sample by sample. A
 * query stops early when it fails MAX_ERRORS_IN_A_ROW times in a row or has used its time budget; its figures are
 * then over the samples it got, and the reason is kept.
 */
async function measure(url: string, cases: ScaleCase[], samples: number, warmup: number, budgetMs: number): Promise<CaseFigures[]> {
  const state = new Map(
    cases.map((c) => [
      c.name,
      { ms: [] as number[], rows: [] as number[], statements: [] as number[], errors: 0, errorsInARow: 0, spentMs: 0, coldMs: Number.NaN, stoppedEarly: null as string | null, errorSamples: [] as string[] },
    ]),
  );
  const run = async (queryCase: ScaleCase, sample: number, isMeasured: boolean) => {
    const s = state.get(queryCase.name)!;
    if (s.stoppedEarly) return;
    const result = await timeRequest(url, queryCase, sample);
    // The first request may build a cache (the similarity model): it is reported apart and not charged to the budget.
    if (Number.isNaN(s.coldMs)) s.coldMs = result.ms;
    else s.spentMs += result.ms;
    if (result.problem) {
      s.errors += 1;
      s.errorsInARow += 1;
      if (s.errorSamples.length < 3) s.errorSamples.push(`${isMeasured ? 'sample' : 'warm-up'} ${sample}: ${result.problem}`);
    } else s.errorsInARow = 0;
    if (isMeasured) {
      s.ms.push(result.ms);
      s.rows.push(result.rows);
      s.statements.push(result.statements);
    }
    if (s.errorsInARow >= MAX_ERRORS_IN_A_ROW) s.stoppedEarly = `${MAX_ERRORS_IN_A_ROW} errors in a row`;
    else if (s.spentMs > budgetMs) s.stoppedEarly = `time budget of ${budgetMs / 1000} s used`;
    if (s.stoppedEarly) log(`${queryCase.name}: stopped early (${s.stoppedEarly}) after ${s.ms.length} samples`);
  };
  for (const queryCase of cases) for (let i = 0; i < Math.min(warmup, samples); i += 1) await run(queryCase, i, false);
  for (let i = 0; i < samples; i += 1) {
    for (const queryCase of cases) await run(queryCase, i, true);
    if ((i + 1) % Math.max(1, Math.floor(samples / 4)) === 0) log(`latency: ${i + 1}/${samples} samples`);
  }
  return cases.map((queryCase) => {
    const s = state.get(queryCase.name)!;
    return {
      name: queryCase.name,
      latency: summarize(s.ms),
      coldMs: Math.round(s.coldMs),
      meanRows: s.rows.length ? Math.round((s.rows.reduce((sum, n) => sum + n, 0) / s.rows.length) * 10) / 10 : Number.NaN,
      statements: { min: Math.min(...s.statements), max: Math.max(...s.statements) },
      errors: s.errors,
      errorSamples: s.errorSamples,
      stoppedEarly: s.stoppedEarly,
      measuredAt: new Date().toISOString(),
    };
  });
}

async function measureSize(roles: number, options: ScaleOptions, cleanup: Cleanup): Promise<SizeResult> {
  const started = performance.now();
  const code = describeCode(); // at the start: the API and the importer load the code as it is now
  const stallAtStart = await cpuStallMicros();
  const appConfig = loadConfig();
  const neo4jConfig = { ...appConfig.neo4j, uri: undefined, boltPort: options.boltPort, dataDir: options.dataDir, useDocker: false };
  log(`${roles.toLocaleString('en-US')} roles: starting Neo4j (heap ${neo4jConfig.heap}, page cache ${neo4jConfig.pageCache}) with fresh data in ${options.dataDir}`);
  const neo4j = await startNeo4j(neo4jConfig, { purpose: 'test', freshData: !options.reuseGraph, log: (line) => log(`neo4j: ${line}`) });
  cleanup.add('Neo4j', () => neo4j.stop());
  const jvmPid = Number(/JVM runner pid (\d+)/.exec(neo4j.describe)?.[1]);
  if (!jvmPid) throw new Error(`bench:scale measures the JVM runner's memory, but Neo4j is ${neo4j.describe}`);
  const jvmMemory = watchPeakMemory(jvmPid, 200);
  cleanup.add('the JVM memory watch', async () => jvmMemory.stop());
  const driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
  cleanup.add('the driver', () => driver.close());
  const machine = await describeMachine(driver, { heap: neo4jConfig.heap, pageCache: neo4jConfig.pageCache });
  const credentials = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };

  // 1. The import, in its own process; or, with --reuse-graph, the graph and import figures of the last run.
  const db = new Database(driver, { queryTimeoutMs: 120_000 });
  const importFigures = options.reuseGraph ? await reusedImport(roles, options, db) : await runImporter(roles, options, credentials, cleanup);
  if (!options.reuseGraph) importFigures.jvmPeakRssBytes = jvmMemory.peakBytes();
  log(`JVM peak RSS after the import: ${mib(importFigures.jvmPeakRssBytes)}`);
  const counts = await countGraph(db);
  const storeBytes = await directoryBytes(path.resolve(REPO_ROOT, options.dataDir));

  // 2. Pairs and skill sets, from the seeded generator.
  const random = seededRandom(options.seed);
  const reader = new RawReader(driver);
  const selection = await selectConnectedPairs(reader, options.pairs, random);
  const skillSets = await drawSkillSets(reader, selection.pairs, random);
  log(`${selection.pairs.length} connected pairs from ${selection.candidatesTried} candidates in ${Math.round(selection.ms)} ms`);

  // 3. The API in its own process (production settings), and the latency of each query.
  const api = await startServerScript('bench/servers/api.ts', { ...credentials, NODE_ENV: 'production', SHUTDOWN_GRACE_MS: '1000' });
  cleanup.add('the API', () => api.stop());
  cleanup.add('the HTTP client', async () => closeClient());
  const apiMemory = watchPeakMemory(api.pid);
  const ready = await readiness(api.url);
  log(`API at ${api.url} (pid ${api.pid}); /ready: ${JSON.stringify(ready)}`);
  const latencyStarted = performance.now();
  const selected = buildScaleCases(selection.pairs, skillSets).filter((c) => options.queries.length === 0 || options.queries.some((q) => c.name.startsWith(q)));
  if (selected.length === 0) throw new ScaleUsageError(`--queries ${options.queries.join(',')} names none of: ${buildScaleCases([], []).map((c) => c.name).join(', ')}`);
  const cases = await measure(api.url, selected, selection.pairs.length, options.warmup, options.caseBudgetSeconds * 1000);
  const latencyMs = performance.now() - latencyStarted;
  for (const c of cases) log(`${c.name}: p50 ${c.latency.p50} ms, p95 ${c.latency.p95} ms, cold ${c.coldMs} ms, errors ${c.errors}`);
  const readyAfter = await readiness(api.url);
  apiMemory.stop();
  const apiPeak = apiMemory.peakBytes();
  const stallAtEnd = await cpuStallMicros();
  const totalMs = performance.now() - started;
  await cleanup.run();
  const jvmPeak = jvmMemory.peakBytes();

  machine.loadAverage.end = Math.round(os.loadavg()[0] * 100) / 100;
  return {
    roles,
    seed: options.seed,
    date: new Date().toISOString(),
    code,
    command:
      ['NEO4J_HEAP', 'NEO4J_PAGECACHE', 'QUERY_TIMEOUT_MS'].flatMap((name) => (process.env[name] ? [`${name}=${process.env[name]}`] : [])).join(' ') +
      `${['NEO4J_HEAP', 'NEO4J_PAGECACHE', 'QUERY_TIMEOUT_MS'].some((name) => process.env[name]) ? ' ' : ''}npm run bench:scale -- --sizes ${options.sizes.join(',')}` +
      `${options.pairs !== 200 ? ` --pairs ${options.pairs}` : ''}${options.caseBudgetSeconds !== 300 ? ` --case-budget ${options.caseBudgetSeconds}` : ''}`,
    apiQueryTimeoutMs: appConfig.queryTimeoutMs,
    machine,
    neo4j: { heap: neo4jConfig.heap, pageCache: neo4jConfig.pageCache, describe: neo4j.describe },
    routeEngine: describeEngine(ready) ?? describeEngine(readyAfter),
    ready: readyAfter,
    import: importFigures,
    reusedGraph: options.reuseGraph,
    counts,
    storeBytes,
    pairs: {
      count: selection.pairs.length,
      candidatesTried: selection.candidatesTried,
      candidatesConnected: selection.candidatesConnected,
      stepsHistogram: selection.stepsHistogram,
      ms: Math.round(selection.ms),
    },
    warmup: options.warmup,
    cases,
    latencyMs: Math.round(latencyMs),
    apiPeakRssBytes: apiPeak,
    // With a reused graph, the JVM's import peak is the earlier run's.
    jvmPeakRssBytes: Math.max(jvmPeak, importFigures.jvmPeakRssBytes),
    totalMs: Math.round(totalMs),
    cpuPressure: stallAtStart !== null && stallAtEnd !== null ? Math.round((stallAtEnd - stallAtStart) / 10 / totalMs) : null,
  };
}

async function runImporter(roles: number, options: ScaleOptions, credentials: NodeJS.ProcessEnv, cleanup: Cleanup): Promise<SizeResult['import']> {
  log(`importing the generated graph (${roles} roles, seed ${options.seed})`);
  const importStarted = performance.now();
  let resultLine = '';
  const importer = startNodeScript('bench/scale/import.ts', ['--roles', String(roles), '--seed', String(options.seed)], {
    env: credentials,
    onLine: (line, _at, isStderr) => {
      if (isStderr) log(line);
      else if (line.startsWith('RESULT ')) resultLine = line.slice('RESULT '.length);
    },
  });
  cleanup.add('the importer', () => importer.stop());
  const importerMemory = watchPeakMemory(importer.pid);
  const code = await importer.exited;
  const importWallMs = performance.now() - importStarted;
  importerMemory.stop();
  if (code !== 0 || !resultLine) throw new Error(`the import of ${roles} roles failed (exit code ${code}):\n${importer.recentLines.join('\n')}`);
  const imported = JSON.parse(resultLine) as ScaleImportResult;
  if (imported.notFound > 0) throw new Error(`the import of ${roles} roles left ${imported.notFound} link rows without their end nodes`);
  log(`import: ${(importWallMs / 1000).toFixed(1)} s, importer peak RSS ${mib(importerMemory.peakBytes())}`);
  return { wallMs: Math.round(importWallMs), result: imported, importerPeakRssBytes: importerMemory.peakBytes(), jvmPeakRssBytes: 0 };
}

/** --reuse-graph: the data folder must hold this size's generated graph, and bench/results/scale its import figures. */
async function reusedImport(roles: number, options: ScaleOptions, db: Database): Promise<SizeResult['import']> {
  const file = path.join(RESULTS_DIR, `${roles}.json`);
  const previous = JSON.parse(await readFile(file, 'utf8').catch(() => 'null')) as SizeResult | null;
  if (!previous || previous.seed !== options.seed) throw new ScaleUsageError(`--reuse-graph needs ${path.relative(REPO_ROOT, file)} from a run with seed ${options.seed}`);
  const counts = await countGraph(db);
  if (counts.nodes.Role !== roles) throw new ScaleUsageError(`--reuse-graph: ${options.dataDir} holds ${counts.nodes.Role ?? 0} roles, not ${roles}`);
  log(`reusing the graph in ${options.dataDir} and the import figures of ${previous.date}`);
  return previous.import;
}

/** The route engine as /ready names it (whatever field carries it), or null when it names none. */
function describeEngine(ready: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(ready)) {
    if (/engine/i.test(key) && value != null) return typeof value === 'string' ? value : JSON.stringify(value);
  }
  return null;
}

async function main(options: ScaleOptions, cleanup: Cleanup): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  for (const roles of options.sizes) {
    const file = path.join(RESULTS_DIR, `${roles}.json`);
    const previous = JSON.parse(await readFile(file, 'utf8').catch(() => 'null')) as SizeResult | null;
    const result = await measureSize(roles, options, cleanup);
    // Queries measured again on a reused graph replace their rows; the others keep the earlier run's.
    if (options.reuseGraph && previous) {
      const measured = new Set(result.cases.map((c) => c.name));
      result.cases = [...previous.cases.filter((c) => !measured.has(c.name)), ...result.cases];
    }
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`${roles} roles done in ${Math.round(result.totalMs / 1000)} s; wrote ${path.relative(REPO_ROOT, file)}`);
  }
  const doc = await writeScaleDoc();
  log(`wrote ${path.relative(REPO_ROOT, doc)}`);
}

let options: ScaleOptions;
try {
  if (process.env.NEO4J_URI) throw new ScaleUsageError('bench:scale starts a fresh Neo4j for each size and deletes its data: unset NEO4J_URI');
  options = parseScaleOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`[bench:scale] ${(error as Error).message}\n\n${USAGE}`);
  process.exit(error instanceof ScaleUsageError ? 2 : 1);
}

const cleanup = new Cleanup();
let interruptedBy: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interruptedBy = signal;
    console.error(`\n[bench:scale] ${signal}: stopping everything the bench started...`);
    void cleanup.run().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
try {
  await main(options, cleanup);
} catch (error) {
  if (!interruptedBy) console.error(`\n[bench:scale] failed: ${(error as Error).stack ?? error}`);
  await cleanup.run();
  process.exit(interruptedBy ? (interruptedBy === 'SIGINT' ? 130 : 143) : 1);
}
