// Picks the fixed set of connected pairs: random (seeded) candidate pairs of distinct roles, kept in the order drawn
// when a route of at most 6 steps joins them, decided by one Cypher statement per batch of candidates.
import type { Pair } from './cases.js';
import { benchCypher } from './bench-cypher.js';
import type { RawReader } from './raw.js';
import { pick, type Random } from '../../src/seeded-random.js';

export interface PairSelection {
  pairs: Pair[];
  roleIds: string[];
  candidatesTried: number;
  /** Of the candidates tried, how many were connected within 6 steps. */
  candidatesConnected: number;
  /** Pairs per number of fewest steps. */
  stepsHistogram: Record<number, number>;
  ms: number;
}

export async function selectConnectedPairs(reader: RawReader, count: number, random: Random): Promise<PairSelection> {
  const started = performance.now();
  const roleIds = (await reader.readText('bench/role-ids', benchCypher('role-ids'))).map((row) => row.id as string);
  const pairs: Pair[] = [];
  const seen = new Set<string>();
  let candidatesTried = 0;
  let candidatesConnected = 0;
  while (pairs.length < count) {
    if (candidatesTried > count * 20) throw new Error(`only ${pairs.length} of ${count} candidate pairs are connected within 6 steps`);
    const candidates: { from: string; to: string }[] = [];
    while (candidates.length < Math.max(50, (count - pairs.length) * 2)) {
      const from = pick(random, roleIds);
      const to = pick(random, roleIds);
      const key = `${from}>${to}`;
      if (from === to || seen.has(key)) continue;
      seen.add(key);
      candidates.push({ from, to });
    }
    candidatesTried += candidates.length;
    const rows = await reader.readText('bench/connected-pairs', benchCypher('connected-pairs'), { candidates }, 120_000);
    for (const row of rows) {
      if (row.steps != null) candidatesConnected += 1;
      if (row.steps != null && pairs.length < count) pairs.push({ from: row.from as string, to: row.to as string, steps: row.steps as number });
    }
  }
  const stepsHistogram: Record<number, number> = {};
  for (const pair of pairs) stepsHistogram[pair.steps] = (stepsHistogram[pair.steps] ?? 0) + 1;
  return { pairs, roleIds, candidatesTried, candidatesConnected, stepsHistogram, ms: performance.now() - started };
}
