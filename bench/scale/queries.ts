// The queries the scale bench times, as GraphQL requests to the API (the documents of bench/lib/cases.ts): the route
// searches (weighted ones on both route engines), nextRoles and similarRoles from the pairs' roles, and recommendRoles
// for skill sets drawn from the pairs' target roles (a generated graph has its own skill ids, so the O*NET skill sets
// of bench/lib/cases.ts would name nothing).
import { readFileSync } from 'node:fs';
import { NEXT_ROLES_QUERY, RECOMMEND_QUERY, ROUTES_QUERY, SIMILAR_QUERY, type Pair } from '../lib/cases.js';
import type { RawReader } from '../lib/raw.js';
import type { Random } from '../../src/seeded-random.js';

export interface ScaleCase {
  name: string;
  request(sample: number): { query: string; variables: Record<string, unknown> };
  /** Rows or routes in an answer. */
  count(data: Record<string, unknown>): number;
  /** Sent to an API that ranks weighted routes in its own process (ROUTE_ENGINE=api), as on a Neo4j without the plugin. */
  routeEngine?: 'api';
}

const list = (data: Record<string, unknown>, field: string) => ((data[field] as unknown[] | null) ?? []).length;

function routesCase(optimize: 'STEPS' | 'MONTHS' | 'SKILLS_TO_LEARN', first: number, pairs: Pair[], routeEngine?: 'api'): ScaleCase {
  return {
    name: `careerPaths ${optimize} first ${first}${routeEngine ? ', in-API route engine' : ''}`,
    routeEngine,
    request: (i) => ({ query: ROUTES_QUERY, variables: { from: pairs[i].from, to: pairs[i].to, optimize, first } }),
    count: (data) => list(data, 'careerPaths'),
  };
}

export function buildScaleCases(pairs: Pair[], skillSets: string[][]): ScaleCase[] {
  return [
    routesCase('STEPS', 1, pairs),
    routesCase('MONTHS', 5, pairs),
    routesCase('SKILLS_TO_LEARN', 3, pairs),
    // STEPS is Cypher's SHORTEST on either engine: only the weighted orders are measured twice.
    routesCase('MONTHS', 5, pairs, 'api'),
    routesCase('SKILLS_TO_LEARN', 3, pairs, 'api'),
    {
      name: 'nextRoles first 5',
      request: (i) => ({ query: NEXT_ROLES_QUERY, variables: { role: pairs[i].from } }),
      count: (data) => list(data, 'nextRoles'),
    },
    {
      name: 'similarRoles first 10',
      request: (i) => ({ query: SIMILAR_QUERY, variables: { role: pairs[i].from } }),
      count: (data) => list(data, 'similarRoles'),
    },
    {
      name: 'recommendRoles first 10',
      request: (i) => ({ query: RECOMMEND_QUERY, variables: { skills: skillSets[i] } }),
      count: (data) => list(data, 'recommendRoles'),
    },
  ];
}

const SKILLS_OF_ROLES = readFileSync(new URL('./cypher/role-skills.cypher', import.meta.url), 'utf8').trim();

/**
 * Per pair, what a person moving to its target role might name: two of the target's technologies and one of its
 * rated skills, drawn with the seeded generator (fewer when the role has fewer).
 */
export async function drawSkillSets(reader: RawReader, pairs: Pair[], random: Random): Promise<string[][]> {
  const rows = await reader.readText('bench/scale/role-skills', SKILLS_OF_ROLES, { ids: [...new Set(pairs.map((p) => p.to))] }, 120_000);
  const byRole = new Map(rows.map((row) => [row.id as string, { rated: row.rated as string[], technologies: row.technologies as string[] }]));
  const draw = (ids: string[], count: number) => {
    const left = [...ids];
    const chosen: string[] = [];
    while (chosen.length < count && left.length > 0) chosen.push(left.splice(Math.floor(random() * left.length), 1)[0]);
    return chosen;
  };
  return pairs.map((pair) => {
    const skills = byRole.get(pair.to) ?? { rated: [], technologies: [] };
    return [...draw(skills.technologies, 2), ...draw(skills.rated, 1)];
  });
}
