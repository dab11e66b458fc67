// The bench's settings, from environment variables, checked once. Defaults keep a full run near ten minutes on a
// two-core machine.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BenchConfig {
  /** The O*NET release folder to import. */
  onetDir: string;
  /** Connected pairs for the latency and path-option measurements. */
  pairs: number;
  /** Seed of the random number generator that picks the pairs and pages. */
  seed: number;
  /** Unmeasured requests per query before the latency measurement. */
  warmup: number;
  /** Seconds of each autocannon run. */
  seconds: number;
  /** Concurrent connections of each autocannon run. */
  connections: number;
  /** Alternating rounds of ours/peer per throughput query. */
  rounds: number;
  /** Pairs on which Cypher bounded expansion is tried (it is slow: a subset of the pairs). */
  expansionPairs: number;
  /** Per-query timeout of a bounded expansion, in ms. */
  expansionTimeoutMs: number;
  /** Samples of the roles/skills projection comparison. */
  payloadSamples: number;
  /** An external Neo4j to use instead of starting one (then the "first" import runs on whatever it holds). */
  neo4jUri?: string;
  /**
   * BENCH_CASES: only the latency of the query cases whose names start with one of these (comma-separated), after
   * one import; no throughput, payload or path options, and docs/benchmarks.md is left as it is.
   */
  cases?: string[];
  /** BENCH_ESCO_DIR: the ESCO release imported after the O*NET figures for the ESCO route cases (bench/lib/esco-cases.ts); none: left out. */
  escoDir?: string;
  /** BENCH_ESCO_PAIRS: connected pairs (samples) per ESCO route case. */
  escoPairs: number;
}

export class BenchConfigError extends Error {}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new BenchConfigError(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const onetDir = path.resolve(REPO_ROOT, env.BENCH_ONET_DIR || 'data/onet-29.3'); // the release the project ships
  if (!existsSync(onetDir) || !statSync(onetDir).isDirectory()) {
    throw new BenchConfigError(
      `No O*NET release folder at ${onetDir}.\n` +
        'The bench measures the full O*NET 29.3 graph: the project ships it in data/onet-29.3 (restore it with ' +
        '`git checkout -- data/onet-29.3`), or set BENCH_ONET_DIR to another release folder.',
    );
  }
  const pairs = positiveInt(env, 'BENCH_PAIRS', 300);
  // The shared ESCO release when it is there; BENCH_ESCO_DIR=none leaves ESCO out, a folder named but absent is an error.
  const escoDir = env.BENCH_ESCO_DIR === 'none' ? undefined : path.resolve(REPO_ROOT, env.BENCH_ESCO_DIR || '../shared/data/esco-1.1.1');
  if (escoDir && env.BENCH_ESCO_DIR && !existsSync(escoDir)) throw new BenchConfigError(`BENCH_ESCO_DIR: no ESCO release folder at ${escoDir}`);
  return {
    onetDir,
    pairs,
    seed: positiveInt(env, 'BENCH_SEED', 42),
    warmup: positiveInt(env, 'BENCH_WARMUP', 20),
    seconds: positiveInt(env, 'BENCH_SECONDS', 15),
    connections: positiveInt(env, 'BENCH_CONNECTIONS', 10),
    rounds: positiveInt(env, 'BENCH_ROUNDS', 2),
    expansionPairs: Math.min(pairs, positiveInt(env, 'BENCH_EXPANSION_PAIRS', 100)),
    expansionTimeoutMs: positiveInt(env, 'BENCH_EXPANSION_TIMEOUT_MS', 2_000),
    payloadSamples: Math.min(pairs, positiveInt(env, 'BENCH_PAYLOAD_SAMPLES', 100)),
    neo4jUri: env.NEO4J_URI || undefined,
    cases: env.BENCH_CASES
      ? env.BENCH_CASES.split(',')
          .map((name) => name.trim())
          .filter(Boolean)
      : undefined,
    escoDir: escoDir && existsSync(escoDir) ? escoDir : undefined,
    escoPairs: positiveInt(env, 'BENCH_ESCO_PAIRS', 100),
  };
}
