// Skill similarity between two roles, after Nesta's Mapping Career Causeways (2020) as far as the graph's data
// allows: the published measure averages essential-skill, optional-skill, work-activity and work-context
// similarity (0.25 each); the graph holds the first two only (ESCO essential = REQUIRED, optional =
// DIFFERENTIATING), so they weigh half each. Nesta compares skills by sentence embeddings; here two skills count as
// the same when they are one node, and partly (NEAR_SKILL_CREDIT) when they share their broader skill (PART_OF).
//
//   essential  cosine of the roles' REQUIRED skills
//   all        cosine of all their skills (REQUIRED and DIFFERENTIATING): Nesta's "optional" block
//   similarity = 0.5 x essential + 0.5 x all, from 0 (nothing shared) to 1 (the same skills)
//
// Each skill weighs its IDF, ln(1 + N / df) over the N roles compared: a skill every role has ("use a computer")
// says little about how close two roles are. A skill's broader skill is a feature too, weighing NEAR_SKILL_CREDIT
// x its own IDF (df over the roles that have any of its parts). docs/esco-import.md explains each number.

export const SIMILARITY_WEIGHTS = { essential: 0.5, all: 0.5 } as const;

/** How much a shared broader skill counts next to a shared skill. */
export const NEAR_SKILL_CREDIT = 0.5;

export interface SkillRequirementRef {
  skill: string;
  /** REQUIRED (ESCO essential) rather than DIFFERENTIATING (ESCO optional). */
  isEssential: boolean;
}

export interface SkillProfile {
  id: string;
  requirements: readonly SkillRequirementRef[];
}

/** A unit-length sparse vector: feature -> weight. */
export type SkillVector = Map<string, number>;

export interface ProfileVectors {
  essential: SkillVector;
  all: SkillVector;
}

/** The broader skill of a skill (one PART_OF step), or undefined. */
export type BroaderOf = (skill: string) => string | undefined;

/** The feature a skill's broader skill adds; prefixed so that requiring an area itself and requiring one of its parts stay apart. */
export const broaderFeature = (broader: string) => `^${broader}`;

/** IDF of a feature that `df` of `n` roles have. */
export const inverseDocumentFrequency = (df: number, n: number) => Math.log(1 + n / Math.max(1, df));

function features(requirements: readonly SkillRequirementRef[], broaderOf: BroaderOf, essentialOnly: boolean): Set<string> {
  const result = new Set<string>();
  for (const r of requirements) {
    if (essentialOnly && !r.isEssential) continue;
    result.add(r.skill);
    const broader = broaderOf(r.skill);
    if (broader !== undefined) result.add(broaderFeature(broader));
  }
  return result;
}

/** IDF per feature over `profiles`: ln(1 + N / df), counting each role once per feature (all skills). */
export function inverseDocumentFrequencies(profiles: readonly SkillProfile[], broaderOf: BroaderOf): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of profiles) for (const f of features(p.requirements, broaderOf, false)) df.set(f, (df.get(f) ?? 0) + 1);
  const n = profiles.length;
  return new Map([...df].map(([f, count]) => [f, inverseDocumentFrequency(count, n)]));
}

function unitVector(featureSet: Set<string>, idf: ReadonlyMap<string, number>, fallbackIdf: number): SkillVector {
  const vector: SkillVector = new Map();
  let norm = 0;
  for (const f of featureSet) {
    const weight = (idf.get(f) ?? fallbackIdf) * (f.startsWith('^') ? NEAR_SKILL_CREDIT : 1);
    vector.set(f, weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm);
  if (length > 0) for (const [f, w] of vector) vector.set(f, w / length);
  return vector;
}

/** The two unit vectors of a role; a feature `idf` lacks weighs `fallbackIdf` (that of a skill only this role has). */
export function profileVectors(profile: SkillProfile, broaderOf: BroaderOf, idf: ReadonlyMap<string, number>, fallbackIdf: number): ProfileVectors {
  return {
    essential: unitVector(features(profile.requirements, broaderOf, true), idf, fallbackIdf),
    all: unitVector(features(profile.requirements, broaderOf, false), idf, fallbackIdf),
  };
}

function dot(a: SkillVector, b: SkillVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [f, w] of small) sum += w * (large.get(f) ?? 0);
  return sum;
}

export interface SimilarityParts {
  essential: number;
  all: number;
  similarity: number;
}

export function combineSimilarity(essential: number, all: number): number {
  return SIMILARITY_WEIGHTS.essential * essential + SIMILARITY_WEIGHTS.all * all;
}

/** The similarity of two roles' vectors, with its two blocks. */
export function vectorSimilarity(a: ProfileVectors, b: ProfileVectors): SimilarityParts {
  const essential = dot(a.essential, b.essential);
  const all = dot(a.all, b.all);
  return { essential, all, similarity: combineSimilarity(essential, all) };
}

export interface SimilarPair extends SimilarityParts {
  to: string;
}

/**
 * For every profile, the others whose similarity is at least `threshold` and that `accept` lets through, most similar
 * first (ties by id), at most `limit` of them. Dot products through an inverted index (feature -> roles), so only
 * pairs that share a feature cost anything.
 */
export function mostSimilarProfiles(
  profiles: readonly SkillProfile[],
  broaderOf: BroaderOf,
  options: { threshold: number; limit: number; accept?: (from: string, to: string) => boolean },
): Map<string, SimilarPair[]> {
  const idf = inverseDocumentFrequencies(profiles, broaderOf);
  const n = profiles.length;
  const vectors = profiles.map((p) => profileVectors(p, broaderOf, idf, Math.log(1 + n)));
  // Postings in flat typed arrays (feature -> roles and weights): the inner loop below runs tens of millions of times.
  const index = (block: 'essential' | 'all') => {
    const lists = new Map<string, { roles: number[]; weights: number[] }>();
    vectors.forEach((v, role) => {
      for (const [f, weight] of v[block]) {
        let list = lists.get(f);
        if (list === undefined) lists.set(f, (list = { roles: [], weights: [] }));
        list.roles.push(role);
        list.weights.push(weight);
      }
    });
    return new Map([...lists].map(([f, l]) => [f, { roles: Int32Array.from(l.roles), weights: Float64Array.from(l.weights) }]));
  };
  const accumulate = (vector: SkillVector, postings: ReturnType<typeof index>, into: Float64Array) => {
    into.fill(0);
    for (const [f, w] of vector) {
      const { roles, weights } = postings.get(f)!;
      for (let k = 0; k < roles.length; k += 1) into[roles[k]] += w * weights[k];
    }
  };
  const essentialIndex = index('essential');
  const allIndex = index('all');
  const essential = new Float64Array(n);
  const all = new Float64Array(n);
  const result = new Map<string, SimilarPair[]>();
  for (let a = 0; a < n; a += 1) {
    accumulate(vectors[a].essential, essentialIndex, essential);
    accumulate(vectors[a].all, allIndex, all);
    const from = profiles[a].id;
    const pairs: SimilarPair[] = [];
    for (let b = 0; b < n; b += 1) {
      if (b === a) continue;
      const similarity = combineSimilarity(essential[b], all[b]);
      if (similarity < options.threshold) continue;
      const to = profiles[b].id;
      if (options.accept && !options.accept(from, to)) continue;
      pairs.push({ to, essential: essential[b], all: all[b], similarity });
    }
    pairs.sort((x, y) => y.similarity - x.similarity || (x.to < y.to ? -1 : x.to > y.to ? 1 : 0));
    result.set(from, pairs.slice(0, options.limit));
  }
  return result;
}
