// The ladder promotion rule: how long a promotion between two rungs of a career ladder takes, from the rungs'
// experience ranges and, when known, the experience a person arrives with.

import type { FactSource } from './facts.js';
import type { TransitionMonths } from './months.js';
import type { TransitionKind } from './transitions.js';

export interface YearsRange {
  minYears: number;
  maxYears: number;
}

/** A promotion's months, as stored on its transition. */
export type PromotionMonths = TransitionMonths;

/**
 * Months from entering the current rung to promotion. A person is promoted once their experience lies in both
 * ranges: from `enteredAtYears` (by default the current rung's floor, where the career page's figures assume
 * entry) that is between 12 x (next.min - entered) and 12 x (min(current.max, next.max) - entered) months, never
 * below 0; typical is the midpoint. Null when the ranges leave no window at all.
 */
export function promotionMonths(current: YearsRange, next: YearsRange, enteredAtYears = current.minYears): PromotionMonths | null {
  const ceilingYears = Math.min(current.maxYears, next.maxYears);
  if (ceilingYears < next.minYears) return null;
  const monthsMin = Math.round(12 * Math.max(0, next.minYears - enteredAtYears));
  const monthsMax = Math.max(monthsMin, Math.round(12 * Math.max(0, ceilingYears - enteredAtYears)));
  return { monthsMin, monthsMax, monthsTypical: Math.round((monthsMin + monthsMax) / 2) };
}

/** A role as far as the rule needs it: its experience range, when it has one. */
export interface LadderRung {
  experienceMinYears?: number | null;
  experienceMaxYears?: number | null;
}

/** The rung's range, or null when the role has no complete experience range. */
export function yearsRangeOf(role: LadderRung | undefined): YearsRange | null {
  if (role?.experienceMinYears == null || role.experienceMaxYears == null) return null;
  return { minYears: role.experienceMinYears, maxYears: role.experienceMaxYears };
}

/**
 * Whether a transition's months come from the ladder rule (and so depend on the person's experience): a PROMOTION
 * the project derived, between two roles that both have experience ranges. The seed checks its derived promotions
 * against `promotionMonths`, so this is the same set.
 */
export function isLadderPromotion(
  kind: TransitionKind | null | undefined,
  source: FactSource,
  from: LadderRung | undefined,
  to: LadderRung | undefined,
): boolean {
  return kind === 'PROMOTION' && source === 'derived' && yearsRangeOf(from) !== null && yearsRangeOf(to) !== null;
}
