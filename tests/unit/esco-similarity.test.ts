// The skill-similarity measure behind derived ESCO transitions: the inverted-index search returns what a plain
// pairwise computation returns, on generated profiles with a fixed random seed; and the measure's properties.
import { describe, expect, it } from 'vitest';
import {
  combineSimilarity,
  inverseDocumentFrequencies,
  mostSimilarProfiles,
  profileVectors,
  vectorSimilarity,
  type SkillProfile,
} from '../../src/domain/skill-similarity.js';
import { between, pick, seededRandom } from '../../src/seeded-random.js';

function generatedProfiles(seed: number, roles: number, skills: number): { profiles: SkillProfile[]; broader: Map<string, string> } {
  const random = seededRandom(seed);
  const skillIds = Array.from({ length: skills }, (_, i) => `s${i}`);
  const groups = Array.from({ length: Math.ceil(skills / 6) }, (_, i) => `g${i}`);
  const broader = new Map(skillIds.filter(() => random() < 0.8).map((s) => [s, pick(random, groups)]));
  const profiles = Array.from({ length: roles }, (_, i) => {
    const chosen = new Map<string, boolean>();
    for (let k = between(random, 0, 12); k > 0; k -= 1) chosen.set(pick(random, skillIds), random() < 0.6);
    return { id: `r${String(i).padStart(3, '0')}`, requirements: [...chosen].map(([skill, isEssential]) => ({ skill, isEssential })) };
  });
  return { profiles, broader };
}

describe('mostSimilarProfiles', () => {
  it('finds, for every role, the same most similar roles as comparing every pair (120 generated roles, seed 15)', () => {
    const { profiles, broader } = generatedProfiles(15, 120, 60);
    const broaderOf = (s: string) => broader.get(s);
    const threshold = 0.3;
    const limit = 5;
    const accept = (from: string, to: string) => (Number(from.slice(1)) + Number(to.slice(1))) % 7 !== 0;
    const fast = mostSimilarProfiles(profiles, broaderOf, { threshold, limit, accept });

    const idf = inverseDocumentFrequencies(profiles, broaderOf);
    const vectors = new Map(profiles.map((p) => [p.id, profileVectors(p, broaderOf, idf, Math.log(1 + profiles.length))]));
    let pairsFound = 0;
    for (const a of profiles) {
      const expected = profiles
        .filter((b) => b.id !== a.id && accept(a.id, b.id))
        .map((b) => ({ to: b.id, ...vectorSimilarity(vectors.get(a.id)!, vectors.get(b.id)!) }))
        .filter((pair) => pair.similarity >= threshold - 1e-12)
        .sort((x, y) => y.similarity - x.similarity || (x.to < y.to ? -1 : 1))
        .slice(0, limit);
      const found = fast.get(a.id)!;
      expect(found.map((p) => p.to)).toEqual(expected.map((p) => p.to));
      found.forEach((p, i) => expect(p.similarity).toBeCloseTo(expected[i].similarity, 9));
      pairsFound += found.length;
    }
    expect(pairsFound).toBeGreaterThan(50);
  });

  it('gives 1 for the same skills, 0 for nothing shared, and partial credit for skills under one broader skill', () => {
    const broader = new Map([
      ['a1', 'A'],
      ['a2', 'A'],
      ['b1', 'B'],
    ]);
    const profiles: SkillProfile[] = [
      {
        id: 'same-1',
        requirements: [
          { skill: 'a1', isEssential: true },
          { skill: 'b1', isEssential: false },
        ],
      },
      {
        id: 'same-2',
        requirements: [
          { skill: 'a1', isEssential: true },
          { skill: 'b1', isEssential: false },
        ],
      },
      { id: 'near', requirements: [{ skill: 'a2', isEssential: true }] },
      { id: 'apart', requirements: [{ skill: 'c', isEssential: true }] },
    ];
    const result = mostSimilarProfiles(profiles, (s) => broader.get(s), { threshold: 0, limit: 10 });
    const score = (from: string, to: string) => result.get(from)!.find((p) => p.to === to)?.similarity ?? 0;
    expect(score('same-1', 'same-2')).toBeCloseTo(1, 12);
    expect(score('same-1', 'apart')).toBe(0);
    expect(score('same-1', 'near')).toBeGreaterThan(0);
    expect(score('same-1', 'near')).toBeLessThan(0.5);
    expect(score('near', 'same-1')).toBeCloseTo(score('same-1', 'near'), 12);
  });

  it('weighs essential skills and all skills half each', () => {
    expect(combineSimilarity(1, 0)).toBe(0.5);
    expect(combineSimilarity(0.4, 0.8)).toBeCloseTo(0.6, 12);
  });
});
