// Route planning and overlap analytics checked against independent implementations on random graphs
// (fixed seed): exhaustive route enumeration, set arithmetic done here in the test, and the similarity formulas
// written out again (tests/support/plain-similarity.ts). Routes are checked on both route engines: the career.routes
// procedure and the search in the API (ROUTE_ENGINE=api), which must give identical answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { between, pick, seededRandom } from '../../src/seeded-random.js';
import {
  allRoutes,
  deleteRandomGraph,
  loadRandomGraph,
  makeRandomGraph,
  skillsToLearn,
  stepCost,
  type Optimization,
  type RandomGraph,
} from '../support/random-graph.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { plainRecommend, plainSimilar } from '../support/plain-similarity.js';
import type { RoleEvidence } from '../../src/data/similarity.js';

const random = seededRandom(20261125);
const graph: RandomGraph = makeRandomGraph(random, 200, 50, 3);
const PAIRS = 300;

let api: TestApi;
/** The same graph through the in-API route search (what a Neo4j without the plugin gets). */
let apiWithoutProcedure: TestApi;

const ROUTES_QUERY = `
  query Routes($from: ID!, $to: ID!, $optimize: PathOptimization, $first: Int, $maxSteps: Int, $avoid: [ID!], $knownSkills: [ID!]) {
    careerPaths(from: $from, to: $to, optimize: $optimize, first: $first, maxSteps: $maxSteps, avoid: $avoid, knownSkills: $knownSkills) {
      roles { id }
      totalSteps
      totalMonths { typical }
      totalSkillsToLearn
      steps { from { id } to { id } months { typical } skillsToLearn { id } }
    }
  }`;

interface ApiRoute {
  roles: { id: string }[];
  totalSteps: number;
  totalMonths: { typical: number };
  totalSkillsToLearn: number;
  steps: { from: { id: string }; to: { id: string }; months: { typical: number }; skillsToLearn: { id: string }[] }[];
}

beforeAll(async () => {
  api = await startTestApi();
  await deleteRandomGraph(api.driver);
  await loadRandomGraph(api.driver, graph);
  apiWithoutProcedure = await startTestApi({ ROUTE_ENGINE: 'api' });
});

afterAll(async () => {
  await deleteRandomGraph(api.driver);
  await api.close();
  await apiWithoutProcedure.close();
});

/** Every role's requirements, read here (not through the API) for the plain formulas. */
async function readEvidence(): Promise<RoleEvidence[]> {
  const { records } = await api.driver.executeQuery(`
    MATCH (r:Role)
    RETURN r.id AS id, r.jobZone AS jobZone, [(r)-[q:REQUIRES]->(s:Skill) | {skill: s.id, area: coalesce(s.areaId, s.id),
      importance: q.importance, importanceScore: q.importanceScore, level: q.level, isHotTechnology: q.isHotTechnology,
      isInDemand: q.isInDemand}] AS requirements`);
  return records.map((r) => {
    const role = r.toObject() as RoleEvidence;
    return { ...role, jobZone: role.jobZone == null ? null : Number(role.jobZone) };
  });
}

function costOf(route: ApiRoute, optimize: Optimization): number {
  if (optimize === 'STEPS') return route.totalSteps;
  if (optimize === 'MONTHS') return route.totalMonths.typical;
  return route.totalSkillsToLearn;
}

