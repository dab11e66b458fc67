// Requirements for occupations O*NET does not rate on skills and knowledge: the weighted mean of the ratings of the
// most similar rated occupations. Pure: evidence in, derived ratings out. docs/onet-import.md states the rule and
// its measured recovery; keep the two in step.
//
// Similarity never reads O*NET's Related Occupations: that list is the yardstick `similarRoles` is judged
// against, and deriving from it would leak the answer.

/** What is known about an occupation besides its skill and knowledge ratings. */
export interface OccupationEvidence {
  soc: string;
  title: string;
  /** Title and description: the words an occupation is described by. */
  text: string;
  jobZone: number | null;
  technologies: readonly { id: string; isHotTechnology: boolean; isInDemand: boolean }[];
}

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

export interface SimilarityWeights {
  technologies: number;
  text: number;
  socGroup: number;
  jobZone: number;
}

export const DEFAULT_NEIGHBOURS = 5;

/**
 * The terms of the similarity between two occupations, each in 0-1. The words of title and description weigh
 * most: on the rated occupations they recover hidden ratings better than technologies alone (F1 0.77 against
 * 0.71), and 93 of the 137 unrated occupations of 29.3 (the "All Other" and military ones) list no technologies.
 * The SOC group is a prior (an "All Other" occupation sits with the detailed occupations of its broad group);
 * job zone closeness separates occupations of one field at different levels. docs/onet-import.md has the figures.
 */
export const SIMILARITY_WEIGHTS: Readonly<SimilarityWeights> = { technologies: 0.5, text: 1, socGroup: 0.3, jobZone: 0.3 };
/** Weight of a technology in an occupation's vector: IDF times this, plus these for a hot or in-demand listing. */
export const TECHNOLOGY_FLAG_BONUS = { hot: 0.5, inDemand: 0.5 } as const;
/** SOC prior: same broad occupation (`15-125`), same minor group (`15-12`), same major group (`15`). */
export const SOC_PRIOR = { broad: 1, minor: 0.6, major: 0.25 } as const;
/** When no element reaches the threshold, the few with the highest mean importance are REQUIRED anyway. */
export const FALLBACK_REQUIRED = 3;

export interface Neighbour {
  soc: string;
  title: string;
  similarity: number;
}

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

type SparseVector = Map<string, number>;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The SOC prior of two codes shaped `dd-dddd.dd`. */
export function socPrior(a: string, b: string): number {
  if (a.slice(0, 6) === b.slice(0, 6)) return SOC_PRIOR.broad;
  if (a.slice(0, 5) === b.slice(0, 5)) return SOC_PRIOR.minor;
  if (a.slice(0, 2) === b.slice(0, 2)) return SOC_PRIOR.major;
  return 0;
}

/** 1 for the same job zone, 0 four zones apart; 0 when either is unknown. */
export function jobZoneCloseness(a: number | null, b: number | null): number {
  return a === null || b === null ? 0 : 1 - Math.abs(a - b) / 4;
}

const STOP_WORDS = new Set(
  (
    'and the for with other all such from into that this may their them using use used including include includes ' +
    'not are who which can also those these any each more than most'
  ).split(' '),
);

/** Lowercase words of 3+ letters without stop words, with a plural `s` dropped. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w))
    .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

function inverseDocumentFrequency(documents: readonly (readonly string[])[]): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, df] of documentFrequency) idf.set(term, Math.log(documents.length / df));
  return idf;
}

function normalised(vector: SparseVector): SparseVector {
  const norm = Math.sqrt([...vector.values()].reduce((sum, v) => sum + v * v, 0));
  if (norm > 0) for (const [term, v] of vector) vector.set(term, v / norm);
  return vector;
}

function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, v] of small) {
    const w = large.get(term);
    if (w !== undefined) sum += v * w;
  }
  return sum;
}

interface Profile {
  evidence: OccupationEvidence;
  technologies: SparseVector;
  text: SparseVector;
}

/** Unit vectors per occupation: IDF-weighted technologies (hot and in-demand count more) and TF-IDF words. */
function profiles(occupations: readonly OccupationEvidence[]): Map<string, Profile> {
  const technologyIdf = inverseDocumentFrequency(occupations.map((o) => o.technologies.map((t) => t.id)));
  const texts = occupations.map((o) => words(o.text));
  const wordIdf = inverseDocumentFrequency(texts);
  const result = new Map<string, Profile>();
  occupations.forEach((o, i) => {
    const technologies: SparseVector = new Map();
    for (const t of o.technologies) {
      const weight = technologyIdf.get(t.id)! * (1 + (t.isHotTechnology ? TECHNOLOGY_FLAG_BONUS.hot : 0) + (t.isInDemand ? TECHNOLOGY_FLAG_BONUS.inDemand : 0));
      technologies.set(t.id, Math.max(technologies.get(t.id) ?? 0, weight));
    }
    const text: SparseVector = new Map();
    for (const w of texts[i]) text.set(w, (text.get(w) ?? 0) + wordIdf.get(w)!);
    result.set(o.soc, { evidence: o, technologies: normalised(technologies), text: normalised(text) });
  });
  return result;
}

/** The similarity of two occupations: the weighted sum of the terms of SIMILARITY_WEIGHTS. */
function similarity(a: Profile, b: Profile, weights: SimilarityWeights): number {
  return (
    weights.technologies * dot(a.technologies, b.technologies) +
    weights.text * dot(a.text, b.text) +
    weights.socGroup * socPrior(a.evidence.soc, b.evidence.soc) +
    weights.jobZone * jobZoneCloseness(a.evidence.jobZone, b.evidence.jobZone)
  );
}

/**
 * The `count` most similar candidates; ties go to the closer job zone, then the lower SOC code. When some of them
 * are similar at all, the ones with similarity 0 are left out (they would add nothing to a weighted mean).
 */
function nearest(target: Profile, candidates: readonly Profile[], count: number, weights: SimilarityWeights): Neighbour[] {
  const zoneDistance = (p: Profile) =>
    target.evidence.jobZone === null || p.evidence.jobZone === null ? 5 : Math.abs(target.evidence.jobZone - p.evidence.jobZone);
  return candidates
    .filter((c) => c.evidence.soc !== target.evidence.soc)
    .map((c) => ({ profile: c, similarity: similarity(target, c, weights) }))
    .sort(
      (a, b) =>
        b.similarity - a.similarity ||
        zoneDistance(a.profile) - zoneDistance(b.profile) ||
        (a.profile.evidence.soc < b.profile.evidence.soc ? -1 : 1),
    )
    .slice(0, count)
    .filter((c, _, chosen) => c.similarity > 0 || chosen.every((other) => other.similarity <= 0))
    .map(({ profile, similarity: s }) => ({ soc: profile.evidence.soc, title: profile.evidence.title, similarity: s }));
}

/** Each element's mean importance and level over the neighbours that rate it, weighted by similarity. */
function meanRatings(neighbours: readonly Neighbour[], ratingsOf: (soc: string) => ReadonlyMap<string, ElementScore>, threshold: number) {
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
