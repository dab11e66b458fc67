// Skill areas, the grain people think in, and the order in which skills to learn are shown.
//
// A skill belongs to at most one broader skill (PART_OF); its area is the end of that chain, stored on the skill
// as `areaId` (null when the skill is an area itself), and a skill with parts is labelled HasParts, both by
// cypher/skills/assign-areas.cypher after every write that changes PART_OF. Cypher and the Java route search read
// `coalesce(s.areaId, s.id)`; this module holds the rules that compare and order requirements.

export const SKILL_GRAINS = ['AREA', 'SKILL'] as const;
export type SkillGrain = (typeof SKILL_GRAINS)[number];

export const SKILL_IMPORTANCES = ['REQUIRED', 'DIFFERENTIATING'] as const;
export type SkillImportance = (typeof SKILL_IMPORTANCES)[number];

/**
 * A level gap counts when the target needs a skill both roles share at least this many O*NET level points
 * (0-7 scale) higher: smaller differences are within the noise of the survey ratings.
 */
export const LEVEL_GAP_MIN_POINTS = 1;

export function isLevelGap(fromLevel: number | null | undefined, toLevel: number | null | undefined): boolean {
  return fromLevel != null && toLevel != null && toLevel - fromLevel >= LEVEL_GAP_MIN_POINTS;
}

/** What the order of skills to learn looks at; every field is optional except the name. */
export interface RankedSkill {
  name: string;
  /** The transition's own statement of the gap names this skill (or a part of this area). */
  isFocus?: boolean;
  importance?: SkillImportance | null;
  /** O*NET importance (1-5). */
  importanceScore?: number | null;
  isHotTechnology?: boolean | null;
  isInDemand?: boolean | null;
  /** Where the source lists the skill among the role's skills (the career page's order). */
  position?: number | null;
  /** How many roles require the skill: a skill many roles ask for opens more doors. */
  demand?: number | null;
}

const importanceRank = (importance: SkillImportance | null | undefined): number => (importance === 'DIFFERENTIATING' ? 1 : 0);
const flagCount = (skill: RankedSkill): number => (skill.isHotTechnology ? 1 : 0) + (skill.isInDemand ? 1 : 0);
const missingLast = (value: number | null | undefined, direction: 1 | -1): number => (value == null ? Number.POSITIVE_INFINITY : direction * value);

/**
 * The order of skills to learn (and of a role's skills): the transition's stated gap first, then REQUIRED before
 * DIFFERENTIATING, then higher O*NET importance, then hot and in-demand technologies, then the source's own order,
 * then higher demand across roles; the name only breaks exact ties.
 */
export function compareSkillsToLearn(a: RankedSkill, b: RankedSkill): number {
  return (
    Number(Boolean(b.isFocus)) - Number(Boolean(a.isFocus)) ||
    importanceRank(a.importance) - importanceRank(b.importance) ||
    missingLast(a.importanceScore, -1) - missingLast(b.importanceScore, -1) ||
    flagCount(b) - flagCount(a) ||
    missingLast(a.position, 1) - missingLast(b.position, 1) ||
    missingLast(a.demand, -1) - missingLast(b.demand, -1) ||
    a.name.localeCompare(b.name)
  );
}

export function orderSkillsToLearn<T extends RankedSkill>(skills: readonly T[]): T[] {
  return [...skills].sort(compareSkillsToLearn);
}
