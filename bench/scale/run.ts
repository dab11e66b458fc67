// `npm run bench:scale [-- --sizes 1000,10000,100000]`: for each size, a fresh Neo4j (the JVM runner, with
// NEO4J_HEAP / NEO4J_PAGECACHE), a generated career graph of that many roles written through the O*NET importer's
// writer (bench/scale/import.ts, its own process), then the latency of the route searches, nextRoles, similarRoles and
// recommendRoles over HTTP against the API (its own process) on random connected pairs; peak memory of the importer,
// the API and the JVM from /proc. Writes bench/results/scale/<roles>.json per size and re-renders docs/scale.md from
// every size's latest result. Stops everything it started, also when it fails or is interrupted.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createDriver, Database } from '../../src/db/database.js';
import { startNeo4j } from '../../src/db/neo4j-server.js';
import { countGraph } from '../../src/seed/run.js';
import { seededRandom } from '../../src/seeded-random.js';
import { REPO_ROOT } from '../lib/config.js';
import { closeClient } from '../lib/http.js';
import { cpuStallMicros, describeMachine } from '../lib/machine.js';
import { selectConnectedPairs } from '../lib/pairs.js';
import { startServerScript, watchPeakMemory } from '../lib/processes.js';
import { RawReader } from '../lib/raw.js';
import { describeCode, directoryBytes, mib, reusedImport, runImporter } from './graph-source.js';
import { runStoppingEverything, type Cleanup } from '../lib/lifecycle.js';
import { describeEngine, measure, readiness } from './measure.js';
import { parseScaleOptions, ScaleUsageError, USAGE, type ScaleOptions } from './options.js';
import { buildScaleCases, drawSkillSets } from './queries.js';
import { writeScaleDoc } from './report.js';
import { RESULTS_DIR, type SizeResult } from './results.js';

const log = (line: string) => console.log(`[bench:scale] ${line}`);

async function measureSize(roles: number, options: ScaleOptions, cleanup: Cleanup): Promise<SizeResult> {
  const started = performance.now();
  const code = describeCode(); // at the start: the API and the importer load the code as it is now
  const stallAtStart = await cpuStallMicros();
  const appConfig = loadConfig();
  const neo4jConfig = { ...appConfig.neo4j, uri: undefined, boltPort: options.boltPort, dataDir: options.dataDir, useDocker: false };
  log(
    `${roles.toLocaleString('en-US')} roles: starting Neo4j (heap ${neo4jConfig.heap}, page cache ${neo4jConfig.pageCache}) with fresh data in ${options.dataDir}`,
  );
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

  // 3. The API in its own process (production settings), and the latency of each query; the weighted routes also
  // on a second API that ranks them itself (ROUTE_ENGINE=api), as on a Neo4j without the plugin.
  const selected = buildScaleCases(selection.pairs, skillSets).filter(
    (c) => options.queries.length === 0 || options.queries.some((q) => c.name.startsWith(q)),
  );
  if (selected.length === 0)
    throw new ScaleUsageError(
      `--queries ${options.queries.join(',')} names none of: ${buildScaleCases([], [])
        .map((c) => c.name)
        .join(', ')}`,
    );
  const startApi = async (name: string, env: NodeJS.ProcessEnv) => {
    const api = await startServerScript('bench/servers/api.ts', { ...credentials, NODE_ENV: 'production', SHUTDOWN_GRACE_MS: '1000', ...env });
    cleanup.add(name, () => api.stop());
    const memory = watchPeakMemory(api.pid);
    log(`${name} at ${api.url} (pid ${api.pid}); /ready: ${JSON.stringify(await readiness(api.url))}`);
    return { ...api, memory };
  };
  const api = await startApi('the API', {});
  const routeApi = selected.some((c) => c.routeEngine === 'api') ? await startApi('the API with ROUTE_ENGINE=api', { ROUTE_ENGINE: 'api' }) : null;
  cleanup.add('the HTTP client', async () => closeClient());
  const ready = await readiness(api.url);
  const latencyStarted = performance.now();
  const urlOf = (c: { routeEngine?: 'api' }) => (c.routeEngine === 'api' && routeApi ? routeApi.url : api.url);
  const cases = await measure(urlOf, selected, selection.pairs.length, options.warmup, options.caseBudgetSeconds * 1000);
  const latencyMs = performance.now() - latencyStarted;
  for (const c of cases) log(`${c.name}: p50 ${c.latency.p50} ms, p95 ${c.latency.p95} ms, cold ${c.coldMs} ms, errors ${c.errors}`);
  const readyAfter = await readiness(api.url);
  api.memory.stop();
  routeApi?.memory.stop();
  const apiPeak = api.memory.peakBytes();
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
      `${options.pairs !== 200 ? ` --pairs ${options.pairs}` : ''}${options.caseBudgetSeconds !== 300 ? ` --case-budget ${options.caseBudgetSeconds}` : ''}` +
      `${options.reuseGraph ? ' --reuse-graph' : ''}${options.queries.length > 0 ? ` --queries ${options.queries.join(',')}` : ''}`,
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
    routeApiPeakRssBytes: routeApi ? routeApi.memory.peakBytes() : undefined,
    // With a reused graph, the JVM's import peak is the earlier run's.
    jvmPeakRssBytes: Math.max(jvmPeak, importFigures.jvmPeakRssBytes),
    totalMs: Math.round(totalMs),
    cpuPressure: stallAtStart !== null && stallAtEnd !== null ? Math.round((stallAtEnd - stallAtStart) / 10 / totalMs) : null,
  };
}

async function measureSizes(options: ScaleOptions, cleanup: Cleanup): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  for (const roles of options.sizes) {
    const file = path.join(RESULTS_DIR, `${roles}.json`);
    const previous = JSON.parse(await readFile(file, 'utf8').catch(() => 'null')) as SizeResult | null;
    const result = await measureSize(roles, options, cleanup);
    // Queries measured again on a reused graph replace their rows; the others keep the earlier run's.
    if (options.reuseGraph && previous) {
      const measured = new Set(result.cases.map((c) => c.name));
      const kept = previous.cases.filter((c) => !measured.has(c.name));
      result.cases = [...kept, ...result.cases];
      // The kept queries' run is named in the notes, with its APIs' memory (the report shows the largest).
      const keptRuns = (previous.earlierRuns ?? []).map((run) => ({ ...run, queries: run.queries.filter((q) => !measured.has(q)) }));
      const { date, code, command, machine, cpuPressure, apiPeakRssBytes, routeApiPeakRssBytes } = previous;
      keptRuns.push({
        date,
        code,
        command,
        loadAverage: machine.loadAverage,
        cpuPressure,
        queries: kept.map((c) => c.name).filter((q) => !keptRuns.some((run) => run.queries.includes(q))),
        apiPeakRssBytes,
        routeApiPeakRssBytes,
      });
      result.earlierRuns = keptRuns.filter((run) => run.queries.length > 0);
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
await runStoppingEverything('[bench:scale]', (cleanup) => measureSizes(options, cleanup));
