// Reads the command line of `npm run import:esco` into checked options.
import { UsageError } from '../onet/options.js';
import { DEFAULT_BATCH_SIZE } from '../onet/write.js';
import { MAX_TRANSITIONS_PER_OCCUPATION, VIABLE_SIMILARITY } from './transition-rule.js';

export { UsageError };

export interface EscoCliOptions {
  folder: string;
  crosswalkFolder?: string;
  threshold: number;
  maxTransitions: number;
  batchSize: number;
}

export const USAGE = `Usage: npm run import:esco -- <folder> [--crosswalks <folder>] [--threshold <0-1>] [--max-transitions <n>] [--batch-size <n>]

  <folder>            an ESCO release folder of CSV files in English (for example ../shared/data/esco-1.1.1)
  --crosswalks        the folder holding esco_onet_crosswalk_MCC.csv and 2010_to_2019_Crosswalk.csv
                      (default: crosswalks beside the release folder; without it, no O*NET links)
  --threshold         skill similarity a derived transition needs (default ${VIABLE_SIMILARITY})
  --max-transitions   transitions kept per occupation, the most similar (default ${MAX_TRANSITIONS_PER_OCCUPATION})
  --batch-size        rows per write statement (default ${DEFAULT_BATCH_SIZE})`;

function numberIn(name: string, raw: string, min: number, max: number, isInteger: boolean): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < min || value > max || (isInteger && !Number.isInteger(value))) {
    throw new UsageError(`${name} must be ${isInteger ? 'a whole number' : 'a number'} from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

const FLAGS = ['--crosswalks', '--threshold', '--max-transitions', '--batch-size'];

export function parseEscoCliOptions(argv: readonly string[]): EscoCliOptions {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2);
    if (!FLAGS.includes(name)) throw new UsageError(`unknown option ${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    flags.set(name, value);
  }
  if (positional.length !== 1) throw new UsageError(`expected one ESCO release folder, got ${positional.length}`);
  const flag = (name: string) => flags.get(name);
  return {
    folder: positional[0],
    crosswalkFolder: flag('--crosswalks'),
    threshold: flags.has('--threshold') ? numberIn('--threshold', flag('--threshold')!, 0, 1, false) : VIABLE_SIMILARITY,
    maxTransitions: flags.has('--max-transitions')
      ? numberIn('--max-transitions', flag('--max-transitions')!, 0, 1000, true)
      : MAX_TRANSITIONS_PER_OCCUPATION,
    batchSize: flags.has('--batch-size') ? numberIn('--batch-size', flag('--batch-size')!, 1, 50_000, true) : DEFAULT_BATCH_SIZE,
  };
}
