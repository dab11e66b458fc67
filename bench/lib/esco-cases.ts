// ESCO in `npm run bench`: after the O*NET measurements (so their figures stay those of the O*NET graph), the ESCO
// release is imported on top, as the command a person runs (timed, peak memory from /proc), and routes that start
// at an ESCO occupation are measured on the combined graph: to an O*NET occupation and to the curated Edge AI ladder,
// STEPS and MONTHS, over HTTP against a fresh API and through the driver, as the other cases. BENCH_ESCO_DIR picks
// the release (../shared/data/esco-1.1.1 when present; `none` leaves ESCO out).
import type { Driver } from 'neo4j-driver';
import { careerPathsCase, type Pair, type QueryCase, type Workload } from './cases.js';
import { benchCypher } from './bench-cypher.js';
import { latencyTable, measureLatency, type CaseLatency } from './latency.js';
import { startNodeScript, startServerScript, watchPeakMemory } from './processes.js';
import { RawReader } from './raw.js';
import type { Table } from './table.js';
import { pick, seededRandom, type Random } from '../../src/seeded-random.js';

/** Every ESCO case's name starts with this: BENCH_CASES=ESCO measures them alone. */
export const ESCO_CASE_PREFIX = 'ESCO';

/** The curated Edge AI ladder: the ends of the ESCO -> ladder routes. */
export const LADDER_ROLES = ['edge-ai-engineer', 'senior-edge-ai-engineer'];

/** The route cases on the combined graph, each with its own fixed pairs. */
const ROUTE_CASES: { name: string; to: 'onet' | 'ladder'; optimize: 'STEPS' | 'MONTHS' }[] = [
  { name: 'ESCO -> O*NET careerPaths STEPS first 5', to: 'onet', optimize: 'STEPS' },
  { name: 'ESCO -> O*NET careerPaths MONTHS first 5', to: 'onet', optimize: 'MONTHS' },
  { name: 'ESCO -> Edge AI ladder careerPaths STEPS first 5', to: 'ladder', optimize: 'STEPS' },
  { name: 'ESCO -> Edge AI ladder careerPaths MONTHS first 5', to: 'ladder', optimize: 'MONTHS' },
];

export const ESCO_CASE_NAMES = ROUTE_CASES.map((c) => c.name);

/** Whether BENCH_CASES (name prefixes; none: every case) selects an ESCO case. */
export const selectsEscoCase = (prefixes: readonly string[] | undefined): boolean =>
  !prefixes || prefixes.some((prefix) => ESCO_CASE_NAMES.some((name) => name.startsWith(prefix)));

export interface EscoPairs {
  toOnet: Pair[];
  toLadder: Pair[];
  candidatesTried: number;
}

export interface EscoImportRun {
  wallMs: number;
  /** The importer's summary: "Time: 57.1 s (parse 1.4 s, map 2.0 s, write 53.7 s, 173 statements); peak RSS 373 MiB." */
  summary: string;
  peakRssBytes: number;
}

export interface EscoBenchResults {
  folder: string;
  import: EscoImportRun;
  pairs: { toOnet: number; toLadder: number; candidatesTried: number; stepsHistogram: Record<string, Record<number, number>> };
  latency: CaseLatency[];
}

export interface EscoBenchContext {
  folder: string;
  neo4j: { uri: string; user: string; password: string };
  driver: Driver;
  database: string | undefined;
  /** Environment of the API server (bench/servers/api.ts), as for the other cases. */
  serverEnv: NodeJS.ProcessEnv;
  /** Pairs per case: the samples of each. */
  pairs: number;
  warmup: number;
  seed: number;
  log: (line: string) => void;
  /** Registers a stop with the bench's cleanup, so an interrupted run leaves nothing behind. */
  onStop: (name: string, stop: () => Promise<unknown>) => void;
}

