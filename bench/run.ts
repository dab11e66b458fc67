// `npm run bench`: the full O*NET graph plus the seed, measured in one run: import time and memory, query latency
// over HTTP, the GraphQL layer's overhead over the bare driver, throughput against @neo4j/graphql, statements per
// request, and the route-search options. Prints tables, writes bench/results/<time>.json and latest.json, and
// replaces docs/benchmarks.md. Stops everything it started, also when it fails or is interrupted. BENCH_CASES=<name
// prefixes> measures only those queries' latency after one import (bench/results/<time>-cases.json, nothing replaced).
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { createDriver, Database } from '../src/db/database.js';
import { applySchema } from '../src/db/migrate.js';
import { startNeo4j } from '../src/db/neo4j-server.js';
import { countGraph, seedDatabase } from '../src/seed/run.js';
import { buildCases, buildWorkload } from './lib/cases.js';
import { BenchConfigError, loadBenchConfig, REPO_ROOT, type BenchConfig } from './lib/config.js';
import { closeClient } from './lib/http.js';
import { countDifferences, runImport } from './lib/import-runs.js';
import { measureLatency } from './lib/latency.js';
import { cpuStallMicros, describeMachine } from './lib/machine.js';
import { renderMarkdown } from './lib/markdown.js';
import { selectConnectedPairs } from './lib/pairs.js';
import { measurePathOptions, pathVariants } from './lib/path-options.js';
import { startServerScript } from './lib/processes.js';
import { profileSlowest } from './lib/profile.js';
import { RawReader } from './lib/raw.js';
import { buildTables, judgeTargets, pathConclusion, type BenchResults } from './lib/report.js';
import { seededRandom } from '../src/seeded-random.js';
import { printTable } from './lib/table.js';
import { compareAnswers, measureThroughput, sharedQueries } from './lib/throughput.js';
import { measurePayload } from './lib/payload.js';
import { Cleanup, runStoppingEverything } from './lib/lifecycle.js';
import { reportCases } from './lib/case-report.js';
import { ESCO_CASE_NAMES, escoTable, measureEscoRoutes, selectsEscoCase } from './lib/esco-cases.js';

const BOLT_PORT = 7696;
const THROUGHPUT_ROLE = 'onet-15-1252-00'; // Software Developers: a role with many skills
const log = (phase: string) => (line: string) => console.log(`[bench] ${phase}: ${line}`);

