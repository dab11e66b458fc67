// The measured queries: each as a GraphQL request to the API and as the API's own Cypher statements sent straight
// through the driver (same text, same parameters, same order, including the resolver's existence checks). The
// statement sequences mirror src/graphql/resolvers and src/data; the bench checks that the API reports as many
// statements (extensions.cypherStatements) as the mirror sent.
import { encodeCursor } from '../../src/data/pagination.js';
import type { RawReader, Row } from './raw.js';
import type { Database } from '../../src/db/database.js';
import { findSimilarRoles, recommendRoles } from '../../src/data/role-matching.js';
import { findNextRoles } from '../../src/data/next-roles.js';
import { findRequirements, stepDetailsParams } from '../../src/data/paths.js';
import { consecutivePairs } from '../../src/data/route-assembly.js';
import { resolveReferences } from '../../src/graphql/references.js';
import type { Random } from '../../src/seeded-random.js';
import { chooseRouteEngine, findWeightedRoutes } from '../../src/data/route-engine.js';

export interface Pair {
  from: string;
  to: string;
  /** Fewest transitions between them (1-6). */
  steps: number;
}

export interface Workload {
  pairs: Pair[];
  /** Every role id, sorted. */
  roleIds: string[];
  /** Per sample: the 20 roles of skillOverlap. */
  overlapRoles: string[][];
  /** Per sample: the `after` id of the roles page (null: the first page). */
  pageAfter: (string | null)[];
}

export interface QueryCase {
  name: string;
  isPathQuery: boolean;
  graphql(sample: number): { query: string; variables: Record<string, unknown> };
  /** The same work through the driver; returns a figure to compare with the API's answer (route or row count). */
  raw(reader: RawReader, sample: number): Promise<number>;
  /** The same figure from the API's data. */
  count(data: Record<string, unknown>): number;
  /** Measured against an API that ranks weighted routes in its own process (ROUTE_ENGINE=api), as on a Neo4j without the plugin. */
  routeEngine?: 'api';
}

export const ROUTES_QUERY = /* GraphQL */ `
  query Routes($from: ID!, $to: ID!, $optimize: PathOptimization!, $first: Int!) {
    careerPaths(from: $from, to: $to, optimize: $optimize, first: $first) {
      totalSteps
      totalMonths { typical min max }
      totalSkillsToLearn
      roles { id title }
      steps {
        from { id }
        to { id }
        months { typical }
        kind
        skillsToLearn { id name }
        certifications { id name }
        courses { id name }
      }
    }
  }
`;

export const SIMILAR_QUERY = /* GraphQL */ `
  query Similar($role: ID!) {
    similarRoles(role: $role, first: 10) {
      role { id title }
      score
      sharedCount
      sharedSkills { id name }
      missingSkills { id name }
    }
  }
`;

export const RECOMMEND_QUERY = /* GraphQL */ `
  query Recommend($skills: [ID!]!) {
    recommendRoles(skills: $skills, first: 10) {
      role { id title }
      coverage
      coveredSkills { id name }
      missingSkills { id name }
    }
  }
`;

/** What people name: a few tools, a few O*NET skills and knowledge areas, or a mix (ids of the O*NET 29.3 import). */
const RECOMMEND_SKILL_SETS: string[][] = [
  ['python', 'cpp'],
  ['onet-knowledge-medicine-and-dentistry', 'onet-skill-active-listening'],
  ['structured-query-language-sql', 'microsoft-excel', 'onet-knowledge-mathematics'],
  ['onet-knowledge-sales-and-marketing', 'onet-skill-persuasion', 'onet-knowledge-customer-and-personal-service'],
  ['onet-knowledge-mechanical', 'onet-skill-repairing'],
  ['pytorch', 'tensorflow', 'python', 'onet-skill-programming'],
  ['onet-knowledge-law-and-government', 'onet-skill-critical-thinking'],
  ['onet-knowledge-biology', 'onet-knowledge-engineering-and-technology'],
];

export const NEXT_ROLES_QUERY = /* GraphQL */ `
  query Next($role: ID!) {
    nextRoles(role: $role, first: 5) {
      role { id title }
      direction
      coverage
      score
      months { typical }
      missingSkills { id name }
    }
  }
`;

const OVERLAP_QUERY = /* GraphQL */ `
  query Overlap($roles: [ID!]!) {
    skillOverlap(roles: $roles) {
      a { id }
      b { id }
      sharedCount
      jaccard
      sharedSkills(first: 5) { id name }
    }
  }
`;