/** Imports the release as `npm run import:esco` does, in a child process, with its wall time and peak memory. */
export async function runEscoImport(folder: string, neo4j: EscoBenchContext['neo4j']): Promise<EscoImportRun> {
  let summary = '';
  const started = performance.now();
  const child = startNodeScript('src/import/esco/cli.ts', [folder], {
    env: { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
    onLine: (line) => {
      if (line.startsWith('Time: ')) summary = line;
    },
  });
  const memory = watchPeakMemory(child.pid);
  const code = await child.exited;
  memory.stop();
  if (code !== 0) throw new Error(`the ESCO import failed with exit code ${code}:\n${child.recentLines.join('\n')}`);
  return { wallMs: performance.now() - started, summary, peakRssBytes: memory.peakBytes() };
}

/**
 * Random (seeded) pairs joined by a route of at most 6 steps: an ESCO occupation to an O*NET occupation, and an ESCO
 * occupation to a role of the curated ladder. Its own generator, so the O*NET workload is the same with or without ESCO.
 */
export async function selectEscoPairs(reader: RawReader, count: number, random: Random): Promise<EscoPairs> {
  const roleIds = (await reader.readText('bench/role-ids', benchCypher('role-ids'))).map((row) => row.id as string);
  const esco = roleIds.filter((id) => id.startsWith('esco-'));
  const onet = roleIds.filter((id) => id.startsWith('onet-'));
  if (esco.length === 0) throw new Error('no ESCO occupation in the graph after the ESCO import');
  let candidatesTried = 0;
  const connected = async (targets: readonly string[]): Promise<Pair[]> => {
    const pairs: Pair[] = [];
    const seen = new Set<string>();
    let tried = 0;
    while (pairs.length < count) {
      if (tried > count * 40) throw new Error(`only ${pairs.length} of ${count} ESCO pairs are connected within 6 steps`);
      const candidates: { from: string; to: string }[] = [];
      while (candidates.length < Math.max(50, (count - pairs.length) * 3)) {
        const from = pick(random, esco);
        const to = pick(random, targets);
        if (seen.has(`${from}>${to}`)) continue;
        seen.add(`${from}>${to}`);
        candidates.push({ from, to });
      }
      tried += candidates.length;
      const rows = await reader.readText('bench/connected-pairs', benchCypher('connected-pairs'), { candidates }, 120_000);
      for (const row of rows) {
        if (row.steps != null && pairs.length < count) pairs.push({ from: row.from as string, to: row.to as string, steps: row.steps as number });
      }
    }
    candidatesTried += tried;
    return pairs;
  };
  const toOnet = await connected(onet);
  const toLadder = await connected(LADDER_ROLES);
  return { toOnet, toLadder, candidatesTried };
}

/** The ESCO route cases over the chosen pairs (the same query and driver mirror as the O*NET route cases). */
export function buildEscoCases(pairs: EscoPairs): QueryCase[] {
  return ROUTE_CASES.map((c) => {
    const work = { pairs: c.to === 'onet' ? pairs.toOnet : pairs.toLadder } as Workload;
    return { ...careerPathsCase(c.optimize, 5, work), name: c.name };
  });
}

const histogram = (pairs: readonly Pair[]) => {
  const counts: Record<number, number> = {};
  for (const pair of pairs) counts[pair.steps] = (counts[pair.steps] ?? 0) + 1;
  return counts;
};

/** Imports ESCO on top of what the graph holds, picks the pairs, and measures the ESCO cases' latency. */
export async function measureEscoRoutes(context: EscoBenchContext, selected: (name: string) => boolean = () => true): Promise<EscoBenchResults> {
  const { log } = context;
  const imported = await runEscoImport(context.folder, context.neo4j);
  log(`import: ${(imported.wallMs / 1000).toFixed(1)} s, peak RSS ${Math.round(imported.peakRssBytes / 2 ** 20)} MiB (${imported.summary})`);
  const pairs = await selectEscoPairs(new RawReader(context.driver, context.database), context.pairs, seededRandom(context.seed));
  log(
    `${pairs.toOnet.length} ESCO -> O*NET and ${pairs.toLadder.length} ESCO -> ladder pairs from ${pairs.candidatesTried} candidates; ` +
      `fewest steps ${JSON.stringify(histogram(pairs.toOnet))} and ${JSON.stringify(histogram(pairs.toLadder))}`,
  );
  const cases = buildEscoCases(pairs).filter((c) => selected(c.name));
  // A fresh API: its similarity model and route graph are built on the combined graph.
  const api = await startServerScript('bench/servers/api.ts', context.serverEnv);
  context.onStop('the API for the ESCO cases', () => api.stop());
  let latency: CaseLatency[];
  try {
    latency = await measureLatency(() => api.url, context.driver, context.database, cases, context.pairs, context.warmup, log);
  } finally {
    await api.stop();
  }
  return {
    folder: context.folder,
    import: imported,
    pairs: {
      toOnet: pairs.toOnet.length,
      toLadder: pairs.toLadder.length,
      candidatesTried: pairs.candidatesTried,
      stepsHistogram: { toOnet: histogram(pairs.toOnet), toLadder: histogram(pairs.toLadder) },
    },
    latency,
  };
}

export function escoTable(results: EscoBenchResults): Table {
  return latencyTable(
    `Routes from ESCO occupations on the combined graph (seed + O*NET + ESCO), ${results.latency[0]?.api.count ?? 0} samples per query`,
    results.latency,
    `ESCO import on top of O*NET: ${(results.import.wallMs / 1000).toFixed(1)} s, peak RSS ${Math.round(results.import.peakRssBytes / 2 ** 20)} MiB. ` +
      `Pairs: steps ${JSON.stringify(results.pairs.stepsHistogram)}.`,
  );
}
