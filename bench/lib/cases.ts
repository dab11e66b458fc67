// The measured queries: each as a GraphQL request to the API and as the API's own Cypher statements sent straight
// through the driver (same text, same parameters, same order, including the resolver's existence checks). The
// statement sequences mirror src/graphql/resolvers and src/data; the bench checks that the API reports as many
// statements (extensions.cypherStatements) as the mirror sent.
import { encodeCursor } from '../../src/data/pagination.js';
import { consecutivePairs } from '../../src/data/route-assembly.js';
import type { RawReader, Row } from './raw.js';
import type { Random } from '../../src/seeded-random.js';

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
}

const ROUTES_QUERY = /* GraphQL */ `
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

const SIMILAR_QUERY = /* GraphQL */ `
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
const listAt = (data: Record<string, unknown>, field: string): unknown[] => (data[field] as unknown[] | null) ?? [];

function careerPathsCase(optimize: 'STEPS' | 'MONTHS', first: number, work: Workload): QueryCase {
  return {
    name: `careerPaths ${optimize} first ${first}`,
    isPathQuery: true,
    graphql: (i) => ({ query: ROUTES_QUERY, variables: { from: work.pairs[i].from, to: work.pairs[i].to, optimize, first } }),
    // resolvers/paths.ts: knownSkills and avoid are empty (no existence checks before the search); data/paths.ts
    // findCareerRoutes (the search, then the step details, which carry the roles); the ends are checked only when
    // no route comes back.
    async raw(reader, i) {
      const { from, to } = work.pairs[i];
      const query = { from, to, optimize, first, maxSteps: 6, avoid: [] as string[], knownSkills: [] as string[] };
      const found = await reader.read(optimize === 'STEPS' ? 'paths/fewest-steps-within-6' : 'paths/weighted-routes', { ...query });
      const routes = found.map((row) => row.roleIds as string[]);
      if (routes.length === 0) {
        await reader.read('roles/missing-ids', { ids: unique([query.from, query.to]) });
        return 0;
      }
      await reader.read('paths/steps', { pairs: consecutivePairs(routes), knownSkills: query.knownSkills });
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
    {
      name: 'similarRoles first 10',
      isPathQuery: false,
      graphql: (i) => ({ query: SIMILAR_QUERY, variables: { role: work.pairs[i].from } }),
      async raw(reader, i) {
        const role = work.pairs[i].from;
        await reader.read('roles/missing-ids', { ids: [role] });
        return (await reader.read('analytics/similar-roles', { id: role, first: 10 })).length;
      },
      count: (data) => listAt(data, 'similarRoles').length,
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
        await Promise.all([
          reader.read('roles/by-ids', { ids: unique(rows.flatMap((row: Row) => [row.a as string, row.b as string])) }),
          skillIds.length > 0 ? reader.read('skills/by-ids', { ids: skillIds }) : Promise.resolve([]),
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
        const filter = { titleContains: null, track: null, skill: null, source: null };
        const [page] = await reader.read('roles/page', { ...filter, after: work.pageAfter[i], limit: 50 });
        const ids = ((page?.items as { id: string }[]) ?? []).map((role) => role.id);
        if (ids.length === 0) return 0;
        // Role.skills and Role.hiringCompanies: two loaders, dispatched together.
        await Promise.all([reader.read('roles/skills', { ids }), reader.read('roles/hiring-companies', { ids })]);
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
