// "Your next role": which moves count as moving up, sideways or down, and how candidates are ranked per intent.
import type { TransitionKind } from './transitions.js';

export const NEXT_ROLE_INTENTS = ['ADVANCE', 'LATERAL', 'ANY'] as const;
export type NextRoleIntent = (typeof NEXT_ROLE_INTENTS)[number];
export type NextRoleDirection = 'UP' | 'LEVEL' | 'DOWN';

/** Routes of five years or more earn no speed credit. */
const SPEED_HORIZON_MONTHS = 60;

/** The weights of the score's terms; documented on NextRole.score in schema/paths.graphql. */
const WEIGHTS = { coverage: 0.5, speed: 0.3, advancement: 0.2 };
const ADVANCEMENT: Record<NextRoleDirection, number> = { UP: 1, LEVEL: 0.5, DOWN: 0 };

export interface NextRoleCandidate {
  roleId: string;
  /** The kinds of the transitions on the fastest route there. */
  kinds: (TransitionKind | null)[];
  months: number;
  /** Job zones (1-5) of the start and the candidate; a curated role uses its nearest occupation's. */
  startZone: number | null;
  targetZone: number | null;
  startPayUsd: number | null;
  targetPayUsd: number | null;
  /** Share of the candidate's required skill areas the person has (0-1). */
  coverage: number;
}

/** A route made only of promotions is a promotion. */
export const isPromotion = (candidate: Pick<NextRoleCandidate, 'kinds'>): boolean =>
  candidate.kinds.length > 0 && candidate.kinds.every((kind) => kind === 'PROMOTION');

/**
 * DOWN: a lower job zone, or lower pay where both are known. UP: a higher job zone, or a promotion that is not
 * DOWN. LEVEL: everything else (same zone, or zones unknown).
 */
export function directionOf(c: NextRoleCandidate): NextRoleDirection {
  const zoneDelta = c.startZone != null && c.targetZone != null ? c.targetZone - c.startZone : null;
  const isPayLower = c.startPayUsd != null && c.targetPayUsd != null && c.targetPayUsd < c.startPayUsd;
  if ((zoneDelta !== null && zoneDelta < 0) || isPayLower) return 'DOWN';
  if ((zoneDelta !== null && zoneDelta > 0) || isPromotion(c)) return 'UP';
  return 'LEVEL';
}

/** 0.5 x coverage + 0.3 x speed (1 for an instant move, 0 at five years) + 0.2 x advancement (UP 1, LEVEL 0.5, DOWN 0). */
export function nextRoleScore(coverage: number, months: number, direction: NextRoleDirection): number {
  const speed = 1 - Math.min(Math.max(months, 0), SPEED_HORIZON_MONTHS) / SPEED_HORIZON_MONTHS;
  return WEIGHTS.coverage * coverage + WEIGHTS.speed * speed + WEIGHTS.advancement * ADVANCEMENT[direction];
}

export function coverageOf(requiredCount: number, missingCount: number): number {
  return requiredCount === 0 ? 1 : (requiredCount - missingCount) / requiredCount;
}

export interface RankedNextRole<C extends NextRoleCandidate> {
  candidate: C;
  direction: NextRoleDirection;
  score: number;
}

const fitsIntent: Record<NextRoleIntent, (direction: NextRoleDirection, c: NextRoleCandidate) => boolean> = {
  ADVANCE: (direction) => direction !== 'DOWN',
  LATERAL: (direction, c) => direction === 'LEVEL' && !isPromotion(c),
  ANY: () => true,
};

/**
 * The candidates that fit the intent, best first: under ADVANCE promotions come first, then by score; otherwise by
 * score. Ties go to the shorter route, then the id.
 */
export function rankNextRoles<C extends NextRoleCandidate>(candidates: readonly C[], intent: NextRoleIntent): RankedNextRole<C>[] {
  return candidates
    .map((candidate) => {
      const direction = directionOf(candidate);
      return { candidate, direction, score: nextRoleScore(candidate.coverage, candidate.months, direction) };
    })
    .filter((ranked) => fitsIntent[intent](ranked.direction, ranked.candidate))
    .sort(
      (a, b) =>
        (intent === 'ADVANCE' ? Number(isPromotion(b.candidate)) - Number(isPromotion(a.candidate)) : 0) ||
        b.score - a.score ||
        a.candidate.kinds.length - b.candidate.kinds.length ||
        a.candidate.roleId.localeCompare(b.candidate.roleId),
    );
}
