// How alike two occupations are, from what O*NET says of them besides skill and knowledge ratings: the words of
// title and description, the technologies, the SOC group and the job zone. Pure; docs/onet-import.md has the figures.
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

export interface SimilarityWeights {
  technologies: number;
  text: number;
  socGroup: number;
  jobZone: number;
}

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

export interface Neighbour {
  soc: string;
  title: string;
  similarity: number;
}

type SparseVector = Map<string, number>;

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

export interface Profile {
  evidence: OccupationEvidence;
  technologies: SparseVector;
  text: SparseVector;
}

/** Unit vectors per occupation: IDF-weighted technologies (hot and in-demand count more) and TF-IDF words. */
export function profiles(occupations: readonly OccupationEvidence[]): Map<string, Profile> {
  const technologyIdf = inverseDocumentFrequency(occupations.map((o) => o.technologies.map((t) => t.id)));
  const texts = occupations.map((o) => words(o.text));
  const wordIdf = inverseDocumentFrequency(texts);
  const result = new Map<string, Profile>();
  occupations.forEach((o, i) => {
    const technologies: SparseVector = new Map();
    for (const t of o.technologies) {
      const weight =
        technologyIdf.get(t.id)! * (1 + (t.isHotTechnology ? TECHNOLOGY_FLAG_BONUS.hot : 0) + (t.isInDemand ? TECHNOLOGY_FLAG_BONUS.inDemand : 0));
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
export function nearest(target: Profile, candidates: readonly Profile[], count: number, weights: SimilarityWeights): Neighbour[] {
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
