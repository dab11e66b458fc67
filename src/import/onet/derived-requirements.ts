// Requirements for occupations O*NET does not rate on skills and knowledge: the weighted mean of the ratings of the
// most similar rated occupations (occupation-similarity.ts). Pure: evidence in, derived ratings out.
// docs/onet-import.md states the rule and its measured recovery (derivation-recovery.ts); keep the two in step.
import { nearest, profiles, SIMILARITY_WEIGHTS, type Neighbour, type OccupationEvidence, type SimilarityWeights } from './occupation-similarity.js';
import { round2 } from './rounding.js';

/** One usable rating (not suppressed, not marked not relevant): importance 1-5, level 0-7. */
export interface ElementScore {
  importance: number;
  level: number | null;
}

export interface RatedOccupation extends OccupationEvidence {
  /** Per element key (the Skill id of the skill or knowledge area). */
  ratings: ReadonlyMap<string, ElementScore>;
}

export interface DerivationOptions {
  /** How many of the most similar rated occupations the ratings come from. */
  neighbours: number;
  /** An element is REQUIRED when its mean importance is at least this (the import's threshold). */
  threshold: number;
  /** The terms of similarity and their weights (default SIMILARITY_WEIGHTS). */
  weights?: SimilarityWeights;
}

export const DEFAULT_NEIGHBOURS = 5;
/** When no element reaches the threshold, the few with the highest mean importance are REQUIRED anyway. */
export const FALLBACK_REQUIRED = 3;

export interface DerivedElement {
  element: string;
  /** Weighted mean importance over the neighbours that rate the element, rounded to 2 decimals. */
  importance: number;
  level: number | null;
  isRequired: boolean;
}

export interface DerivedRequirements {
  soc: string;
  neighbours: Neighbour[];
  /** Every element some neighbour rates, by mean importance (highest first). */
  elements: DerivedElement[];
  /** True when no element reached the threshold and the FALLBACK_REQUIRED highest were taken. */
  usedFallback: boolean;
}

/** Each element's mean importance and level over the neighbours that rate it, weighted by similarity. */
export function meanRatings(neighbours: readonly Neighbour[], ratingsOf: (soc: string) => ReadonlyMap<string, ElementScore>, threshold: number) {
  // All-zero similarities (no evidence in common) count the neighbours equally.
  const weights = neighbours.every((n) => n.similarity <= 0) ? neighbours.map(() => 1) : neighbours.map((n) => Math.max(0, n.similarity));
  const sums = new Map<string, { importance: number; importanceWeight: number; level: number; levelWeight: number }>();
  neighbours.forEach((n, i) => {
    const w = weights[i];
    if (w === 0) return;
    for (const [element, score] of ratingsOf(n.soc)) {
      let sum = sums.get(element);
      if (sum === undefined) sums.set(element, (sum = { importance: 0, importanceWeight: 0, level: 0, levelWeight: 0 }));
      sum.importance += w * score.importance;
      sum.importanceWeight += w;
      if (score.level !== null) {
        sum.level += w * score.level;
        sum.levelWeight += w;
      }
    }
  });
  const elements: DerivedElement[] = [...sums].map(([element, s]) => {
    const importance = round2(s.importance / s.importanceWeight);
    return { element, importance, level: s.levelWeight > 0 ? round2(s.level / s.levelWeight) : null, isRequired: importance >= threshold };
  });
  elements.sort((a, b) => b.importance - a.importance || (a.element < b.element ? -1 : 1));
  const usedFallback = elements.length > 0 && !elements.some((e) => e.isRequired);
  if (usedFallback) for (const e of elements.slice(0, FALLBACK_REQUIRED)) e.isRequired = true;
  return { elements, usedFallback };
}

/**
 * Derives skill and knowledge ratings for each target from its `neighbours` most similar rated occupations:
 * similarity = the weighted sum of SIMILARITY_WEIGHTS' terms (technology cosine, description cosine, SOC prior,
 * job zone closeness); each element's importance and level = the similarity-weighted mean over the neighbours that
 * rate it; REQUIRED when the mean importance is at least the threshold (at least FALLBACK_REQUIRED elements when
 * none is). IDF weights are computed over targets and rated occupations together.
 */
export function deriveRequirements(
  targets: readonly OccupationEvidence[],
  rated: readonly RatedOccupation[],
  options: DerivationOptions,
): DerivedRequirements[] {
  if (!Number.isInteger(options.neighbours) || options.neighbours < 1) {
    throw new RangeError(`neighbours must be a whole number of at least 1, got ${options.neighbours}`);
  }
  const ratedSocs = new Set(rated.map((r) => r.soc));
  const all = [...rated, ...targets.filter((t) => !ratedSocs.has(t.soc))];
  const byId = profiles(all);
  const candidates = rated.map((r) => byId.get(r.soc)!);
  const ratings = new Map(rated.map((r) => [r.soc, r.ratings]));
  return targets.map((target) => {
    const neighbours = nearest(byId.get(target.soc)!, candidates, options.neighbours, options.weights ?? SIMILARITY_WEIGHTS);
    const { elements, usedFallback } = meanRatings(neighbours, (soc) => ratings.get(soc)!, options.threshold);
    return { soc: target.soc, neighbours, elements, usedFallback };
  });
}
