// Overlap and similarity between roles, recommendations from a skill set, and skill demand.
// Sets are compared on REQUIRED skills, the ones a role cannot do without.
import type { Database } from '../db/database.js';
import type { NamedRecord, RoleRecord, SkillRecord } from './records.js';

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

export interface RoleSimilarityRecord {
  role: RoleRecord;
  score: number;
  sharedCount: number;
  sharedSkills: SkillRecord[];
  missingSkills: SkillRecord[];
}

export async function findSimilarRoles(db: Database, roleId: string, first: number): Promise<RoleSimilarityRecord[]> {
  const rows = await db.read('analytics/similar-roles', { id: roleId, first });
  return rows.map((row) => ({
    role: row.role as RoleRecord,
    score: row.score as number,
    sharedCount: row.sharedCount as number,
    sharedSkills: row.sharedSkills as SkillRecord[],
    missingSkills: row.missingSkills as SkillRecord[],
  }));
}

export interface RoleRecommendationRecord {
  role: RoleRecord;
  coverage: number;
  steps: number | null;
  coveredSkills: SkillRecord[];
  missingSkills: SkillRecord[];
}

export async function recommendRoles(
  db: Database,
  skills: string[],
  first: number,
  from: string | null,
  maxSteps: number,
): Promise<RoleRecommendationRecord[]> {
  const rows = await db.read('analytics/recommend-roles', { skills, first, from, maxSteps });
  return rows.map((row) => ({
    role: row.role as RoleRecord,
    coverage: row.coverage as number,
    steps: (row.steps as number | null) ?? null,
    coveredSkills: row.coveredSkills as SkillRecord[],
    missingSkills: row.missingSkills as SkillRecord[],
  }));
}

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
