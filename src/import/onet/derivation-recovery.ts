// How well the derivation rule (derived-requirements.ts) recovers ratings O*NET does state: each rated occupation
// in turn is treated as unrated. Pure; `src/import/onet/derivation-check.ts` prints the figures for a release.
import { meanRatings, type DerivationOptions, type RatedOccupation } from './derived-requirements.js';
import { nearest, profiles, SIMILARITY_WEIGHTS } from './occupation-similarity.js';

export interface RecoveryFigures {
  occupations: number;
  /** Of the derived REQUIRED elements, the share O*NET's own ratings make REQUIRED (pooled over occupations). */
  precision: number;
  /** Of O*NET's own REQUIRED elements, the share the rule derives. */
  recall: number;
  f1: number;
  /** Mean absolute difference of derived and rated importance (1-5) and level (0-7), over rated elements. */
  importanceMae: number;
  levelMae: number;
}

/**
 * How well the rule recovers known ratings: each rated occupation in turn is treated as unrated (its ratings
 * hidden, the others as candidates) and its derived ratings are compared with its own. `hideTechnologies` also
 * hides every occupation's technologies, as for the occupations that list none.
 */
export function measureRecovery(
  rated: readonly RatedOccupation[],
  options: DerivationOptions,
  { hideTechnologies = false }: { hideTechnologies?: boolean } = {},
): RecoveryFigures {
  const occupations = hideTechnologies ? rated.map((r) => ({ ...r, technologies: [] })) : rated;
  const byId = profiles(occupations);
  const candidates = occupations.map((r) => byId.get(r.soc)!);
  const ratings = new Map(occupations.map((r) => [r.soc, r.ratings]));
  let derivedRequired = 0;
  let actualRequired = 0;
  let both = 0;
  let importanceError = 0;
  let importanceCount = 0;
  let levelError = 0;
  let levelCount = 0;
  for (const target of occupations) {
    const neighbours = nearest(byId.get(target.soc)!, candidates, options.neighbours, options.weights ?? SIMILARITY_WEIGHTS);
    const { elements } = meanRatings(neighbours, (soc) => ratings.get(soc)!, options.threshold);
    const derived = new Map(elements.map((e) => [e.element, e]));
    for (const [element, actual] of target.ratings) {
      const d = derived.get(element);
      const isActualRequired = actual.importance >= options.threshold;
      if (isActualRequired) actualRequired += 1;
      if (d?.isRequired && isActualRequired) both += 1;
      if (d === undefined) continue;
      importanceError += Math.abs(d.importance - actual.importance);
      importanceCount += 1;
      if (d.level !== null && actual.level !== null) {
        levelError += Math.abs(d.level - actual.level);
        levelCount += 1;
      }
    }
    derivedRequired += elements.filter((e) => e.isRequired).length;
  }
  const precision = derivedRequired === 0 ? 0 : both / derivedRequired;
  const recall = actualRequired === 0 ? 0 : both / actualRequired;
  return {
    occupations: occupations.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    importanceMae: importanceCount === 0 ? 0 : importanceError / importanceCount,
    levelMae: levelCount === 0 ? 0 : levelError / levelCount,
  };
}
