// The route-search options on the same pairs, straight through the driver, interleaved pair by pair:
// (a) fewest steps by Cypher SHORTEST (paths/fewest-steps) against career.routes with optimize STEPS;
// (b) least months by career.routes against Cypher bounded expansion (all loopless routes up to N steps, ranked),
//     with a per-query timeout, N = 3 and 4 (6 does not finish), on a subset of the pairs.
// Each answer is kept, so the options are checked against each other where both finish.
import { cypher } from '../../src/db/cypher.js';
import { isTimeout } from '../../src/db/database.js';
import { benchCypher } from './bench-cypher.js';
import type { Pair } from './cases.js';
import type { RawReader } from './raw.js';
import { summarize, type Summary } from './stats.js';

export interface PathVariant {
  name: string;
  /** How routes are found, for the table. */
  method: string;
  optimize: 'STEPS' | 'MONTHS';
  first: number;
  maxSteps: number;
  text: string;
  /** Run on the first expansionPairs pairs only. */
  isSubset?: boolean;
  timeoutMs?: number;
}

export interface Answer {
  routes: string[][];
  costs: number[];
}

export interface VariantResult {
  name: string;
  method: string;
  optimize: string;
  first: number;
  maxSteps: number;
  pairs: number;
  finished: Summary;
  timeouts: number;
  failures: string[];
  /** Pairs with at least one route. */
  withRoutes: number;
  answers: (Answer | null)[];
}

export interface Agreement {
  a: string;
  b: string;
  /** Pairs where both finished. */
  compared: number;
  /** Same costs in the same order (the ranking agrees; ties may be broken differently). */
  sameCosts: number;
  /** Same routes in the same order. */
  sameRoutes: number;
  firstDisagreement?: string;
}

export function pathVariants(expansionTimeoutMs: number): PathVariant[] {
  const shortest = cypher('paths/fewest-steps-within-6');
  const shortestWithin8 = cypher('paths/fewest-steps-within-8');
  const routes = cypher('paths/weighted-routes');
  return [
    {
      name: 'SHORTEST k=1',
      method: 'Cypher SHORTEST 10 {1,6} (paths/fewest-steps-within-6)',
      optimize: 'STEPS',
      first: 1,
      maxSteps: 6,
      text: shortest,
    },
    { name: 'career.routes STEPS k=1', method: 'career.routes procedure', optimize: 'STEPS', first: 1, maxSteps: 6, text: routes },
    {
      name: 'SHORTEST {1,8} k=1',
      method: 'Cypher SHORTEST 10 {1,8} (paths/fewest-steps-within-8)',
      optimize: 'STEPS',
      first: 1,
      maxSteps: 6,
      text: shortestWithin8,
    },
    {
      name: 'SHORTEST 1 {1,6} k=1',
      method: 'candidate: SHORTEST 1, quantifier {1,6}',
      optimize: 'STEPS',
      first: 1,
      maxSteps: 6,
      text: benchCypher('candidates/fewest-steps-shortest-1-within-6'),
    },
    {
      name: 'SHORTEST k=5',
      method: 'Cypher SHORTEST 10 {1,6} (paths/fewest-steps-within-6)',
      optimize: 'STEPS',
      first: 5,
      maxSteps: 6,
      text: shortest,
    },
    { name: 'career.routes STEPS k=5', method: 'career.routes procedure', optimize: 'STEPS', first: 5, maxSteps: 6, text: routes },
    {
      name: 'SHORTEST {1,8} k=5',
      method: 'Cypher SHORTEST 10 {1,8} (paths/fewest-steps-within-8)',
      optimize: 'STEPS',
      first: 5,
      maxSteps: 6,
      text: shortestWithin8,
    },
    { name: 'career.routes MONTHS k=5', method: 'career.routes procedure', optimize: 'MONTHS', first: 5, maxSteps: 6, text: routes },
    ...[3, 4].flatMap((n): PathVariant[] => [
      {
        name: `career.routes MONTHS k=5 N=${n}`,
        method: 'career.routes procedure',
        optimize: 'MONTHS',
        first: 5,
        maxSteps: n,
        text: routes,
        isSubset: true,
      },
      {
        name: `expansion MONTHS k=5 N=${n}`,
        method: `Cypher *1..${n} expansion, sorted (bench/cypher/bounded-months-${n})`,
        optimize: 'MONTHS',
        first: 5,
        maxSteps: n,
        text: benchCypher(`bounded-months-${n}`),
        isSubset: true,
        timeoutMs: expansionTimeoutMs,
      },
    ]),
  ];
}