describe('careerPaths on random graphs, against exhaustive enumeration', () => {
  it(`agrees on ${PAIRS} random pairs for STEPS, MONTHS and SKILLS_TO_LEARN, with the same answers from both route engines`, async () => {
    expect([api.server.routeEngine?.name, apiWithoutProcedure.server.routeEngine?.name]).toEqual(['procedure', 'api']);
    const tally = { compared: 0, withRoute: 0, noRoute: 0 };
    for (let i = 0; i < PAIRS; i += 1) {
      const from = pick(random, graph.roles);
      const to = pick(
        random,
        graph.roles.filter((r) => r !== from),
      );
      const optimize = pick(random, ['STEPS', 'MONTHS', 'SKILLS_TO_LEARN'] as Optimization[]);
      const first = between(random, 1, 5);
      const maxSteps = between(random, 2, 6);
      const avoid =
        random() < 0.3
          ? [
              pick(
                random,
                graph.roles.filter((r) => r !== from && r !== to),
              ),
            ]
          : [];
      const known = random() < 0.3 ? [pick(random, graph.skills), pick(random, graph.skills)].filter((s, j, all) => all.indexOf(s) === j) : [];
      const knownSet = new Set(known);

      const expected = allRoutes(graph, from, to, { maxSteps, avoid: new Set(avoid), optimize, known: knownSet });
      const variables = { from, to, optimize, first, maxSteps, avoid, knownSkills: known };
      const response = await api.query<{ careerPaths: ApiRoute[] }>(ROUTES_QUERY, variables);
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      const routes = response.data!.careerPaths;
      const label = `${optimize} ${from} -> ${to} first=${first} maxSteps=${maxSteps} avoid=${avoid} known=${known}`;
      // route for route, tie-breaks included
      const inApi = await apiWithoutProcedure.query<{ careerPaths: ApiRoute[] }>(ROUTES_QUERY, variables);
      expect(inApi.errors, JSON.stringify(inApi.errors)).toBeUndefined();
      expect(inApi.data!.careerPaths, label).toEqual(routes);

      // the same optimal costs, in non-decreasing order, as many as exist up to `first`
      expect(
        routes.map((r) => costOf(r, optimize)),
        label,
      ).toEqual(expected.slice(0, first).map((r) => r.cost));
      // distinct, loopless, within bounds, avoiding, and each really a route of the graph with the totals it claims
      const sequences = routes.map((r) => r.roles.map((x) => x.id).join('>'));
      expect(new Set(sequences).size, label).toBe(routes.length);
      for (const route of routes) {
        const ids = route.roles.map((r) => r.id);
        expect(ids[0]).toBe(from);
        expect(ids.at(-1)).toBe(to);
        expect(new Set(ids).size, label).toBe(ids.length);
        expect(
          ids.some((id) => avoid.includes(id)),
          label,
        ).toBe(false);
        expect(route.totalSteps).toBe(ids.length - 1);
        expect(route.totalSteps).toBeLessThanOrEqual(maxSteps);
        let months = 0;
        let learn = 0;
        route.steps.forEach((step, s) => {
          expect([step.from.id, step.to.id]).toEqual([ids[s], ids[s + 1]]);
          expect(graph.edges.get(ids[s])!.has(ids[s + 1]), label).toBe(true);
          expect(step.months.typical).toBe(stepCost(graph, 'MONTHS', ids[s], ids[s + 1], knownSet));
          expect(step.skillsToLearn.map((x) => x.id).sort()).toEqual(skillsToLearn(graph, ids[s], ids[s + 1], knownSet));
          months += step.months.typical;
          learn += step.skillsToLearn.length;
        });
        expect(route.totalMonths.typical).toBe(months);
        expect(route.totalSkillsToLearn).toBe(learn);
      }
      tally.compared += 1;
      if (expected.length === 0) tally.noRoute += 1;
      else tally.withRoute += 1;
    }
    console.log(`careerPaths agreed with enumeration on ${tally.compared} pairs (${tally.withRoute} with routes, ${tally.noRoute} without)`);
    // the generator must exercise both outcomes, or the comparison proves little
    expect(tally.withRoute).toBeGreaterThan(PAIRS / 4);
    expect(tally.noRoute).toBeGreaterThan(PAIRS / 20);
  });
});

