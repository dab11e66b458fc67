// Random career graphs (fixed seed) and an independent route oracle: plain depth-first enumeration of every
// loopless route, which is slow but obviously right on small graphs.
import type { Driver } from 'neo4j-driver';
import { between, pick } from '../../src/seeded-random.js';

export interface RandomGraph {
  roles: string[];
  skills: string[];
  required: Map<string, Set<string>>;
  edges: Map<string, Map<string, number>>; // from -> to -> months
}

export const ID_PREFIX = 'rnd-';

/**
 * Two components (so some pairs have no route), random out-edges within each (cycles appear naturally),
 * random months 1-48 and 3-12 required skills per role from a shared pool.
 */
export function makeRandomGraph(random: () => number, roleCount: number, skillCount: number, outDegree: number): RandomGraph {
  const roles = Array.from({ length: roleCount }, (_, i) => `${ID_PREFIX}role-${i}`);
  const skills = Array.from({ length: skillCount }, (_, i) => `${ID_PREFIX}skill-${i}`);
  const required = new Map(roles.map((r) => [r, new Set(Array.from({ length: between(random, 3, 12) }, () => pick(random, skills)))]));
  const split = Math.floor(roleCount * 0.8);
  const edges = new Map<string, Map<string, number>>(roles.map((r) => [r, new Map()]));
  roles.forEach((from, i) => {
    const component = i < split ? roles.slice(0, split) : roles.slice(split);
    const count = between(random, 0, outDegree * 2);
    for (let e = 0; e < count; e += 1) {
      const to = pick(random, component);
      if (to !== from) edges.get(from)!.set(to, between(random, 1, 48));
    }
  });
  return { roles, skills, required, edges };
}

export async function loadRandomGraph(driver: Driver, graph: RandomGraph): Promise<void> {
  await driver.executeQuery(`UNWIND $skills AS id CREATE (:Skill {id: id, name: 'Random ' + id, category: 'TEST', source: 'derived'})`, {
    skills: graph.skills,
  });
  await driver.executeQuery(
    `UNWIND $roles AS role
     CREATE (r:Role {id: role.id, title: 'Random ' + role.id, source: 'derived'})
     WITH r, role
     UNWIND role.skills AS skillId
     MATCH (s:Skill {id: skillId})
     CREATE (r)-[:REQUIRES {importance: 'REQUIRED', source: 'derived'}]->(s)`,
    { roles: graph.roles.map((id) => ({ id, skills: [...graph.required.get(id)!] })) },
  );
  const transitions = [...graph.edges].flatMap(([from, targets]) => [...targets].map(([to, months]) => ({ from, to, months })));
  await driver.executeQuery(
    `UNWIND $transitions AS t
     MATCH (a:Role {id: t.from}), (b:Role {id: t.to})
     CREATE (a)-[:TRANSITIONS_TO {monthsTypical: toFloat(t.months), monthsMin: toFloat(t.months) / 2, monthsMax: toFloat(t.months) * 2, kind: 'CAREER_CHANGE', source: 'derived'}]->(b)`,
    { transitions },
  );
}

export async function deleteRandomGraph(driver: Driver): Promise<void> {
  await driver.executeQuery(`MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, { prefix: ID_PREFIX });
}

export type Optimization = 'STEPS' | 'MONTHS' | 'SKILLS_TO_LEARN';

export function skillsToLearn(graph: RandomGraph, from: string, to: string, known: Set<string>): string[] {
  const have = graph.required.get(from)!;
  return [...graph.required.get(to)!].filter((s) => !have.has(s) && !known.has(s)).sort();
}

export function stepCost(graph: RandomGraph, optimize: Optimization, from: string, to: string, known: Set<string>): number {
  if (optimize === 'STEPS') return 1;
  if (optimize === 'MONTHS') return graph.edges.get(from)!.get(to)!;
  return skillsToLearn(graph, from, to, known).length;
}

/** Every loopless route from `from` to `to` with at most maxSteps transitions avoiding `avoid`, with its cost. */
export function allRoutes(
  graph: RandomGraph,
  from: string,
  to: string,
  options: { maxSteps: number; avoid: Set<string>; optimize: Optimization; known: Set<string> },
): { roles: string[]; cost: number }[] {
  const routes: { roles: string[]; cost: number }[] = [];
  if (options.avoid.has(from) || options.avoid.has(to)) return routes;
  const path = [from];
  const visit = (node: string, cost: number) => {
    if (node === to && path.length > 1) {
      routes.push({ roles: [...path], cost });
      return;
    }
    if (path.length - 1 === options.maxSteps) return;
    for (const next of graph.edges.get(node)!.keys()) {
      if (path.includes(next) || options.avoid.has(next)) continue;
      path.push(next);
      visit(next, cost + stepCost(graph, options.optimize, node, next, options.known));
      path.pop();
    }
  };
  visit(from, 0);
  return routes.sort((a, b) => a.cost - b.cost);
}
