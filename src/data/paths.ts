// Career routes: the search runs in Neo4j (Cypher SHORTEST for steps, the career.routes procedure for weighted
// costs); then one statement fetches every step's details for all routes at once.
import type { Database, Row } from '../db/database.js';
import type { FactSource, NamedRecord, RoleRecord, SkillRecord } from './records.js';
import { assembleRoute, consecutivePairs, pairKey, type CareerRouteRecord, type StepDetail } from './route-assembly.js';

export type PathOptimization = 'STEPS' | 'MONTHS' | 'SKILLS_TO_LEARN';

export interface RouteQuery {
  from: string;
  to: string;
  optimize: PathOptimization;
  first: number;
  maxSteps: number;
  avoid: string[];
  knownSkills: string[];
}

/** Cypher's SHORTEST needs its bounds as literals: the narrower statement serves the common maxSteps <= 6. */
function searchStatement(query: RouteQuery): string {
  if (query.optimize !== 'STEPS') return 'paths/weighted-routes';
  return query.maxSteps <= 6 ? 'paths/fewest-steps-within-6' : 'paths/fewest-steps-within-8';
}

export async function findCareerRoutes(db: Database, query: RouteQuery): Promise<CareerRouteRecord[]> {
  const statement = searchStatement(query);
  const found = await db.read(statement, { ...query });
  return findRouteDetails(db, found.map((row) => row.roleIds as string[]), query.knownSkills);
}

/** Full routes (steps, skills to learn, totals) for role sequences, with one statement for all of them. */
export async function findRouteDetails(db: Database, routes: string[][], knownSkills: string[]): Promise<CareerRouteRecord[]> {
  if (routes.length === 0) return [];
  const details = await findStepDetails(db, consecutivePairs(routes), knownSkills);
  return routes.map((roleIds) => assembleRoute(roleIds, details));
}

async function findStepDetails(
  db: Database,
  pairs: { from: string; to: string }[],
  knownSkills: string[],
): Promise<Map<string, StepDetail>> {
  const rows = await db.read('paths/steps', { pairs, knownSkills });
  return new Map(rows.map((row) => [pairKey(row.fromId as string, row.toId as string), toStepDetail(row)]));
}

function toStepDetail(row: Row): StepDetail {
  const t = row.transition as Record<string, unknown>;
  return {
    fromId: row.fromId as string,
    toId: row.toId as string,
    from: row.fromRole as RoleRecord,
    to: row.toRole as RoleRecord,
    months: {
      typical: (t.monthsTypical as number | undefined) ?? null,
      min: (t.monthsMin as number | undefined) ?? null,
      max: (t.monthsMax as number | undefined) ?? null,
    },
    kind: (t.kind as string | undefined) ?? null,
    keyArtifacts: (t.keyArtifacts as string[] | undefined) ?? [],
    source: t.source as FactSource,
    skillsToLearn: row.skillsToLearn as SkillRecord[],
    certifications: row.certifications as NamedRecord[],
    courses: row.courses as NamedRecord[],
  };
}
