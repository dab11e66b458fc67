// The in-API route search against exhaustive enumeration on random graphs (fixed seed), without a database: dense
// graphs with cycles, where the subgraph pruned from both ends (route-subgraph.ts) must lose no route and change no
// order. The same oracle checks both route engines through the API in tests/integration/paths-correctness.test.ts.
import { describe, expect, it } from 'vitest';
import { buildTransitionGraph, type ProjectionRow } from '../../src/data/route-projection.js';
import { searchRoutes, type RouteCost } from '../../src/data/route-search.js';
import { between, pick, seededRandom } from '../../src/seeded-random.js';
import { allRoutes, makeRandomGraph, type RandomGraph } from '../support/random-graph.js';

const projectionOf = (graph: RandomGraph): ProjectionRow[] =>
  graph.roles.map((id) => ({
    id,
    transitions: [...graph.edges.get(id)!].map(([to, months]) => [to, months] as [string, number]),
    areas: [...graph.required.get(id)!],
  }));

/** Cheapest first, then fewer steps, then role ids in order (the contract of career.routes). */
function byCostStepsIds(a: { roles: string[]; cost: number }, b: { roles: string[]; cost: number }): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.roles.length !== b.roles.length) return a.roles.length - b.roles.length;
  for (let i = 0; i < a.roles.length; i += 1) if (a.roles[i] !== b.roles[i]) return a.roles[i] < b.roles[i] ? -1 : 1;
  return 0;
}

describe('searchRoutes on random graphs', () => {
  const random = seededRandom(20261203);
  const cases = [makeRandomGraph(random, 40, 30, 3), makeRandomGraph(random, 80, 40, 4)];

  it('gives exactly the first k of every loopless route by cost, steps and ids (240 random queries)', () => {
    let withRoutes = 0;
    for (const graph of cases) {
      const projection = buildTransitionGraph(projectionOf(graph));
      for (let i = 0; i < 120; i += 1) {
        const optimize = pick(random, ['STEPS', 'MONTHS', 'SKILLS_TO_LEARN'] as RouteCost[]);
        const [from, to] = [pick(random, graph.roles), pick(random, graph.roles)];
        const maxSteps = between(random, 1, 6);
        const first = between(random, 1, 8);
        const avoid =
          random() < 0.4 ? Array.from({ length: between(random, 1, 6) }, () => pick(random, graph.roles)).filter((r) => r !== from && r !== to) : [];
        const known = random() < 0.4 ? Array.from({ length: between(random, 1, 10) }, () => pick(random, graph.skills)) : [];
        const expected = allRoutes(graph, from, to, { maxSteps, avoid: new Set(avoid), optimize, known: new Set(known) })
          .sort(byCostStepsIds)
          .slice(0, from === to ? 0 : first);
        const actual = searchRoutes(projection, { from, to, optimize, first, maxSteps, avoid, knownSkills: known });
        expect(actual.map((r) => ({ roles: r.roleIds, cost: r.cost }))).toEqual(expected);
        if (expected.length > 0) withRoutes += 1;
      }
    }
    // The oracle must have had something to compare: most random pairs are connected.
    expect(withRoutes).toBeGreaterThan(60);
  });
});
