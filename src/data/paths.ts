// Career routes: the search runs in Neo4j for steps (Cypher SHORTEST) and in the chosen route engine for weighted
// costs (route-engine.ts: the career.routes procedure, or the same search in the API); then one statement fetches
// the transitions of all routes at once (with their roles and focus skills) and one, in parallel, the requirements
// of their roles, and the skills to learn are worked out by the grain rules (skill-grain.ts).
import type { Database, Row } from '../db/database.js';
import type { SkillGrain, SkillImportance } from '../domain/skill-areas.js';
import type { TransitionKind } from '../domain/transitions.js';
import type { FactSource } from '../domain/facts.js';
import type { NamedRecord, RoleRecord, SkillRecord } from './records.js';
import { mergedProperties, recordOf } from './projection.js';
import { requirementRowReader } from './roles.js';
import { findWeightedRoutes } from './route-engine.js';
import { assembleRoute, computedOnce, consecutivePairs, pairKey, type CareerRouteRecord, type StepDetail } from './route-assembly.js';
import { skillIdsAtGrain, skillsToLearn, type KnownSkillRow, type RequirementRow } from './skill-grain.js';

export type PathOptimization = 'STEPS' | 'MONTHS' | 'SKILLS_TO_LEARN';

export interface RouteQuery {
  from: string;
  to: string;
  optimize: PathOptimization;
  first: number;
  maxSteps: number;
  avoid: string[];
  knownSkills: string[];
  /** The person's years of experience at the start, when they said. */
  experienceYears: number | null;
  /** Stored properties of the skills to learn that the query selects. */
  skillProps: readonly string[];
  /** What the query selects of the routes' roles and whether it selects a step's certifications or courses. */
  steps: StepSelection;
}

export interface StepSelection {
  /** Stored properties of the routes' roles the query selects (the ladder rule's are read besides). */
  roleProps: readonly string[];
  /** Whether the query selects a step's certifications or courses: without, paths/steps skips that work. */
  withHelps: boolean;
}

/** Cypher's SHORTEST needs its bounds as literals: the narrower statement serves the common maxSteps <= 6. */
function fewestStepsStatement(query: RouteQuery): string {
  return query.maxSteps <= 6 ? 'paths/fewest-steps-within-6' : 'paths/fewest-steps-within-8';
}

export async function findCareerRoutes(db: Database, query: RouteQuery): Promise<CareerRouteRecord[]> {
  const known = await findSkillsWithAreas(db, query.knownSkills);
  // The weighted search counts skill areas, so it is told which areas the person already has.
  const search = { ...query, knownSkills: [...skillIdsAtGrain(known, 'AREA')] };
  const found = query.optimize === 'STEPS' ? await db.read(fewestStepsStatement(query), search) : await findWeightedRoutes(db, search);
  return assembleRoutes(
    db,
    found.map((row) => row.roleIds as string[]),
    known,
    query.experienceYears,
    query.skillProps,
    query.steps,
  );
}

/** Full routes (steps, skills to learn, totals) for role sequences. */
export async function findRouteDetails(
  db: Database,
  routes: string[][],
  knownSkills: string[],
  experienceYears: number | null,
  skillProps: readonly string[],
  steps: StepSelection,
): Promise<CareerRouteRecord[]> {
  return assembleRoutes(db, routes, await findSkillsWithAreas(db, knownSkills), experienceYears, skillProps, steps);
}

async function assembleRoutes(
  db: Database,
  routes: string[][],
  known: KnownSkillRow[],
  experienceYears: number | null,
  skillProps: readonly string[],
  steps: StepSelection,
) {
  if (routes.length === 0) return [];
  const details = await findStepDetails(db, consecutivePairs(routes), known, skillProps, steps);
  return routes.map((roleIds) => assembleRoute(roleIds, details, experienceYears));
}

/** A skill with its area and parts, as skills/with-areas returns it (and paths/steps a transition's focus skills). */
function skillWithAreas(row: Row): KnownSkillRow {
  return { skill: row.skill as SkillRecord, area: (row.area as SkillRecord | null) ?? null, parts: row.parts as SkillRecord[] };
}

/** Skills by id with their areas and parts, so a named skill counts at either grain. */
export async function findSkillsWithAreas(db: Database, ids: readonly string[]): Promise<KnownSkillRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.read('skills/with-areas', { ids: [...new Set(ids)] });
  return rows.map(skillWithAreas);
}

/** The requirement facts roles/skills reads besides the ranking facts, named in its text in this order. */
const STEP_FACTS = ['level', 'detail', 'source'];

/**
 * Every role's REQUIRES rows, of one importance (null: all), keyed by role id; skills, areas and parts with the
 * stored properties `skillProps` (id and name are always read: the grain rules merge by id and order by name).
 */
