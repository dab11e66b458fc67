// "Your next role": roles one or two transitions away, ranked by a score of skill coverage and time.
import type { Database } from '../db/database.js';
import { findRouteDetails } from './paths.js';
import type { RoleRecord, SkillRecord } from './records.js';
import type { CareerRouteRecord } from './route-assembly.js';

export interface NextRoleRecord {
  role: RoleRecord;
  route: CareerRouteRecord;
  coverage: number;
  missingSkills: SkillRecord[];
  score: number;
}

/** Routes of five years or more earn no speed credit. */
const SPEED_HORIZON_MONTHS = 60;

/** 0.6 x coverage + 0.4 x speed (1 for an instant move, 0 at the horizon): documented in the schema. */
export function nextRoleScore(coverage: number, months: number): number {
  const speed = 1 - Math.min(Math.max(months, 0), SPEED_HORIZON_MONTHS) / SPEED_HORIZON_MONTHS;
  return 0.6 * coverage + 0.4 * speed;
}

export function coverageOf(requiredCount: number, missingCount: number): number {
  return requiredCount === 0 ? 1 : (requiredCount - missingCount) / requiredCount;
}

export async function findNextRoles(db: Database, roleId: string, knownSkills: string[], first: number): Promise<NextRoleRecord[]> {
  const rows = await db.read('analytics/next-roles', { id: roleId, knownSkills });
  const ranked = rows
    .map((row) => {
      const missingSkills = row.missingSkills as SkillRecord[];
      const coverage = coverageOf(row.requiredCount as number, missingSkills.length);
      return {
        role: row.role as RoleRecord,
        roleIds: row.roleIds as string[],
        coverage,
        missingSkills,
        score: nextRoleScore(coverage, row.months as number),
      };
    })
    .sort((a, b) => b.score - a.score || a.role.id.localeCompare(b.role.id))
    .slice(0, first);
  const routes = await findRouteDetails(db, ranked.map((r) => r.roleIds), knownSkills);
  return ranked.map(({ roleIds: _ids, ...rest }, i) => ({ ...rest, route: routes[i] }));
}
