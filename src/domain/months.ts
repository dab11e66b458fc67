// How long a move takes: the bounds every source of months obeys, and what an unknown month count counts as.

/** No move is planned over more than 20 years; seed files, curator input and importers all keep to 0-240. */
export const MIN_MONTHS = 0;
export const MAX_MONTHS = 240;

/** A transition's months as stored on TRANSITIONS_TO (monthsMin <= monthsTypical <= monthsMax). */
export interface TransitionMonths {
  monthsTypical: number;
  monthsMin: number;
  monthsMax: number;
}

/** A span of months as the API shows it; a part is null when it is unknown. */
export interface MonthsSpan {
  typical: number | null;
  min: number | null;
  max: number | null;
}

/**
 * The unknown-months rule: a transition whose months are unknown is taken to last a year. Every comparison and
 * every total uses it: the career.routes procedure (passed as `$unknownMonths`), next roles' fastest route, and a
 * route's totalMonths. The step itself still shows its months as unknown (null).
 */
export const UNKNOWN_TRANSITION_MONTHS = 12;

/** The months a step counts for in rankings and totals. */
export const countedMonths = (months: number | null | undefined): number => months ?? UNKNOWN_TRANSITION_MONTHS;

/** Clamps a computed month count into the bounds. */
export const clampMonths = (months: number): number => Math.min(MAX_MONTHS, Math.max(MIN_MONTHS, months));
