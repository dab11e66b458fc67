// Reads the command line and environment of `npm run import:onet` into checked options.
import { SHIPPED_RELEASE_DIR } from './files.js';
import { DEFAULT_ALIAS_CAP, DEFAULT_IMPORTANCE_THRESHOLD } from './mapping.js';
import { DEFAULT_BATCH_SIZE } from './write.js';

export interface CliOptions {
  folder: string;
  importanceThreshold: number;
  aliasCap: number;
  batchSize: number;
}

export const USAGE = `Usage: npm run import:onet [-- <folder>] [--importance-threshold <1-5>] [--alias-cap <n>] [--batch-size <n>]

  <folder>                  an O*NET release folder of tab-delimited text files, .txt or .txt.gz (for example
                            db_29_3_text); without it, the O*NET 29.3 release the project ships in data/onet-29.3
  --importance-threshold    REQUIRES only for skills/knowledge with importance (IM) at least this
                            (default ${DEFAULT_IMPORTANCE_THRESHOLD.toFixed(1)}; env ONET_IMPORTANCE_THRESHOLD)
  --alias-cap               at most this many alternate titles per role (default ${DEFAULT_ALIAS_CAP})
  --batch-size              rows per write statement (default ${DEFAULT_BATCH_SIZE})`;

export class UsageError extends Error {
  override name = 'UsageError';
}

function numberIn(name: string, raw: string, min: number, max: number, isInteger: boolean): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max || (isInteger && !Number.isInteger(value))) {
    throw new UsageError(`${name} must be ${isInteger ? 'a whole number' : 'a number'} from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** The command line wins over the environment, which wins over the defaults. */
export function parseCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv = {}): CliOptions {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2);
    if (!['--importance-threshold', '--alias-cap', '--batch-size'].includes(name)) throw new UsageError(`unknown option ${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    flags.set(name, value);
  }
  if (positional.length > 1) throw new UsageError(`expected one folder, got ${positional.length}`);
  const thresholdRaw = flags.get('--importance-threshold') ?? env.ONET_IMPORTANCE_THRESHOLD;
  const thresholdName = flags.has('--importance-threshold') ? '--importance-threshold' : 'ONET_IMPORTANCE_THRESHOLD';
  return {
    folder: positional[0] ?? SHIPPED_RELEASE_DIR,
    importanceThreshold:
      thresholdRaw === undefined || thresholdRaw === '' ? DEFAULT_IMPORTANCE_THRESHOLD : numberIn(thresholdName, thresholdRaw, 1, 5, false),
    aliasCap: flags.has('--alias-cap') ? numberIn('--alias-cap', flags.get('--alias-cap')!, 0, 1000, true) : DEFAULT_ALIAS_CAP,
    batchSize: flags.has('--batch-size') ? numberIn('--batch-size', flags.get('--batch-size')!, 1, 50_000, true) : DEFAULT_BATCH_SIZE,
  };
}
