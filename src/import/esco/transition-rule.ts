// The rules that turn ESCO occupations into transitions. ESCO states no moves between occupations: a move is
// derived from skill similarity (src/domain/skill-similarity.ts) after Nesta's Mapping Career Causeways, and a
// move into the O*NET occupation the crosswalk names is the same work under the other taxonomy's name.
// docs/esco-import.md explains each number.
import type { TransitionMonths } from '../../domain/months.js';
import type { TransitionKind } from '../../domain/transitions.js';
import { monthsAround, MONTHS_PER_JOB_ZONE_STEP } from '../onet/transition-rule.js';

/** Nesta: a transition is viable at similarity 0.3 or more, highly viable at 0.4 or more. */
export const VIABLE_SIMILARITY = 0.3;
export const HIGHLY_VIABLE_SIMILARITY = 0.4;

/** Nesta: at most one job zone between origin and destination (where both are known). */
export const MAX_JOB_ZONE_DIFFERENCE = 1;

/** At most this many transitions out of an occupation, the most similar: O*NET lists 20 related occupations each. */
export const MAX_TRANSITIONS_PER_OCCUPATION = 20;

/** What a move between occupations that share no skills would take: two years of learning on the job. */
export const FULL_CHANGE_MONTHS = 24;

export interface SimilarMove {
  similarity: number;
  sourceJobZone: number | null;
  targetJobZone: number | null;
  /** Both occupations in the same ISCO-08 major group (the first digit). */
  isSameMajorGroup: boolean;
}

export interface DerivedSimilarTransition extends TransitionMonths {
  kind: Exclude<TransitionKind, 'SPECIALIZATION'>;
  jobZoneSteps: number;
}

/** Nesta's job-zone condition: true when either zone is unknown. */
export function isWithinJobZoneReach(sourceJobZone: number | null, targetJobZone: number | null): boolean {
  return sourceJobZone === null || targetJobZone === null || Math.abs(targetJobZone - sourceJobZone) <= MAX_JOB_ZONE_DIFFERENCE;
}

/**
 * kind: PROMOTION when the target's job zone is higher and both share an ISCO major group; LATERAL when its job zone
 * is the same or lower (or unknown) and the move is highly viable (similarity >= 0.4); CAREER_CHANGE otherwise.
 * months: 24 x (1 - similarity) (the share of skills still to learn) + 6 per job zone step up; range 0.5x-1.5x.
 */
export function deriveSimilarTransition(move: SimilarMove): DerivedSimilarTransition {
  const zoneDifference = move.sourceJobZone !== null && move.targetJobZone !== null ? move.targetJobZone - move.sourceJobZone : null;
  const jobZoneSteps = Math.max(0, zoneDifference ?? 0);
  const kind =
    zoneDifference !== null && zoneDifference > 0 && move.isSameMajorGroup
      ? 'PROMOTION'
      : (zoneDifference ?? 0) <= 0 && move.similarity >= HIGHLY_VIABLE_SIMILARITY
        ? 'LATERAL'
        : 'CAREER_CHANGE';
  const similarity = Math.min(1, Math.max(0, move.similarity));
  const typical = FULL_CHANGE_MONTHS * (1 - similarity) + MONTHS_PER_JOB_ZONE_STEP * jobZoneSteps;
  return { kind, jobZoneSteps, ...monthsAround(typical) };
}

/**
 * A move from an ESCO occupation into the O*NET occupation the crosswalk matches it to: the same work, so LATERAL,
 * and only the time to find the job under its other name: 0-3 months (typical 1) at Nesta's confidence 1 or 2; at
 * 0.5 (a looser match) 1-6 months (typical 3).
 */
export function deriveEquivalentMove(confidence: number): TransitionMonths & { kind: 'LATERAL' } {
  return confidence >= 1
    ? { kind: 'LATERAL', monthsTypical: 1, monthsMin: 0, monthsMax: 3 }
    : { kind: 'LATERAL', monthsTypical: 3, monthsMin: 1, monthsMax: 6 };
}

/**
 * The job zone an ESCO occupation inherits from its O*NET occupations: the one of the highest-confidence link; when
 * several links tie (a 2010 code split in 2019), the zone most of them have, the lower on a tie. Null without any.
 */
export function inheritedJobZone(links: readonly { confidence: number; jobZone: number | null }[]): number | null {
  const known = links.filter((l) => l.jobZone !== null);
  if (known.length === 0) return null;
  const best = Math.max(...known.map((l) => l.confidence));
  const counts = new Map<number, number>();
  for (const l of known) if (l.confidence === best) counts.set(l.jobZone!, (counts.get(l.jobZone!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}
