// Overlap between roles and skill demand, compared on REQUIRED skills (the ones a role cannot do without);
// similarity and recommendations, which weigh every requirement, re-exported from role-matching.ts.
import type { Database } from '../db/database.js';
import { broaderFeature, inverseDocumentFrequency, profileVectors, vectorSimilarity, type SkillRequirementRef } from '../domain/skill-similarity.js';
import type { SkillRecord } from './records.js';

export interface RolePairOverlapRecord {
  aId: string;
  bId: string;
  sharedCount: number;
  jaccard: number;
  /** Shared skills as {id, name}, by name. */
  shared: { id: string; name: string }[];
  /** Skill similarity (0-1), the measure that derives ESCO transitions, with IDF over the graph's roles. */
  similarity: number;
}

export const jaccard = (shared: number, union: number): number => (union === 0 ? 0 : shared / union);

export async function findSkillOverlap(db: Database, roleIds: string[]): Promise<RolePairOverlapRecord[]> {
  const rows = await db.read('analytics/overlap', { ids: roleIds });
  if (rows.length === 0) return [];
  // Every row carries the same counts: one IDF table for all pairs.
  const roleCount = rows[0].roleCount as number;
  const idf = new Map<string, number>();
  for (const [id, df] of rows[0].skillDf as [string, number][]) idf.set(id, inverseDocumentFrequency(df, roleCount));
  for (const [id, df] of rows[0].broaderDf as [string, number][]) idf.set(broaderFeature(id), inverseDocumentFrequency(df, roleCount));
  type Requirement = SkillRequirementRef & { broader: string | null };
  const vectorsOf = (id: string, requirements: Requirement[]) => {
    const broader = new Map(requirements.filter((q) => q.broader !== null).map((q) => [q.skill, q.broader!]));
    return profileVectors({ id, requirements }, (skill) => broader.get(skill), idf, inverseDocumentFrequency(1, roleCount));
  };
  return rows.map((row) => {
    const shared = row.shared as { id: string; name: string }[];
    const a = vectorsOf(row.a as string, row.aRequirements as Requirement[]);
    const b = vectorsOf(row.b as string, row.bRequirements as Requirement[]);
    return {
      aId: row.a as string,
      bId: row.b as string,
      sharedCount: shared.length,
      jaccard: jaccard(shared.length, row.unionSize as number),
      shared,
      similarity: vectorSimilarity(a, b).similarity,
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
