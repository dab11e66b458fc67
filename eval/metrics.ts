// The arithmetic of `npm run eval`: recall, reciprocal rank, the leave-one-out input, the fixed development and
// holdout halves, and the verdict against a target. Pure, unit-tested (tests/unit/eval-metrics.test.ts).
import { seededRandom } from '../src/seeded-random.js';

/** Share of `relevant` among the first `k` of `ranked` (0 when nothing is relevant). */
export function recallAt(ranked: readonly string[], relevant: readonly string[], k: number): number {
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/** 1 / rank of `id` in `ranked` (1-based), 0 when absent. */
export function reciprocalRank(ranked: readonly string[], id: string): number {
  const at = ranked.indexOf(id);
  return at < 0 ? 0 : 1 / (at + 1);
}

/** Every other item, starting with the first: half of a list, spread over all of it. */
export const everyOther = <T>(items: readonly T[]): T[] => items.filter((_, i) => i % 2 === 0);

export const mean = (values: readonly number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

/** Fixed, so the two halves are the same on every run: weights were developed on `dev` only. */
export const SPLIT_SEED = 20_261_202;

/** The development half of `ids`: each id, in sorted order, drawn with probability 1/2 from the seeded generator. */
export function developmentHalf(ids: readonly string[], seed = SPLIT_SEED): Set<string> {
  const random = seededRandom(seed);
  return new Set([...ids].sort().filter(() => random() < 0.5));
}

export interface Verdict {
  figure: string;
  value: number;
  /** How the value is shown ('0.512', '3.1%', '0'). */
  shown: string;
  target: string;
  pass: boolean | null;
}

export type Comparison = '>=' | '<=';

export function judge(figure: string, value: number, comparison: Comparison, target: number, format: (n: number) => string): Verdict {
  const pass = comparison === '>=' ? value >= target : value <= target;
  return { figure, value, shown: format(value), target: `${comparison} ${format(target)}`, pass };
}
