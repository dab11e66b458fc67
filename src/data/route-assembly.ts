// Pure route arithmetic: turns found role sequences and per-transition details into routes with totals.
import type { FactSource } from '../domain/facts.js';
import { countedMonths, type MonthsSpan } from '../domain/months.js';
import { isLadderPromotion, promotionMonths, yearsRangeOf } from '../domain/promotion-months.js';
import type { SkillGrain } from '../domain/skill-areas.js';
import type { TransitionKind } from '../domain/transitions.js';
import type { NamedRecord, RoleRecord, SkillRecord } from './records.js';

export interface StepDetail {
  fromId: string;
  toId: string;
  from?: RoleRecord;
  to?: RoleRecord;
  months: MonthsSpan;
  kind: TransitionKind | null;
  keyArtifacts: string[];
  source: FactSource;
  /**
   * Skills to learn on this step at a grain, in the order to learn them. Worked out when first asked: a query reads
   * one grain, and a route's steps compare hundreds of requirements at each.
   */
  skillsToLearn: (grain: SkillGrain) => SkillRecord[];
  /** The gap the transition's source states. */
  focusSkills: SkillRecord[];
  /** Certifications and courses that help on this step (worked out when first asked: they need both grains). */
  helps: () => { certifications: NamedRecord[]; courses: NamedRecord[] };
}

/** A function that computes its value once per argument, when first called. */
export function computedOnce<K, V>(compute: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    if (!values.has(key)) values.set(key, compute(key));
    return values.get(key)!;
  };
}

export interface CareerRouteRecord {
  roleIds: string[];
  steps: StepDetail[];
  totalSteps: number;
  totalMonths: MonthsSpan;
  totalSkillsToLearn: number;
}

export const pairKey = (fromId: string, toId: string): string => `${fromId}\u0000${toId}`;

/** The distinct consecutive pairs of all routes, so step details are fetched once per transition. */
export function consecutivePairs(routes: string[][]): { from: string; to: string }[] {
  const seen = new Map<string, { from: string; to: string }>();
  for (const roleIds of routes) {
    for (let i = 0; i + 1 < roleIds.length; i += 1) {
      seen.set(pairKey(roleIds[i], roleIds[i + 1]), { from: roleIds[i], to: roleIds[i + 1] });
    }
  }
  return [...seen.values()];
}

/** Sums a part of the steps' months; an unknown part counts as a year, as when routes are ranked (src/domain/months.ts). */
const sumPart = (steps: StepDetail[], part: keyof MonthsSpan): number => steps.reduce((total, step) => total + countedMonths(step.months[part]), 0);

/**
 * A step's months for a person who arrives with `experienceYears`: a ladder promotion counts only the months
 * still needed from there (src/domain/promotion-months.ts); every other step keeps its stated months.
 */
export function monthsFromExperience(step: StepDetail, experienceYears: number): MonthsSpan {
  const current = yearsRangeOf(step.from);
  const next = yearsRangeOf(step.to);
  if (!current || !next || !isLadderPromotion(step.kind, step.source, step.from, step.to)) return step.months;
  const months = promotionMonths(current, next, experienceYears);
  return months ? { typical: months.monthsTypical, min: months.monthsMin, max: months.monthsMax } : step.months;
}

/** The steps of a route, with months adjusted for a person's experience as it grows along the route. */
function stepsFromExperience(steps: StepDetail[], experienceYears: number | null): StepDetail[] {
  if (experienceYears === null) return steps;
  let years = experienceYears;
  return steps.map((step) => {
    const months = monthsFromExperience(step, years);
    years += countedMonths(months.typical) / 12;
    return months === step.months ? step : { ...step, months };
  });
}

export function assembleRoute(roleIds: string[], details: Map<string, StepDetail>, experienceYears: number | null = null): CareerRouteRecord {
  const found = roleIds.slice(1).map((toId, i) => {
    const step = details.get(pairKey(roleIds[i], toId));
    if (!step) throw new Error(`No transition ${roleIds[i]} -> ${toId} for a route the search returned`);
    return step;
  });
  const steps = stepsFromExperience(found, experienceYears);
  return {
    roleIds,
    steps,
    totalSteps: steps.length,
    totalMonths: { typical: sumPart(steps, 'typical'), min: sumPart(steps, 'min'), max: sumPart(steps, 'max') },
    totalSkillsToLearn: steps.reduce((sum, step) => sum + step.skillsToLearn('AREA').length, 0),
  };
}