export async function findRequirements(
  db: Database,
  roleIds: readonly string[],
  importance: SkillImportance | null,
  skillProps: readonly string[],
): Promise<Map<string, RequirementRow[]>> {
  const props = mergedProperties([{ props: ['id', 'name'] }, { props: skillProps }]);
  const rows = await db.read('roles/skills', { ids: [...new Set(roleIds)], importance, extraProps: props.slice(2) });
  const readerFor = requirementRowReader(STEP_FACTS, props);
  return new Map(rows.map((row) => [row.key as string, (row.items as unknown[][]).map(readerFor(row.areas as unknown[][]))]));
}

/** What a step reads of its roles besides the selection: the ladder rule's experience range (monthsFromExperience). */
const LADDER_RUNG_PROPS = ['experienceMinYears', 'experienceMaxYears'];

/** The parameters of paths/steps for these transitions and this selection (the bench's driver mirror sends them too). */
export function stepDetailsParams(pairs: { from: string; to: string }[], { roleProps, withHelps }: StepSelection) {
  return { pairs, roleProps: mergedProperties([{ props: LADDER_RUNG_PROPS }, { props: roleProps }]), withHelps };
}

async function findStepDetails(
  db: Database,
  pairs: { from: string; to: string }[],
  known: KnownSkillRow[],
  skillProps: readonly string[],
  steps: StepSelection,
): Promise<Map<string, StepDetail>> {
  const params = stepDetailsParams(pairs, steps);
  const [rows, requirements] = await Promise.all([
    db.read('paths/steps', params),
    // A step's skills to learn compare REQUIRED skills only (toStepDetail).
    findRequirements(
      db,
      pairs.flatMap((p) => [p.from, p.to]),
      'REQUIRED',
      skillProps,
    ),
  ]);
  return new Map(
    rows.map((row) => [
      pairKey(row.fromId as string, row.toId as string),
      toStepDetail(row, params.roleProps, params.withHelps, requirements, known),
    ]),
  );
}

type CoveringRecord = NamedRecord & { isForRole: boolean; coveredSkillIds: string[] };

function toStepDetail(
  row: Row,
  roleProps: readonly string[],
  withHelps: boolean,
  requirements: Map<string, RequirementRow[]>,
  known: KnownSkillRow[],
): StepDetail {
  const t = row.transition as Record<string, unknown>;
  const required = (roleId: string) => requirements.get(roleId) ?? [];
  const focusById = new Map((row.focusSkills as Row[]).map(skillWithAreas).map((focus) => [focus.skill.id, focus]));
  const focus = ((t.focusSkillIds as string[] | null) ?? []).flatMap((id) => focusById.get(id) ?? []);
  const skillsToLearnAt = computedOnce((grain: SkillGrain) =>
    skillsToLearn({
      from: required(row.fromId as string),
      to: required(row.toId as string),
      known,
      focus,
      grain,
      importances: ['REQUIRED'],
      includeLevelGaps: false,
    }).map((gap) => gap.skill),
  );
  // Certifications and courses help when they are for the next role or cover a skill (or area) to learn.
  const helps = computedOnce<void, ReturnType<StepDetail['helps']>>(() => {
    // Empty lists would be a wrong answer, not a missing one.
    if (!withHelps)
      throw new Error(`paths/steps was sent without $withHelps, yet the certifications or courses of ${row.fromId} -> ${row.toId} were asked for`);
    // Worked out only for an item not for the role: most steps have no certification or course to sort out.
    const toLearnIds = computedOnce<void, Set<string>>(() => new Set([...skillsToLearnAt('AREA'), ...skillsToLearnAt('SKILL')].map((s) => s.id)));
    const helpful = (items: CoveringRecord[]): NamedRecord[] =>
      items
        .filter((c) => c.isForRole || c.coveredSkillIds.some((id) => toLearnIds().has(id)))
        .map(({ isForRole: _r, coveredSkillIds: _c, ...c }) => c);
    return { certifications: helpful(row.certifications as CoveringRecord[]), courses: helpful(row.courses as CoveringRecord[]) };
  });
  return {
    fromId: row.fromId as string,
    toId: row.toId as string,
    from: recordOf<RoleRecord>(roleProps, row.fromRole as unknown[]),
    to: recordOf<RoleRecord>(roleProps, row.toRole as unknown[]),
    months: {
      typical: (t.monthsTypical as number | null) ?? null,
      min: (t.monthsMin as number | null) ?? null,
      max: (t.monthsMax as number | null) ?? null,
    },
    kind: (t.kind as TransitionKind | null) ?? null,
    keyArtifacts: (t.keyArtifacts as string[] | null) ?? [],
    source: t.source as FactSource,
    skillsToLearn: skillsToLearnAt,
    focusSkills: focus.map((f) => f.skill),
    helps,
  };
}
