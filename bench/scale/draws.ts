// The random draws of the scale bench's graph generator (generate.ts): one seeded stream per role or technology,
// Zipf popularity and weighted picks.
import type { Random } from '../../src/seeded-random.js';

/** A 32-bit hash of whole numbers: the seed of one role's (or one technology's) own stream. */
export function mix(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  return h >>> 0;
}

export const STREAM = { role: 1, requirements: 2, transitions: 3, technology: 4, pool: 5, group: 6 } as const;

/** Draws an index 0..n-1 with probability proportional to 1 / (index + 1)^exponent (by a cumulative table). */
export function zipf(n: number, exponent: number): (random: Random) => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i += 1) cumulative[i] = total += 1 / (i + 1) ** exponent;
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

export function weightedIndex(random: Random, weights: readonly number[]): number {
  let target = random() * weights.reduce((sum, w) => sum + w, 0);
  for (let i = 0; i < weights.length; i += 1) if ((target -= weights[i]) < 0) return i;
  return weights.length - 1;
}

/** k distinct indices, each drawn with probability by weight (Efraimidis-Spirakis: the k largest u^(1/w)). */
export function weightedSample(random: Random, weights: readonly number[], k: number): number[] {
  return weights
    .map((w, i) => ({ i, key: random() ** (1 / w) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, k)
    .map((e) => e.i);
}

export const round2 = (n: number) => Math.round(n * 100) / 100;