const ROLES_QUERY = /* GraphQL */ `
  query Roles($after: String) {
    roles(first: 50, after: $after) {
      edges {
        node {
          id
          title
          skills { skill { id name } }
          hiringCompanies { id name }
        }
      }
    }
  }
`;

const unique = (ids: string[]): string[] => [...new Set(ids)];

/** One key for the bench process's similarity model (role-matching caches it per driver, as the API does). */
const RAW_MODEL_KEY = {};

/**
 * The data layer's own functions over the bare driver: for queries whose work is partly in the API process
 * (ranking, assembly), the mirror runs that same code instead of a copy that would drift from it.
 */
function throughReader(reader: RawReader): Database {
  return { driver: RAW_MODEL_KEY, read: (name: string, params?: Record<string, unknown>) => reader.read(name, params) } as unknown as Database;
}
const listAt = (data: Record<string, unknown>, field: string): unknown[] => (data[field] as unknown[] | null) ?? [];

// The in-API engine's mirror keeps its own cached transition graph, as the API process does.
const IN_API_ENGINE_KEY = {};
let inApiEngine: Promise<unknown> | undefined;
async function inApiReader(reader: RawReader): Promise<Database> {
  const db = {
    driver: IN_API_ENGINE_KEY,
    read: (name: string, params?: Record<string, unknown>) => reader.read(name, params),
  } as unknown as Database;
  await (inApiEngine ??= chooseRouteEngine(db, 'api'));
  return db;
}

export function careerPathsCase(optimize: 'STEPS' | 'MONTHS', first: number, work: Workload, routeEngine?: 'api'): QueryCase {
  return {
    name: `careerPaths ${optimize} first ${first}${routeEngine ? ', in-API route engine' : ''}`,
    routeEngine,
    isPathQuery: true,
    graphql: (i) => ({ query: ROUTES_QUERY, variables: { from: work.pairs[i].from, to: work.pairs[i].to, optimize, first } }),
    // resolvers/paths.ts: knownSkills and avoid are empty (no existence checks before the search); data/paths.ts
    // findCareerRoutes: the search, then the step details (findStepDetails: the transitions with the routes' roles
    // and focus skills, and the REQUIRED skills of those roles, at once); the ends are checked only when no route
    // comes back. Statements only: the skills to learn are worked out in the API alone.
    async raw(reader, i) {
      const { from, to } = work.pairs[i];
      const query = { from, to, optimize, first, maxSteps: 6, avoid: [] as string[], knownSkills: [] as string[] };
      const found = routeEngine
        ? await findWeightedRoutes(await inApiReader(reader), query)
        : await reader.read(optimize === 'STEPS' ? 'paths/fewest-steps-within-6' : 'paths/weighted-routes', { ...query });
      const routes = found.map((row) => row.roleIds as string[]);
      if (routes.length === 0) {
        await reader.read('roles/missing-ids', { ids: unique([query.from, query.to]) });
        return 0;
      }
      const pairs = consecutivePairs(routes);
      await Promise.all([
        // The query's roles { id title }, steps { from { id } to { id } certifications courses }.
        reader.read('paths/steps', stepDetailsParams(pairs, { roleProps: ['id', 'title'], withHelps: true })),
        // The query's skillsToLearn { id name }: no other skill property.
        findRequirements(
          throughReader(reader),
          pairs.flatMap((p) => [p.from, p.to]),
          'REQUIRED',
          ['id', 'name'],
        ),
      ]);
      return routes.length;
    },
    count: (data) => listAt(data, 'careerPaths').length,
  };
}

