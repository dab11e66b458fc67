// similarRoles and recommendRoles: ranked in the API process by the similarity model (src/data/similarity.ts) over
// every role's requirements, then filled with the stored records of the rows shown.
//
// Scoring every role against one needs every role's weighted vector (about 55,000 requirements on O*NET, 5 million
// at 100,000 roles): in Cypher that is seconds per request, in memory milliseconds. So the model is built once per
// driver and reused while the evidence is unchanged (src/data/similarity-source.ts).
import type { Database } from '../db/database.js';
import type { RoleRecord, SkillRecord } from './records.js';
import { compareRequirements, rankRecommendations, rankSimilarRoles, type NamedSkill } from './similarity.js';
import { similarityModel } from './similarity-source.js';

export { findRoleEvidence, similarityModel } from './similarity-source.js';

export interface RoleSimilarityRecord {
  role: RoleRecord;
  score: number;
  sharedCount: number;
  sharedSkills: SkillRecord[];
  missingSkills: SkillRecord[];
}

export interface RoleRecommendationRecord {
  role: RoleRecord;
  coverage: number;
  steps: number | null;
  coveredSkills: SkillRecord[];
  missingSkills: SkillRecord[];
}

async function readRecords(db: Database, roleIds: string[], skillIds: string[]) {
  const [row] = await db.read('analytics/match-records', { roleIds, skillIds: [...new Set(skillIds)] });
  const roles = new Map(((row?.roles as RoleRecord[]) ?? []).map((r) => [r.id, r]));
  const skills = new Map(((row?.skills as SkillRecord[]) ?? []).map((s) => [s.id, s]));
  const skillsOf = (ids: string[]) => ids.map((id) => skills.get(id)).filter((s): s is SkillRecord => s !== undefined);
  return { roles, skillsOf };
}

/** Roles most like `roleId` by skills, knowledge, technologies and job zone (never by transitions). */
export async function findSimilarRoles(db: Database, roleId: string, first: number): Promise<RoleSimilarityRecord[]> {
  const model = await similarityModel(db);
  const ranked = rankSimilarRoles(model, roleId, first).map((r) => ({ ...r, ...compareRequirements(model, roleId, r.roleId) }));
  const { roles, skillsOf } = await readRecords(
    db,
    ranked.map((r) => r.roleId),
    ranked.flatMap((r) => [...r.shared, ...r.missing]),
  );
  return ranked
    .filter((r) => roles.has(r.roleId))
    .map((r) => ({
      role: roles.get(r.roleId)!,
      score: r.score,
      sharedCount: r.shared.length,
      sharedSkills: skillsOf(r.shared),
      missingSkills: skillsOf(r.missing),
    }));
}

/**
 * Roles that `skills` fit best; with `from`, only roles reachable from it within `maxSteps` transitions (each with
 * its fewest steps).
 */
export async function recommendRoles(
  db: Database,
  skills: string[],
  first: number,
  from: string | null,
  maxSteps: number,
): Promise<RoleRecommendationRecord[]> {
  const [model, [inputs]] = await Promise.all([similarityModel(db), db.read('analytics/recommend-roles', { skills, from, maxSteps })]);
  const named = (inputs?.skills as NamedSkill[]) ?? [];
  const reachable = inputs?.reachable as { role: string; steps: number }[] | null;
  const steps = new Map(reachable?.map((r) => [r.role, r.steps]));
  const ranked = rankRecommendations(model, named, first, reachable ? new Set(steps.keys()) : undefined);
  const { roles, skillsOf } = await readRecords(
    db,
    ranked.map((r) => r.roleId),
    ranked.flatMap((r) => [...r.coveredSkills, ...r.missingSkills]),
  );
  return ranked
    .filter((r) => roles.has(r.roleId))
    .map((r) => ({
      role: roles.get(r.roleId)!,
      coverage: r.coverage,
      steps: steps.get(r.roleId) ?? null,
      coveredSkills: skillsOf(r.coveredSkills),
      missingSkills: skillsOf(r.missingSkills),
    }));
}
