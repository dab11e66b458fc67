// Overlap between roles and skill demand, compared on REQUIRED skills (the ones a role cannot do without);
// similarity and recommendations, which weigh every requirement, re-exported from role-matching.ts.
import type { Database } from '../db/database.js';
import type { SkillRecord } from './records.js';

export interface RolePairOverlapRecord {
  aId: string;
  bId: string;
  sharedCount: number;
  jaccard: number;
  /** Shared skills as {id, name}, by name. */
  shared: { id: string; name: string }[];
}

export const jaccard = (shared: number, union: number): number => (union === 0 ? 0 : shared / union);

export async function findSkillOverlap(db: Database, roleIds: string[]): Promise<RolePairOverlapRecord[]> {
  const rows = await db.read('analytics/overlap', { ids: roleIds });
  return rows.map((row) => {
    const shared = row.shared as { id: string; name: string }[];
    return {
      aId: row.a as string,
      bId: row.b as string,
      sharedCount: shared.length,
      jaccard: jaccard(shared.length, row.unionSize as number),
      shared,
    };
  });
}

// Similarity and recommendations weigh every requirement (src/data/role-matching.ts, src/data/similarity.ts).
export { findSimilarRoles, recommendRoles, type RoleRecommendationRecord, type RoleSimilarityRecord } from './role-matching.js';

export interface SkillDemandRecord {
  skill: SkillRecord;
  roleCount: number;
  transitionCount: number;
}

export async function findSkillDemand(db: Database, first: number): Promise<SkillDemandRecord[]> {
  const rows = await db.read('analytics/skill-demand', { first });
  return rows.map((row) => ({
    skill: row.skill as SkillRecord,
    roleCount: row.roleCount as number,
    transitionCount: row.transitionCount as number,
  }));
}