async function main(config: BenchConfig, cleanup: Cleanup): Promise<void> {
  const runStarted = performance.now();
  const phaseSeconds: Record<string, number> = {};
  const cpuPressure: Record<string, number> = {};
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const stallBefore = await cpuStallMicros();
    console.log(`\n[bench] ${name}...`);
    const result = await work();
    const elapsedMs = performance.now() - started;
    phaseSeconds[name] = Math.round(elapsedMs / 100) / 10;
    const stallAfter = await cpuStallMicros();
    // The share of the phase during which some task waited for a CPU: how crowded the machine was.
    if (stallBefore !== null && stallAfter !== null) cpuPressure[name] = Math.round((stallAfter - stallBefore) / 10 / elapsedMs);
    return result;
  };

  // 0. Setup: our own Neo4j with fresh data (or NEO4J_URI), the schema and the seed.
  const appConfig = loadConfig();
  const neo4j = await phase('setup', () =>
    startNeo4j(
      { ...appConfig.neo4j, uri: config.neo4jUri, boltPort: BOLT_PORT, dataDir: '.neo4j/bench', useDocker: false },
      { purpose: 'test', freshData: true },
    ),
  );
  cleanup.add('Neo4j', () => neo4j.stop());
  const neo4jPid = Number(/JVM runner pid (\d+)/.exec(neo4j.describe)?.[1]) || undefined;
  const driver: Driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
  cleanup.add('the driver', () => driver.close());
  const database = appConfig.neo4j.database;
  const db = new Database(driver, { queryTimeoutMs: 60_000, database });
  await applySchema(driver, database);
  await seedDatabase(db);
  const machine = await describeMachine(driver, { heap: appConfig.neo4j.heap, pageCache: appConfig.neo4j.pageCache });
  console.log(
    `[bench] ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.neo4j}; load average ${machine.loadAverage.start}`,
  );

  // 1. Import, twice.
  const imports = await phase('import', async () => {
    const credentials = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
    const counts = () => countGraph(db.forRequest());
    const first = await runImport('first (seed only)', config.onetDir, credentials, counts);
    log('import')(`first run: ${(first.wallMs / 1000).toFixed(1)} s, peak RSS ${Math.round(first.peakRssBytes / 2 ** 20)} MiB`);
    if (config.cases) return { runs: [first], countsUnchanged: true, differences: [] };
    const second = await runImport('second (idempotent)', config.onetDir, credentials, counts);
    log('import')(`second run: ${(second.wallMs / 1000).toFixed(1)} s, peak RSS ${Math.round(second.peakRssBytes / 2 ** 20)} MiB`);
    const differences = countDifferences(first.counts, second.counts);
    return { runs: [first, second], countsUnchanged: differences.length === 0, differences };
  });

  // The fixed pairs and the per-sample inputs.
  const random = seededRandom(config.seed);
  const selection = await phase('pairs', () => selectConnectedPairs(new RawReader(driver, database), config.pairs, random));
  log('pairs')(`${selection.pairs.length} connected pairs from ${selection.candidatesTried} candidates in ${Math.round(selection.ms)} ms`);
  const workload = buildWorkload(selection.pairs, selection.roleIds, random);
  const cases = buildCases(workload).filter((c) => !config.cases || config.cases.some((prefix) => c.name.startsWith(prefix)));
  const escoSelected = config.escoDir !== undefined && selectsEscoCase(config.cases);
  if (cases.length === 0 && !escoSelected)
    throw new BenchConfigError(
      `BENCH_CASES matches no case; the cases: ${[...buildCases(workload).map((c) => c.name), ...ESCO_CASE_NAMES].join(', ')}`,
    );

  // The servers: ours and the peer, each in its own process.
  // A short drain on stop: the bench's keep-alive connections would otherwise hold a stopping server for 10 s.
  const serverEnv = {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NODE_ENV: 'production',
    SHUTDOWN_GRACE_MS: '1000',
  };
  // ESCO goes on top after the O*NET figures, which so stay those of the O*NET graph (bench/lib/esco-cases.ts).
  const measureEsco = (selected?: (name: string) => boolean) =>
    phase('esco', () =>
      measureEscoRoutes(
        {
          folder: config.escoDir!,
          neo4j,
          driver,
          database,
          serverEnv,
          pairs: config.escoPairs,
          warmup: config.warmup,
          seed: config.seed,
          log: log('esco'),
          onStop: (name, stop) => cleanup.add(name, stop),
        },
        selected,
      ),
    );
  const api = await startServerScript('bench/servers/api.ts', serverEnv);
  cleanup.add('the API', () => api.stop());
  // The same API with weighted routes ranked in its own process, as on a Neo4j without the plugin (issue 14).
  const apiInApiEngine = await startServerScript('bench/servers/api.ts', { ...serverEnv, ROUTE_ENGINE: 'api' });
  cleanup.add('the API with the in-API route engine', () => apiInApiEngine.stop());
  const urlFor = (queryCase: { routeEngine?: 'api' }) => (queryCase.routeEngine === 'api' ? apiInApiEngine.url : api.url);
  cleanup.add('the HTTP client', async () => closeClient());
  if (config.cases) {
    log('servers')(`API at ${api.url} (pid ${api.pid})`);
    const latency =
      cases.length === 0
        ? []
        : await phase('latency', () => measureLatency(urlFor, driver, database, cases, selection.pairs.length, config.warmup, log('latency')));
    const esco = escoSelected ? await measureEsco((name) => config.cases!.some((prefix) => name.startsWith(prefix))) : undefined;
    await reportCases(config, machine, [...latency, ...(esco?.latency ?? [])], imports.runs[0].wallMs);
    return;
  }
  const peer = await startServerScript('bench/servers/peer.ts', serverEnv);
  cleanup.add('the @neo4j/graphql server', () => peer.stop());
  log('servers')(`API at ${api.url} (pid ${api.pid}), @neo4j/graphql at ${peer.url} (pid ${peer.pid})`);

  // 2, 3, 5. Latency, overhead and statements, interleaved; then PROFILE of each query's slowest sample.
  const latency = await phase('latency', () =>
    measureLatency(urlFor, driver, database, cases, selection.pairs.length, config.warmup, log('latency')),
  );
  const profiles = await phase('profile', () => profileSlowest(driver, database, cases, latency));

  // 4. Throughput against the peer, after checking that both answer the same.
  const throughput = await phase('throughput', async () => {
    const queries = sharedQueries(THROUGHPUT_ROLE);
    const checks = [];
    for (const query of queries) checks.push(await compareAnswers(api.url, peer.url, query));
    for (const check of checks) log('throughput')(`${check.query}: ${check.isSame ? 'same data' : `DIFFERENT DATA: ${check.difference}`}`);
    const results = [];
    const settings = { seconds: config.seconds, connections: config.connections, rounds: config.rounds, warmupSeconds: 2 };
    const servers = { ours: api, peer, neo4jPid };
    for (const query of queries) results.push(await measureThroughput(servers, query, settings, log('throughput')));
    return { checks, queries: results, settings: { seconds: config.seconds, connections: config.connections, rounds: config.rounds } };
  });
  closeClient();
  await peer.stop();
  await api.stop();
  await apiInApiEngine.stop();

  // Where roles/skills spends its time (candidate projections), and the guard against the 40 ms Nagle stall.
  const payload = await phase('payload', () => measurePayload(driver, database, workload, config.payloadSamples, log('payload')));

  // 6. Route search options.
  const options = await phase('path options', () =>
    measurePathOptions(
      new RawReader(driver, database),
      selection.pairs,
      config.expansionPairs,
      pathVariants(config.expansionTimeoutMs),
      log('path options'),
    ),
  );

  const esco = escoSelected ? await measureEsco() : undefined;

  machine.loadAverage.end = Math.round(os.loadavg()[0] * 100) / 100;
  const date = new Date().toISOString();
  const partial = { import: imports, latency, throughput };
  const results: BenchResults = {
    date,
    durationSeconds: Math.round((performance.now() - runStarted) / 1000),
    machine,
    neo4j: neo4j.describe,
    settings: { ...config, onetDir: path.relative(REPO_ROOT, config.onetDir), boltPort: BOLT_PORT },
    import: imports,
    pairs: {
      count: selection.pairs.length,
      candidatesTried: selection.candidatesTried,
      candidatesConnected: selection.candidatesConnected,
      stepsHistogram: selection.stepsHistogram,
      ms: Math.round(selection.ms),
    },
    latency,
    profiles,
    payload,
    throughput,
    pathOptions: {
      results: options.results.map(({ answers: _answers, ...rest }) => rest),
      agreements: options.agreements,
      expansionPairs: config.expansionPairs,
      expansionTimeoutMs: config.expansionTimeoutMs,
    },
    targets: judgeTargets(partial),
    phaseSeconds,
    cpuPressure,
    ...(esco ? { esco } : {}),
  };

  for (const table of Object.values(buildTables(results))) printTable(table);
  if (esco) printTable(escoTable(esco));
  console.log('\nRoute search, conclusion from the figures:');
  for (const line of pathConclusion(results)) console.log(`- ${line}`);

  const resultsDir = path.join(REPO_ROOT, 'bench', 'results');
  await mkdir(resultsDir, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const stamped = path.join(resultsDir, `${date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
  await writeFile(stamped, json);
  await writeFile(path.join(resultsDir, 'latest.json'), json);
  await writeFile(path.join(REPO_ROOT, 'docs', 'benchmarks.md'), await renderMarkdown(results, new URL('./analysis.md', import.meta.url)));
  console.log(
    `\n[bench] wrote ${path.relative(REPO_ROOT, stamped)}, bench/results/latest.json and docs/benchmarks.md (${results.durationSeconds} s)`,
  );
}

let config: BenchConfig;
try {
  config = loadBenchConfig();
} catch (error) {
  console.error(`[bench] ${(error as Error).message}`);
  process.exit(error instanceof BenchConfigError ? 2 : 1);
}

await runStoppingEverything('[bench]', (cleanup) => main(config, cleanup));
