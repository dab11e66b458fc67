// The rule that turns an O*NET related-occupation link into a transition with months and a kind. O*NET says how
// related two occupations are (tier and rank), not how long a move takes: this rule derives it from the tier, the
// job zones and what the target occupation asks of a newcomer. docs/onet-import.md explains each number.
import { clampMonths, type TransitionMonths } from '../../domain/months.js';
import type { TransitionKind } from '../../domain/transitions.js';
import type { Preparation } from './experience.js';

export const RELATEDNESS_TIERS = ['Primary-Short', 'Primary-Long', 'Supplemental'] as const;
export type RelatednessTier = (typeof RELATEDNESS_TIERS)[number];

/**
 * Per tier: months any move takes (finding and starting the new job), and the share of the target's preparation
 * (related work experience + on-the-job training) a mover still has to gain. The closer the occupations, the more
 * of the mover's experience already counts toward the target.
 */
export const TIER_RULE: Record<RelatednessTier, { baseMonths: number; preparationShare: number }> = {
  'Primary-Short': { baseMonths: 1, preparationShare: 0.15 },
  'Primary-Long': { baseMonths: 2, preparationShare: 0.35 },
  Supplemental: { baseMonths: 3, preparationShare: 0.6 },
};

/** Each job zone the target sits above the source adds this many months (more preparation to show). */
export const MONTHS_PER_JOB_ZONE_STEP = 6;

/** The range around the typical duration: half of it to one and a half times it. */
export const RANGE_LOW = 0.5;
export const RANGE_HIGH = 1.5;

/** Typical months rounded to whole months, with min <= typical <= max, all within the month bounds (0-240). */
export function monthsAround(typical: number): TransitionMonths {
  const monthsTypical = Math.round(clampMonths(typical));
  return {
    monthsTypical,
    monthsMin: Math.min(monthsTypical, Math.round(clampMonths(monthsTypical * RANGE_LOW))),
    monthsMax: Math.max(monthsTypical, Math.round(clampMonths(monthsTypical * RANGE_HIGH))),
  };
}

export interface RelatedMove {
  tier: RelatednessTier;
  /** Job zones 1-5; null when O*NET gives none for the occupation. */
  sourceJobZone: number | null;
  targetJobZone: number | null;
  /** Both occupations in the same SOC major group (the first two digits). */
  isSameMajorGroup: boolean;
  targetPreparation: Pick<Preparation, 'relatedExperienceMonths' | 'onTheJobTrainingMonths'>;
}

export interface DerivedTransition extends TransitionMonths {
  kind: Exclude<TransitionKind, 'SPECIALIZATION'>;
  /** Job zones the target sits above the source (0 when lower, equal or unknown). */
  jobZoneSteps: number;
}

/**
 * kind: PROMOTION when the target's job zone is higher and both share a SOC major group; LATERAL when the target's
 * job zone is the same or lower (or unknown) and the tier is Primary-Short; CAREER_CHANGE otherwise.
 * months: tier base + tier share x (target's related work experience + on-the-job training) + 6 per job zone step up.
 */
export function deriveRelatedTransition(move: RelatedMove): DerivedTransition {
  const zoneDifference = move.sourceJobZone !== null && move.targetJobZone !== null ? move.targetJobZone - move.sourceJobZone : null;
  const jobZoneSteps = Math.max(0, zoneDifference ?? 0);
  const kind =
    zoneDifference !== null && zoneDifference > 0 && move.isSameMajorGroup
      ? 'PROMOTION'
      : (zoneDifference ?? 0) <= 0 && move.tier === 'Primary-Short'
        ? 'LATERAL'
        : 'CAREER_CHANGE';
  const tier = TIER_RULE[move.tier];
  const preparation = move.targetPreparation.relatedExperienceMonths + move.targetPreparation.onTheJobTrainingMonths;
  const typical = tier.baseMonths + tier.preparationShare * preparation + MONTHS_PER_JOB_ZONE_STEP * jobZoneSteps;
  return { kind, jobZoneSteps, ...monthsAround(typical) };
}

/** The shortest a specialization takes, whatever the figures say. */
export const MIN_SPECIALIZATION_MONTHS = 3;

/**
 * A move from an occupation into a curated role that specializes it (the role names the occupation's SOC code):
 * the longer of the occupation's on-the-job training and the role's minimum years of experience, at least 3 months.
 */
export function deriveSpecialization(input: { occupationTrainingMonths: number; roleExperienceMinYears: number | null }): TransitionMonths {
  const typical = Math.max(MIN_SPECIALIZATION_MONTHS, input.occupationTrainingMonths, 12 * (input.roleExperienceMinYears ?? 0));
  return monthsAround(typical);
}

/** The SOC major group: the first two digits of an O*NET-SOC code. */
export const majorGroup = (soc: string) => soc.slice(0, 2);