/** The pairs of variants whose answers must agree, and the (b) comparisons. */
export const AGREEMENTS: [string, string][] = [
  ['SHORTEST k=1', 'career.routes STEPS k=1'],
  ['SHORTEST {1,8} k=1', 'career.routes STEPS k=1'],
  ['SHORTEST 1 {1,6} k=1', 'career.routes STEPS k=1'],
  ['SHORTEST k=5', 'career.routes STEPS k=5'],
  ['SHORTEST {1,8} k=5', 'career.routes STEPS k=5'],
  ['expansion MONTHS k=5 N=3', 'career.routes MONTHS k=5 N=3'],
  ['expansion MONTHS k=5 N=4', 'career.routes MONTHS k=5 N=4'],
];

export async function measurePathOptions(
  reader: RawReader,
  pairs: Pair[],
  expansionPairs: number,
  variants: PathVariant[],
  log: (line: string) => void,
): Promise<{ results: VariantResult[]; agreements: Agreement[] }> {
  const times = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  const answers = new Map<string, (Answer | null)[]>(variants.map((v) => [v.name, []]));
  const timeouts = new Map<string, number>(variants.map((v) => [v.name, 0]));
  const failures = new Map<string, string[]>(variants.map((v) => [v.name, []]));

  const run = async (variant: PathVariant, pair: Pair) => {
    const params = {
      from: pair.from,
      to: pair.to,
      optimize: variant.optimize,
      first: variant.first,
      maxSteps: variant.maxSteps,
      avoid: [],
      knownSkills: [],
    };
    const started = performance.now();
    try {
      const rows = await reader.readText(variant.name, variant.text, params, variant.timeoutMs ?? 30_000);
      times.get(variant.name)!.push(performance.now() - started);
      answers.get(variant.name)!.push({ routes: rows.map((r) => r.roleIds as string[]), costs: rows.map((r) => Number(r.cost)) });
    } catch (error) {
      answers.get(variant.name)!.push(null);
      if (isTimeout(error)) timeouts.set(variant.name, timeouts.get(variant.name)! + 1);
      else failures.get(variant.name)!.push(`${pair.from} -> ${pair.to}: ${(error as Error).message.slice(0, 200)}`);
    }
  };

  // Plans compiled before timing.
  for (const variant of variants) await run(variant, pairs[0]).catch(() => {});
  for (const variant of variants) {
    times.set(variant.name, []);
    answers.set(variant.name, []);
    timeouts.set(variant.name, 0);
    failures.set(variant.name, []);
  }

  const progressEvery = Math.max(1, Math.floor(pairs.length / 5));
  for (let i = 0; i < pairs.length; i += 1) {
    for (const variant of variants) {
      if (variant.isSubset && i >= expansionPairs) continue;
      await run(variant, pairs[i]);
    }
    if ((i + 1) % progressEvery === 0) log(`${i + 1}/${pairs.length} pairs`);
  }

  const results = variants.map((variant): VariantResult => {
    const found = answers.get(variant.name)!;
    return {
      name: variant.name,
      method: variant.method,
      optimize: variant.optimize,
      first: variant.first,
      maxSteps: variant.maxSteps,
      pairs: found.length,
      finished: summarize(times.get(variant.name)!),
      timeouts: timeouts.get(variant.name)!,
      failures: failures.get(variant.name)!,
      withRoutes: found.filter((a) => a !== null && a.routes.length > 0).length,
      answers: found,
    };
  });
  const agreements = AGREEMENTS.map(([a, b]) => compareAnswers(a, b, answers.get(a)!, answers.get(b)!, pairs));
  return { results, agreements };
}

const sameNumbers = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) < 1e-6);

function compareAnswers(a: string, b: string, left: (Answer | null)[], right: (Answer | null)[], pairs: Pair[]): Agreement {
  let compared = 0;
  let sameCosts = 0;
  let sameRoutes = 0;
  let firstDisagreement: string | undefined;
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const x = left[i];
    const y = right[i];
    if (!x || !y) continue;
    compared += 1;
    if (sameNumbers(x.costs, y.costs)) sameCosts += 1;
    else firstDisagreement ??= `${pairs[i].from} -> ${pairs[i].to}: costs ${x.costs.join(',')} vs ${y.costs.join(',')}`;
    if (JSON.stringify(x.routes) === JSON.stringify(y.routes)) sameRoutes += 1;
  }
  return { a, b, compared, sameCosts, sameRoutes, ...(firstDisagreement ? { firstDisagreement } : {}) };
}