export function buildCases(work: Workload): QueryCase[] {
  return [
    careerPathsCase('STEPS', 1, work),
    careerPathsCase('STEPS', 5, work),
    careerPathsCase('MONTHS', 1, work),
    careerPathsCase('MONTHS', 5, work),
    careerPathsCase('MONTHS', 5, work, 'api'),
    {
      name: 'similarRoles first 10',
      isPathQuery: false,
      graphql: (i) => ({ query: SIMILAR_QUERY, variables: { role: work.pairs[i].from } }),
      // resolvers/paths.ts: the role's reference, then data/role-matching.ts (evidence fingerprint, the ranking in
      // memory on the model built once, the records of the rows).
      async raw(reader, i) {
        const db = throughReader(reader);
        const [role] = await resolveReferences(db, 'Role', { role: work.pairs[i].from });
        return (await findSimilarRoles(db, role, 10)).length;
      },
      count: (data) => listAt(data, 'similarRoles').length,
    },
    {
      name: 'recommendRoles first 10',
      isPathQuery: false,
      graphql: (i) => ({ query: RECOMMEND_QUERY, variables: { skills: RECOMMEND_SKILL_SETS[i % RECOMMEND_SKILL_SETS.length] } }),
      async raw(reader, i) {
        const db = throughReader(reader);
        const skills = await resolveReferences(db, 'Skill', { skills: RECOMMEND_SKILL_SETS[i % RECOMMEND_SKILL_SETS.length] });
        return (await recommendRoles(db, skills, 10, null, 3)).length;
      },
      count: (data) => listAt(data, 'recommendRoles').length,
    },
    {
      name: 'nextRoles first 5',
      isPathQuery: false,
      graphql: (i) => ({ query: NEXT_ROLES_QUERY, variables: { role: work.pairs[i].from } }),
      async raw(reader, i) {
        const db = throughReader(reader);
        const [roleId] = await resolveReferences(db, 'Role', { role: work.pairs[i].from });
        // The query selects no route: its skills to learn are read with ids and names only, its roles with the next
        // role's { id title }, and no certifications or courses, as the API reads them.
        const steps = { roleProps: ['id', 'title'], withHelps: false };
        const query = { roleId, knownSkills: [], first: 5, intent: 'ADVANCE' as const, experienceYears: null, skillProps: ['id'], steps };
        return (await findNextRoles(db, query)).length;
      },
      count: (data) => listAt(data, 'nextRoles').length,
    },
    {
      name: 'skillOverlap of 20 roles',
      isPathQuery: false,
      graphql: (i) => ({ query: OVERLAP_QUERY, variables: { roles: work.overlapRoles[i] } }),
      async raw(reader, i) {
        const ids = work.overlapRoles[i];
        await reader.read('roles/missing-ids', { ids: unique(ids) });
        const rows = await reader.read('analytics/overlap', { ids });
        // RolePairOverlap.a/b (roleById) and .sharedSkills (skillById) load in the same tick: two batches at once.
        const skillIds = unique(rows.flatMap((row: Row) => (row.shared as { id: string }[]).slice(0, 5).map((s) => s.id)));
        // Each with the properties the query selects: a { id }, b { id }, sharedSkills { id name }.
        await Promise.all([
          reader.read('roles/by-ids', { ids: unique(rows.flatMap((row: Row) => [row.a as string, row.b as string])), props: ['id'] }),
          skillIds.length > 0 ? reader.read('skills/by-ids', { ids: skillIds, props: ['id', 'name'] }) : Promise.resolve([]),
        ]);
        return rows.length;
      },
      count: (data) => listAt(data, 'skillOverlap').length,
    },
    {
      name: 'roles first 50 with skills, companies',
      isPathQuery: false,
      graphql: (i) => ({ query: ROLES_QUERY, variables: { after: work.pageAfter[i] === null ? null : encodeCursor(work.pageAfter[i]!) } }),
      async raw(reader, i) {
        const filter = { titleContains: null, track: null, skill: null, source: null, escoUri: null };
        // The query selects no totalCount: the API's page reads without the count (withCount false).
        const [page] = await reader.read('roles/page', { ...filter, after: work.pageAfter[i], limit: 50, props: ['id', 'title'], withCount: false });
        const ids = ((page?.items as string[][]) ?? []).map((values) => values[0]);
        if (ids.length === 0) return 0;
        // Role.skills and Role.hiringCompanies: two loaders, dispatched together, with the selected properties.
        await Promise.all([
          reader.read('roles/skill-requirements', {
            requests: ids.map((id) => ({ id, importance: null })),
            extraProps: [],
            extraRequirementProps: [],
            roleProps: [],
            withAreas: true,
            withParts: false,
          }),
          reader.read('roles/hiring-companies', { ids, props: ['id', 'name'] }),
        ]);
        return ids.length;
      },
      count: (data) => ((data.roles as { edges: unknown[] } | undefined)?.edges ?? []).length,
    },
  ];
}

/** The per-sample inputs besides the pairs: overlap role sets and page starts, from the seeded generator. */
export function buildWorkload(pairs: Pair[], roleIds: string[], random: Random): Workload {
  const overlapRoles = pairs.map(() => {
    const chosen = new Set<string>();
    while (chosen.size < 20) chosen.add(roleIds[Math.floor(random() * roleIds.length)]);
    return [...chosen];
  });
  const pageAfter = pairs.map((_, i) => (i === 0 ? null : roleIds[Math.floor(random() * Math.max(1, roleIds.length - 50))]));
  return { pairs, roleIds, overlapRoles, pageAfter };
}
