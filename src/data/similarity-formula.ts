// The formula pieces of similarRoles and recommendRoles (the model and the ranking are in similarity-model.ts and
// similarity-rank.ts; similarity.ts says how they fit): the evidence a role gives, the weights, IDF, a requirement's
// weight before IDF and the kind of tool it is compared by. Pure.
import type { OccupationGroupLevel } from '../domain/occupation-groups.js';
import type { SkillImportance } from '../domain/skill-areas.js';

export type { SkillImportance };

/** One REQUIRES relationship as similarity reads it (similarity-source.ts, from the pages of cypher/analytics/role-evidence). */
export interface RequirementEvidence {
  skill: string;
  /** The end of the skill's PART_OF chain (the skill itself when it is an area). */
  area: string;
  /** The O*NET commodity class O*NET files a curated tool under (Python: object oriented development software). */
  onetClassId?: string | null;
  importance: SkillImportance;
  importanceScore?: number | null;
  level?: number | null;
  isHotTechnology?: boolean | null;
  isInDemand?: boolean | null;
}

export interface RoleEvidence {
  id: string;
  jobZone?: number | null;
  /** The role's O*NET-SOC code, when it has one (O*NET occupations, curated roles mapped to one). */
  socCode?: string | null;
  requirements: RequirementEvidence[];
}

export interface SimilarityWeights {
  /** Weight of each block's cosine in the blend. */
  rated: number;
  leaf: number;
  area: number;
  /** Subtracted per job zone between the two roles (both known). */
  jobZonePenalty: number;
  /** similarRoles: added for each SOC group the two roles share (both coded). */
  sharedGroupBonus: Readonly<Record<OccupationGroupLevel, number>>;
  /** LEAF base weights. */
  required: number;
  differentiating: number;
  /** Added to a technology's LEAF weight (times the base) when O*NET flags it hot or in demand. */
  hotBonus: number;
  inDemandBonus: number;
  /** RATED: (importance - ratedOffset) x (1 + levelShare x level / 7) x IDF ^ ratedIdfPower. */
  levelShare: number;
  ratedOffset: number;
  ratedIdfPower: number;
  /** recommendRoles divides by |role| ^ this instead of |role|: below 1, a role with many requirements is not
   * pushed down as far for having many. */
  recommendNormPower: number;
  /** recommendRoles: 1 to infer a person's rated profile from the tools they name when they name no rated skill. */
  toolProfile: number;
  /** recommendRoles: 1 to keep, of that inferred profile, only what the tools' users rate above every role's mean. */
  toolProfileLift: number;
}

/** Developed on a fixed random half of the O*NET occupations (docs/answers.md), never on the other half. */
export const SIMILARITY_WEIGHTS: Readonly<SimilarityWeights> = {
  rated: 1,
  leaf: 0.5,
  area: 0.3,
  jobZonePenalty: 0.02,
  sharedGroupBonus: { major: 0.02, minor: 0.06, broad: 0.1 },
  required: 1,
  differentiating: 0.6,
  hotBonus: 0.5,
  inDemandBonus: 0.5,
  levelShare: 1,
  ratedOffset: 2.5,
  ratedIdfPower: 1,
  recommendNormPower: 1,
  toolProfile: 1,
  toolProfileLift: 0,
};

export type Block = 'rated' | 'leaf' | 'area';
export const BLOCKS: readonly Block[] = ['rated', 'leaf', 'area'];

/** log(1 + N / df): rare features weigh more, and one every role has still counts a little. */
export function inverseDocumentFrequency(roleCount: number, documentFrequency: number): number {
  return documentFrequency <= 0 || roleCount <= 0 ? 0 : Math.log(1 + roleCount / documentFrequency);
}

/**
 * The kind of tool a requirement is compared by in the AREA block: its area, or, for a curated tool that is its own
 * area, the O*NET class O*NET files it under. So a person who names Python shares a kind with the roles that list
 * thirty development tools, as a role that lists Python does.
 */
export const toolKind = (r: { skill: string; area: string; onetClassId?: string | null }): string =>
  r.area === r.skill && r.onetClassId ? r.onetClassId : r.area;

/** A requirement's weight before IDF. */
export function requirementWeight(r: RequirementEvidence, w: SimilarityWeights = SIMILARITY_WEIGHTS): number {
  if (r.importanceScore != null) return Math.max(0, r.importanceScore - w.ratedOffset) * (1 + (w.levelShare * (r.level ?? 0)) / 7);
  const base = r.importance === 'REQUIRED' ? w.required : w.differentiating;
  return base * (1 + (r.isHotTechnology ? w.hotBonus : 0) + (r.isInDemand ? w.inDemandBonus : 0));
}

/** A skill a person names, with its area (and O*NET's class of a curated tool). */
export interface NamedSkill {
  skill: string;
  area: string;
  onetClassId?: string | null;
}
