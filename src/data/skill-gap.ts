// What separates two roles: the skills (or areas) the target asks that the source lacks or needs at a lower
// level, in the order to learn them, each with what teaches or validates it.
import type { Database } from '../db/database.js';
import { SKILL_IMPORTANCES, type SkillGrain, type SkillImportance } from '../domain/skill-areas.js';
import { findRequirements, findSkillsWithAreas } from './paths.js';
import type { NamedRecord, SkillRecord } from './records.js';
import { requirementsAtGrain, skillsToLearn, type KnownSkillRow } from './skill-grain.js';

export interface GapSkillRecord {
  skill: SkillRecord;
  importance: SkillImportance;
  importanceScore: number | null;
  fromLevel: number | null;
  toLevel: number | null;
  isFocus: boolean;
  certifications: NamedRecord[];
  courses: NamedRecord[];
}

export interface SkillGapRecord {
  fromId: string;
  toId: string;
  toLearn: GapSkillRecord[];
  notUsed: SkillRecord[];
}

/** `skillProps`: the stored properties of the skills (to learn, not used) that the query selects. */
export async function findSkillGap(
  db: Database,
  fromId: string,
  toId: string,
  knownSkills: string[],
  grain: SkillGrain,
  skillProps: readonly string[],
): Promise<SkillGapRecord> {
  const [requirements, known, focus] = await Promise.all([
    findRequirements(db, [fromId, toId], null, skillProps),
    findSkillsWithAreas(db, knownSkills),
    findFocusSkills(db, fromId, toId),
  ]);
  const from = requirements.get(fromId) ?? [];
  const to = requirements.get(toId) ?? [];
  // The source "has" whatever it asks at any importance; the target's REQUIRED and DIFFERENTIATING both count.
  const gaps = skillsToLearn({ from, to, known, focus, grain, importances: SKILL_IMPORTANCES, includeLevelGaps: true });
  const targetSkills = new Set(requirementsAtGrain(to, grain).map((r) => r.skill.id));
  const notUsed = requirementsAtGrain(
    from.filter((r) => r.importance === 'REQUIRED'),
    grain,
  )
    .filter((r) => !targetSkills.has(r.skill.id))
    .map((r) => r.skill);
  const covering = await findCovering(
    db,
    gaps.map((g) => g.skill.id),
  );
  return {
    fromId,
    toId,
    toLearn: gaps.map((gap) => ({
      skill: gap.skill,
      importance: gap.importance,
      importanceScore: gap.importanceScore ?? null,
      fromLevel: gap.fromLevel,
      toLevel: gap.toLevel,
      isFocus: gap.isFocus,
      certifications: covering.get(gap.skill.id)?.certifications ?? [],
      courses: covering.get(gap.skill.id)?.courses ?? [],
    })),
    notUsed,
  };
}

/** The skills the transition from -> to names as its gap, when there is such a transition. */
async function findFocusSkills(db: Database, fromId: string, toId: string): Promise<KnownSkillRow[]> {
  const [row] = await db.read('analytics/transition-focus', { from: fromId, to: toId });
  return findSkillsWithAreas(db, (row?.focusSkillIds as string[] | null) ?? []);
}

async function findCovering(db: Database, skillIds: string[]) {
  if (skillIds.length === 0) return new Map<string, { certifications: NamedRecord[]; courses: NamedRecord[] }>();
  const rows = await db.read('analytics/skill-gap', { skillIds });
  return new Map(
    rows.map((row) => [row.skillId as string, { certifications: row.certifications as NamedRecord[], courses: row.courses as NamedRecord[] }]),
  );
}
