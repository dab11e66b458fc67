// The scale bench's settings: command-line options (sizes, pairs, seed, warm-up) and two environment variables
// for where its Neo4j runs. Checked once; a bad value names the option and what it accepts.
export const DEFAULT_SIZES = [1_000, 10_000, 100_000];

export interface ScaleOptions {
  /** Role counts of the generated graphs, measured in this order. */
  sizes: number[];
  /** Random connected pairs each query is timed on. */
  pairs: number;
  seed: number;
  /** Unmeasured requests per query before timing (the first of them is reported as the cold request). */
  warmup: number;
  /** Seconds one query may take in all (warm-up and samples) before it stops early. */
  caseBudgetSeconds: number;
  /** Measure the queries on the graph the last run of the (single) size left, keeping that run's import figures. */
  reuseGraph: boolean;
  /** Only the queries whose names start with one of these (all when empty). */
  queries: string[];
  boltPort: number;
  dataDir: string;
}

export const USAGE = `Usage: npm run bench:scale [-- --sizes 1000,10000,100000] [--pairs 200] [--seed 42] [--warmup 10] [--case-budget 300] [--reuse-graph] [--queries careerPaths,nextRoles]
Environment: NEO4J_HEAP and NEO4J_PAGECACHE (the JVM runner's memory, for example 2g and 1g), BENCH_SCALE_BOLT_PORT
(default 7697), BENCH_SCALE_DATA_DIR (default .neo4j/bench-scale, deleted and rewritten for each size) and
BENCH_SCALE_RESULTS_DIR (default bench/results/scale; elsewhere, the doc goes there too instead of docs/scale.md).`;

export class ScaleUsageError extends Error {}

const whole = (name: string, raw: string, min: number, max: number): number => {
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ScaleUsageError(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
};

export function parseScaleOptions(argv: readonly string[], env: NodeJS.ProcessEnv): ScaleOptions {
  const options: ScaleOptions = {
    sizes: DEFAULT_SIZES,
    pairs: 200,
    seed: 42,
    warmup: 10,
    caseBudgetSeconds: 300,
    reuseGraph: false,
    queries: [],
    boltPort: env.BENCH_SCALE_BOLT_PORT ? whole('BENCH_SCALE_BOLT_PORT', env.BENCH_SCALE_BOLT_PORT, 1, 65535) : 7697,
    dataDir: env.BENCH_SCALE_DATA_DIR || '.neo4j/bench-scale',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new ScaleUsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--sizes': {
        const sizes = value()
          .split(',')
          .filter(Boolean)
          .map((s) => whole('sizes', s.trim(), 40, 1_000_000));
        if (sizes.length === 0) throw new ScaleUsageError('--sizes needs at least one role count, such as --sizes 1000,10000');
        options.sizes = sizes;
        break;
      }
      case '--pairs':
        options.pairs = whole('pairs', value(), 1, 10_000);
        break;
      case '--seed':
        options.seed = whole('seed', value(), 1, 2 ** 31);
        break;
      case '--warmup':
        options.warmup = whole('warmup', value(), 1, 1_000);
        break;
      case '--case-budget':
        options.caseBudgetSeconds = whole('case-budget', value(), 1, 86_400);
        break;
      case '--queries':
        options.queries = value()
          .split(',')
          .map((q) => q.trim())
          .filter(Boolean);
        break;
      case '--reuse-graph':
        options.reuseGraph = true;
        break;
      default:
        throw new ScaleUsageError(`unknown option ${argv[i]}`);
    }
  }
  if (options.reuseGraph && options.sizes.length !== 1)
    throw new ScaleUsageError('--reuse-graph measures one size: give one, such as --sizes 100000');
  return options;
}
