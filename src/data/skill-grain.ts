// Requirements at the grain people think in: rolls skills up to their areas, or expands required areas into their
// parts, and computes what a person lacks for a role. Pure functions over rows the Cypher statements return.
import { isLevelGap, orderSkillsToLearn, type SkillGrain, type SkillImportance } from '../domain/skill-areas.js';
import type { FactSource } from '../domain/facts.js';
import type { SkillRecord } from './records.js';

/** One stored REQUIRES relationship with what the grain rules need (the shape of cypher/*-requirements). */
export interface RequirementRow {
  skill: SkillRecord;
  /** The skill's area, when the skill is part of one. */
  area: SkillRecord | null;
  /** Every skill below this one (PART_OF, transitively): what a directly required area consists of. */
  parts: SkillRecord[];
  importance: SkillImportance;
  importanceScore?: number | null;
  level?: number | null;
  position?: number | null;
  isHotTechnology?: boolean | null;
  isInDemand?: boolean | null;
  detail?: string | null;
  source: FactSource;
}

/** A requirement at a grain: the skill shown, and the strongest facts of the stored requirements behind it. */
export interface GrainRequirement extends Omit<RequirementRow, 'area' | 'parts'> {
  /** Whether a stored relationship names exactly this skill (false when it was rolled up or expanded). */
  isStored: boolean;
  /** The skill's name, which breaks ties in the order (orderSkillsToLearn). */
  name: string;
}

const strongest = (a: SkillImportance, b: SkillImportance): SkillImportance =>
  a === 'REQUIRED' || b === 'REQUIRED' ? 'REQUIRED' : 'DIFFERENTIATING';
const maxOf = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a == null ? (b ?? null) : b == null ? a : Math.max(a, b);
const minOf = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a == null ? (b ?? null) : b == null ? a : Math.min(a, b);

function merge(into: GrainRequirement, row: GrainRequirement): GrainRequirement {
  // A stored relationship on exactly this skill speaks for it (its detail and source); rolled-up facts only add.
  const base = into.isStored || !row.isStored ? into : row;
  return {
    ...base,
    importance: strongest(into.importance, row.importance),
    importanceScore: maxOf(into.importanceScore, row.importanceScore),
    level: maxOf(into.level, row.level),
    position: minOf(into.position, row.position),
    isHotTechnology: Boolean(into.isHotTechnology || row.isHotTechnology),
    isInDemand: Boolean(into.isInDemand || row.isInDemand),
    isStored: into.isStored || row.isStored,
  };
}

// Written out rather than spread: it runs once per requirement of every role a query lists (hundreds each).
function shown(row: RequirementRow, skill: SkillRecord, isStored: boolean): GrainRequirement {
  return {
    skill,
    importance: row.importance,
    importanceScore: row.importanceScore,
    level: row.level,
    position: row.position,
    isHotTechnology: row.isHotTechnology,
    isInDemand: row.isInDemand,
    detail: isStored ? row.detail : null,
    source: row.source,
    isStored,
    name: skill.name,
  };
}

/**
 * A role's requirements at a grain, most important first. AREA: a skill required through its parts counts once,
 * as its area, with the strongest importance, score and level among them. SKILL: an area the role requires
 * directly is listed as its parts (an area with no parts stays itself).
 */
export function requirementsAtGrain(rows: readonly RequirementRow[], grain: SkillGrain): GrainRequirement[] {
  const bySkill = new Map<string, GrainRequirement>();
  const add = (requirement: GrainRequirement) => {
    const existing = bySkill.get(requirement.skill.id);
    bySkill.set(requirement.skill.id, existing ? merge(existing, requirement) : requirement);
  };
  for (const row of rows) {
    if (grain === 'AREA') add(row.area ? shown(row, row.area, false) : shown(row, row.skill, true));
    else if (row.parts.length > 0) row.parts.forEach((part) => add(shown(row, part, false)));
    else add(shown(row, row.skill, true));
  }
  return orderSkillsToLearn([...bySkill.values()]);
}

/** A skill a person names: with its area and parts, so it counts at either grain. */
export interface KnownSkillRow {
  skill: SkillRecord;
  area: SkillRecord | null;
  parts: SkillRecord[];
}

/**
 * The skill ids a person or role "has" at a grain. AREA: each skill's area (having any part of an area counts as
 * having the area). SKILL: the skills themselves and, for an area, all its parts.
 */
export function skillIdsAtGrain(rows: readonly KnownSkillRow[], grain: SkillGrain): Set<string> {
  const ids = new Set<string>();
  for (const row of rows) {
    if (grain === 'AREA') ids.add(row.area?.id ?? row.skill.id);
    else {
      ids.add(row.skill.id);
      row.parts.forEach((part) => ids.add(part.id));
    }
  }
  return ids;
}

export interface GapRequirement extends GrainRequirement {
  /** The level the current role needs, for a skill both need (a level gap); null for a new skill. */
  fromLevel: number | null;
  toLevel: number | null;
  isFocus: boolean;
}

export interface GapQuery {
  from: readonly RequirementRow[];
  to: readonly RequirementRow[];
  known: readonly KnownSkillRow[];
  /** Skills the transition's source names as its gap (any grain: a focus part marks its area). */
  focus: readonly KnownSkillRow[];
  grain: SkillGrain;
  /** Which of the target's requirements count (routes compare REQUIRED only). */
  importances: readonly SkillImportance[];
  /** Whether a skill both roles need, at a higher level for the target, is a gap too. */
  includeLevelGaps: boolean;
}

/**
 * What the target asks that the person coming from `from` (plus `known`) lacks, in the order to learn it: new
 * skills, and (when asked) skills both need where the target needs at least a level point more.
 */
export function skillsToLearn(query: GapQuery): GapRequirement[] {
  const had = new Map(requirementsAtGrain(query.from, query.grain).map((r) => [r.skill.id, r]));
  const known = skillIdsAtGrain(query.known, query.grain);
  const focus = new Set([...skillIdsAtGrain(query.focus, 'AREA'), ...skillIdsAtGrain(query.focus, 'SKILL')]);
  const gaps: GapRequirement[] = [];
  for (const wanted of requirementsAtGrain(query.to, query.grain)) {
    if (!query.importances.includes(wanted.importance) || known.has(wanted.skill.id)) continue;
    const current = had.get(wanted.skill.id);
    const isNew = current === undefined;
    if (!isNew && !(query.includeLevelGaps && isLevelGap(current.level, wanted.level))) continue;
    gaps.push({
      ...wanted,
      fromLevel: isNew ? null : (current.level ?? null),
      toLevel: wanted.level ?? null,
      isFocus: focus.has(wanted.skill.id),
    });
  }
  return orderSkillsToLearn(gaps);
}
