// What a size's run records (bench/results/scale/<roles>.json): written by run.ts, read by report.ts.
import path from 'node:path';
import type { GraphCounts } from '../../src/seed/run.js';
import { REPO_ROOT } from '../lib/config.js';
import type { Machine } from '../lib/machine.js';
import type { Summary } from '../lib/stats.js';
import type { ScaleImportResult } from './import.js';

/** Where the runs are kept; BENCH_SCALE_RESULTS_DIR elsewhere (the test's reduced run), which also gets the doc. */
const OTHER_RESULTS_DIR = process.env.BENCH_SCALE_RESULTS_DIR ? path.resolve(process.env.BENCH_SCALE_RESULTS_DIR) : undefined;
export const RESULTS_DIR = OTHER_RESULTS_DIR ?? path.join(REPO_ROOT, 'bench', 'results', 'scale');
export const SCALE_DOC = OTHER_RESULTS_DIR ? path.join(OTHER_RESULTS_DIR, 'scale.md') : path.join(REPO_ROOT, 'docs', 'scale.md');

export interface CaseFigures {
  name: string;
  latency: Summary;
  /** The first request of the warm-up: it pays for caches the API or Neo4j build on first use. */
  coldMs: number;
  meanRows: number;
  statements: { min: number; max: number };
  errors: number;
  errorSamples: string[];
  /** Why the query stopped before all samples (errors in a row, time budget), or null. */
  stoppedEarly: string | null;
  /** When this query was measured (a --reuse-graph run may measure some queries again). */
  measuredAt?: string;
}

export interface SizeResult {
  roles: number;
  seed: number;
  date: string;
  /** The commit measured (and whether the checkout had uncommitted changes to the API's code). */
  code?: string;
  command: string;
  /** QUERY_TIMEOUT_MS of the API: a query that takes longer fails with QUERY_TIMEOUT. */
  apiQueryTimeoutMs?: number;
  machine: Machine;
  neo4j: { heap: string; pageCache: string; describe: string };
  /** The route engine /ready named, or null when it names none. */
  routeEngine: string | null;
  ready: Record<string, unknown>;
  import: {
    /** From spawning the importer to its exit. */
    wallMs: number;
    result: ScaleImportResult;
    /** VmHWM of the importer process. */
    importerPeakRssBytes: number;
    /** VmHWM of the JVM when the import ended. */
    jvmPeakRssBytes: number;
  };
  /** The queries ran on the graph an earlier run left (--reuse-graph): the import figures are that run's. */
  reusedGraph?: boolean;
  counts: GraphCounts;
  storeBytes: number;
  pairs: { count: number; candidatesTried: number; candidatesConnected: number; stepsHistogram: Record<number, number>; ms: number };
  warmup: number;
  cases: CaseFigures[];
  latencyMs: number;
  /** VmHWM of the API process over the whole latency measurement (its similarity model included). */
  apiPeakRssBytes: number;
  /** VmHWM of the second API, which ranks weighted routes itself (ROUTE_ENGINE=api), when one ran. */
  routeApiPeakRssBytes?: number;
  /** With --reuse-graph and --queries: the earlier runs whose figures the queries not measured again keep. */
  earlierRuns?: EarlierRun[];
  /** VmHWM of the JVM over the whole size (import and queries). */
  jvmPeakRssBytes: number;
  totalMs: number;
  /** Share of the size's time during which some task waited for a CPU (/proc/pressure/cpu), percent. */
  cpuPressure: number | null;
}

/** What the run notes say of an earlier run whose query figures a --reuse-graph run kept. */
export interface EarlierRun {
  date: string;
  code?: string;
  command: string;
  loadAverage: { start: number; end: number };
  cpuPressure: number | null;
  /** The queries whose figures are that run's. */
  queries: string[];
  /** That run's API peaks: the memory of the queries kept (the similarity model's build, the route projection). */
  apiPeakRssBytes?: number;
  routeApiPeakRssBytes?: number;
}

/** The API's peak over this run and the earlier runs whose queries it keeps. */
export const apiPeakOf = (r: SizeResult): number => Math.max(r.apiPeakRssBytes, ...(r.earlierRuns ?? []).map((e) => e.apiPeakRssBytes ?? 0));
/** The same for the API with ROUTE_ENGINE=api (NaN when none ran). */
export function routeApiPeakOf(r: SizeResult): number {
  const peaks = [r.routeApiPeakRssBytes, ...(r.earlierRuns ?? []).map((e) => e.routeApiPeakRssBytes)].filter(
    (n): n is number => n !== undefined && !Number.isNaN(n),
  );
  return peaks.length > 0 ? Math.max(...peaks) : Number.NaN;
}