describe('skill analytics on the random graph, against set arithmetic', () => {
  const jaccardOf = (a: string, b: string) => {
    const x = graph.required.get(a)!;
    const y = graph.required.get(b)!;
    const shared = [...x].filter((s) => y.has(s));
    const union = new Set([...x, ...y]).size;
    return { shared, jaccard: union === 0 ? 0 : shared.length / union };
  };

  it('skillOverlap gives every pair of 20 roles its shared count and Jaccard index', async () => {
    const roles = graph.roles.filter((_, i) => i % 10 === 0).slice(0, 20);
    const { data, errors } = await api.query(
      `query($roles: [ID!]!) { skillOverlap(roles: $roles) { a { id } b { id } sharedCount jaccard sharedSkills(first: 100) { id } } }`,
      { roles },
    );
    expect(errors).toBeUndefined();
    expect(data!.skillOverlap).toHaveLength((20 * 19) / 2);
    for (const pair of data!.skillOverlap) {
      const { shared, jaccard } = jaccardOf(pair.a.id, pair.b.id);
      expect(pair.sharedCount).toBe(shared.length);
      expect(pair.jaccard).toBeCloseTo(jaccard, 10);
      expect(pair.sharedSkills.map((s: any) => s.id).sort()).toEqual(shared.sort());
    }
  });

  it('similarRoles ranks roles by the documented block cosine, with the right shared and missing skills', async () => {
    const evidence = await readEvidence();
    for (const role of graph.roles.filter((_, i) => i % 30 === 0)) {
      const { data, errors } = await api.query(
        `query($role: ID!) { similarRoles(role: $role, first: 10) { role { id } score sharedCount sharedSkills { id } missingSkills { id } } }`,
        { role },
      );
      expect(errors).toBeUndefined();
      // all roles in the graph (random ones and the seed's) compete; only random ones share random skills
      const expected = plainSimilar(evidence, role).slice(0, 10);
      const results = data!.similarRoles;
      expect(results.map((r: any) => r.role.id)).toEqual(expected.map((e) => e.roleId));
      expect(results.map((r: any) => r.score)).toEqual(expected.map((e) => expect.closeTo(e.score, 10)));
      const mine = graph.required.get(role)!;
      for (const result of results) {
        const theirs = graph.required.get(result.role.id)!;
        expect(result.sharedCount).toBe([...theirs].filter((s) => mine.has(s)).length);
        expect(result.sharedSkills.map((s: any) => s.id).sort()).toEqual([...theirs].filter((s) => mine.has(s)).sort());
        expect(result.missingSkills.map((s: any) => s.id).sort()).toEqual([...theirs].filter((s) => !mine.has(s)).sort());
      }
    }
  });

  it('recommendRoles ranks roles by the documented cosine and reports the weighted share covered', async () => {
    const skills = graph.skills.slice(0, 25);
    const { data, errors } = await api.query(
      `query($skills: [ID!]!) { recommendRoles(skills: $skills, first: 10) { role { id } coverage coveredSkills { id } missingSkills { id } } }`,
      { skills },
    );
    expect(errors).toBeUndefined();
    // The random graph has no PART_OF: every skill is its own area.
    const expected = plainRecommend(
      await readEvidence(),
      skills.map((skill) => ({ skill, area: skill })),
    ).slice(0, 10);
    expect(data!.recommendRoles.map((r: any) => r.role.id)).toEqual(expected.map((e) => e.roleId));
    expect(data!.recommendRoles.map((r: any) => r.coverage)).toEqual(expected.map((e) => expect.closeTo(e.coverage, 10)));
    for (const r of data!.recommendRoles) {
      expect(r.coverage).toBeGreaterThan(0);
      expect(r.missingSkills.map((s: any) => s.id).sort()).toEqual([...graph.required.get(r.role.id)!].filter((s) => !skills.includes(s)).sort());
    }
  });

  it('recommendRoles with `from` keeps only roles reachable within maxSteps', async () => {
    const from = graph.roles[0];
    const reachable = new Set<string>();
    let frontier = [from];
    for (let step = 0; step < 2; step += 1) {
      frontier = frontier.flatMap((r) => [...graph.edges.get(r)!.keys()]).filter((r) => r !== from && !reachable.has(r));
      frontier.forEach((r) => reachable.add(r));
    }
    const { data, errors } = await api.query(
      `query($skills: [ID!]!, $from: ID!) { recommendRoles(skills: $skills, from: $from, maxSteps: 2, first: 50) { role { id } steps } }`,
      { skills: graph.skills.slice(0, 10), from },
    );
    expect(errors).toBeUndefined();
    expect(data!.recommendRoles.length).toBe(Math.min(50, reachable.size));
    for (const r of data!.recommendRoles) expect(reachable.has(r.role.id)).toBe(true);
  });

  it('skillDemand counts the roles that require each skill and the transitions it opens', async () => {
    const { data, errors } = await api.query(`{ skillDemand(first: 100) { skill { id } roleCount transitionCount } }`);
    expect(errors).toBeUndefined();
    for (const entry of data!.skillDemand.filter((e: any) => e.skill.id.startsWith('rnd-'))) {
      const skill = entry.skill.id;
      const roleCount = graph.roles.filter((r) => graph.required.get(r)!.has(skill)).length;
      const transitionCount = [...graph.edges].reduce(
        (sum, [from, targets]) =>
          sum + [...targets.keys()].filter((to) => graph.required.get(to)!.has(skill) && !graph.required.get(from)!.has(skill)).length,
        0,
      );
      expect([skill, entry.roleCount, entry.transitionCount]).toEqual([skill, roleCount, transitionCount]);
    }
    const counts = data!.skillDemand.map((e: any) => e.roleCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
