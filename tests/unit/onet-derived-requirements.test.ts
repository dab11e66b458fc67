// The rule that derives skill and knowledge requirements for occupations O*NET does not rate: the nearest rated
// occupations by description, technologies, SOC group and job zone, and the weighted mean of their ratings.
import { describe, expect, it } from 'vitest';
import { measureRecovery } from '../../src/import/onet/derivation-recovery.js';
import { deriveRequirements, FALLBACK_REQUIRED, type ElementScore, type RatedOccupation } from '../../src/import/onet/derived-requirements.js';
import {
  jobZoneCloseness,
  SIMILARITY_WEIGHTS,
  socPrior,
  TECHNOLOGY_FLAG_BONUS,
  words,
  type OccupationEvidence,
  type SimilarityWeights,
} from '../../src/import/onet/occupation-similarity.js';
import { between, pick, seededRandom, type Random } from '../../src/seeded-random.js';

const options = { neighbours: 2, threshold: 3 };

function occupation(soc: string, overrides: Partial<OccupationEvidence> = {}): OccupationEvidence {
  return { soc, title: `Occupation ${soc}`, text: '', jobZone: 4, technologies: [], ...overrides };
}

function rated(soc: string, ratings: Record<string, [number, number | null]>, overrides: Partial<OccupationEvidence> = {}): RatedOccupation {
  return {
    ...occupation(soc, overrides),
    ratings: new Map(Object.entries(ratings).map(([element, [importance, level]]) => [element, { importance, level }])),
  };
}

describe('the terms of similarity', () => {
  it('gives the SOC prior by the shared part of the code: broad occupation, minor group, major group', () => {
    expect(socPrior('15-1299.00', '15-1299.08')).toBe(1);
    expect(socPrior('15-1252.00', '15-1253.00')).toBe(1);
    expect(socPrior('15-1252.00', '15-1211.00')).toBe(0.6);
    expect(socPrior('15-1252.00', '15-2051.00')).toBe(0.25);
    expect(socPrior('15-1252.00', '17-2071.00')).toBe(0);
  });

  it('gives job zone closeness 1 for the same zone, 0 four zones apart or when a zone is unknown', () => {
    expect(jobZoneCloseness(4, 4)).toBe(1);
    expect(jobZoneCloseness(2, 4)).toBe(0.5);
    expect(jobZoneCloseness(1, 5)).toBe(0);
    expect(jobZoneCloseness(null, 4)).toBe(0);
  });

  it('reads words of three or more letters, without stop words or a plural s', () => {
    expect(words('Develop and test software for mobile devices, All Other')).toEqual(['develop', 'test', 'software', 'mobile', 'device']);
    expect(words('Process business records')).toEqual(['process', 'business', 'record']);
  });
});

describe('deriveRequirements', () => {
  it('takes the neighbours in the same broad occupation and averages their ratings by similarity', () => {
    const weights: SimilarityWeights = { technologies: 0, text: 0, socGroup: 1, jobZone: 0 };
    const candidates = [
      rated('15-1251.00', { math: [4, 5], reading: [3, 4] }),
      rated('15-1252.00', { math: [2, 3], reading: [3.5, 4.5], law: [1, null] }),
      rated('15-1211.00', { math: [1, 1], reading: [1, 1] }),
      rated('43-9061.00', { math: [5, 7], reading: [5, 7] }),
    ];
    const [result] = deriveRequirements([occupation('15-1299.00')], candidates, { ...options, weights });
    // 15-12xx: minor group (0.6) for all three; none shares the broad occupation 15-129x. Ties: lower code first.
    expect(result.neighbours.map((n) => [n.soc, n.similarity])).toEqual([
      ['15-1211.00', 0.6],
      ['15-1251.00', 0.6],
    ]);
    // Nothing reaches 3.0: the highest ones (up to FALLBACK_REQUIRED) are REQUIRED anyway, so the occupation asks
    // for something.
    expect(FALLBACK_REQUIRED).toBeGreaterThanOrEqual(2);
    expect(result.elements).toEqual([
      { element: 'math', importance: 2.5, level: 3, isRequired: true },
      { element: 'reading', importance: 2, level: 2.5, isRequired: true },
    ]);
    expect(result.usedFallback).toBe(true);
  });

  it('weights a closer neighbour more and marks REQUIRED at the threshold', () => {
    const weights: SimilarityWeights = { technologies: 0, text: 0, socGroup: 1, jobZone: 0 };
    const candidates = [
      rated('15-1299.01', { math: [3, 5], reading: [2, 2] }), // broad: 1
      rated('15-1211.00', { math: [1, 1], reading: [5, 6] }), // minor: 0.6
      rated('17-2071.00', { math: [5, 7], reading: [5, 7] }), // nothing shared: 0
    ];
    const [result] = deriveRequirements([occupation('15-1299.00')], candidates, { ...options, weights });
    expect(result.neighbours.map((n) => n.soc)).toEqual(['15-1299.01', '15-1211.00']);
    const mean = (a: number, b: number) => Math.round(((1 * a + 0.6 * b) / 1.6) * 100) / 100;
    expect(result.elements).toEqual([
      { element: 'reading', importance: mean(2, 5), level: mean(2, 6), isRequired: true },
      { element: 'math', importance: mean(3, 1), level: mean(5, 1), isRequired: false },
    ]);
    expect(result.usedFallback).toBe(false);
  });

  it('ranks by shared technologies, rare and hot ones counting more, and by shared words', () => {
    const tech = (id: string, isHotTechnology = false) => ({ id, isHotTechnology, isInDemand: false });
    const common = tech('spreadsheet');
    const candidates = [
      rated('11-1011.00', { a: [3, 3] }, { technologies: [common] }),
      rated('29-1141.00', { a: [3, 3] }, { technologies: [common, tech('pytorch', true)] }),
      rated('41-2031.00', { a: [3, 3] }, { technologies: [common], text: 'Train neural network models' }),
      rated('53-3032.00', { a: [3, 3] }, { technologies: [common] }),
    ];
    const target = occupation('15-2051.00', { technologies: [common, tech('pytorch', true)], text: 'Build neural network models' });
    const [result] = deriveRequirements([target], candidates, { ...options, neighbours: 4 });
    expect(result.neighbours.slice(0, 2).map((n) => n.soc)).toEqual(['29-1141.00', '41-2031.00']);
  });

  it('never takes the target itself as its neighbour, and breaks ties by job zone, then SOC code', () => {
    const weights: SimilarityWeights = { technologies: 0, text: 0, socGroup: 0, jobZone: 0 };
    const candidates = [
      rated('11-1011.00', { a: [4, 4] }, { jobZone: 1 }),
      rated('13-1011.00', { a: [4, 4] }, { jobZone: 3 }),
      rated('15-1011.00', { a: [4, 4] }, { jobZone: 5 }),
    ];
    const [itself] = deriveRequirements([candidates[1]], candidates, { ...options, weights });
    expect(itself.neighbours.map((n) => n.soc)).toEqual(['11-1011.00', '15-1011.00']);
    const [zoneFive] = deriveRequirements([occupation('19-1011.00', { jobZone: 5 })], candidates, { ...options, weights });
    expect(zoneFive.neighbours.map((n) => n.soc)).toEqual(['15-1011.00', '13-1011.00']);
  });

  it('refuses a neighbour count below 1', () => {
    expect(() => deriveRequirements([occupation('15-1299.00')], [], { neighbours: 0, threshold: 3 })).toThrow(
      'neighbours must be a whole number of at least 1, got 0',
    );
  });
});

// An independent implementation of the documented rule, written for clarity, not speed: dense vectors over the
// whole vocabulary, a full sort of every candidate.
function referenceDerivation(
  target: OccupationEvidence,
  candidates: readonly RatedOccupation[],
  everyone: readonly OccupationEvidence[],
  k: number,
  threshold: number,
): { neighbours: string[]; elements: Map<string, { importance: number; level: number | null; isRequired: boolean }> } {
  const technologyIds = [...new Set(everyone.flatMap((o) => o.technologies.map((t) => t.id)))];
  const vocabulary = [...new Set(everyone.flatMap((o) => words(o.text)))];
  const idf = (count: number) => Math.log(everyone.length / count);
  const technologyVector = (o: OccupationEvidence) =>
    technologyIds.map((id) => {
      const listed = o.technologies.filter((t) => t.id === id);
      if (listed.length === 0) return 0;
      const df = everyone.filter((e) => e.technologies.some((t) => t.id === id)).length;
      return Math.max(
        ...listed.map(
          (t) => idf(df) * (1 + (t.isHotTechnology ? TECHNOLOGY_FLAG_BONUS.hot : 0) + (t.isInDemand ? TECHNOLOGY_FLAG_BONUS.inDemand : 0)),
        ),
      );
    });
  const textVector = (o: OccupationEvidence) => {
    const own = words(o.text);
    return vocabulary.map((w) => own.filter((x) => x === w).length * idf(everyone.filter((e) => words(e.text).includes(w)).length));
  };
  const cosine = (a: number[], b: number[]) => {
    const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    const d = norm(a) * norm(b);
    return d === 0 ? 0 : a.reduce((s, x, i) => s + x * b[i], 0) / d;
  };
  const prior = (a: string, b: string) =>
    a.slice(0, 6) === b.slice(0, 6) ? 1 : a.slice(0, 5) === b.slice(0, 5) ? 0.6 : a.slice(0, 2) === b.slice(0, 2) ? 0.25 : 0;
  const zones = (a: number | null, b: number | null) => (a === null || b === null ? 0 : 1 - Math.abs(a - b) / 4);
  const w = SIMILARITY_WEIGHTS;
  const scored = candidates
    .filter((c) => c.soc !== target.soc)
    .map((c) => ({
      c,
      s:
        w.technologies * cosine(technologyVector(target), technologyVector(c)) +
        w.text * cosine(textVector(target), textVector(c)) +
        w.socGroup * prior(target.soc, c.soc) +
        w.jobZone * zones(target.jobZone, c.jobZone),
      zoneDistance: target.jobZone === null || c.jobZone === null ? 5 : Math.abs(target.jobZone - c.jobZone),
    }));
  scored.sort((a, b) => b.s - a.s || a.zoneDistance - b.zoneDistance || a.c.soc.localeCompare(b.c.soc));
  const top = scored.slice(0, k);
  const allZero = top.every((x) => x.s <= 0);
  const chosen = allZero ? top : top.filter((x) => x.s > 0);
  const elements = new Map<string, { importance: number; level: number | null; isRequired: boolean }>();
  const names = [...new Set(chosen.flatMap((x) => [...x.c.ratings.keys()]))];
  for (const name of names) {
    const raters = chosen.filter((x) => x.c.ratings.has(name)).map((x) => ({ weight: allZero ? 1 : x.s, score: x.c.ratings.get(name)! }));
    const withWeight = raters.filter((r) => r.weight > 0);
    if (withWeight.length === 0) continue;
    const mean = (list: typeof withWeight, value: (s: ElementScore) => number) =>
      list.reduce((s, r) => s + r.weight * value(r.score), 0) / list.reduce((s, r) => s + r.weight, 0);
    const withLevel = withWeight.filter((r) => r.score.level !== null);
    const importance = Math.round(mean(withWeight, (s) => s.importance) * 100) / 100;
    elements.set(name, {
      importance,
      level: withLevel.length === 0 ? null : Math.round(mean(withLevel, (s) => s.level!) * 100) / 100,
      isRequired: importance >= threshold,
    });
  }
  if (elements.size > 0 && ![...elements.values()].some((e) => e.isRequired)) {
    const top = [...elements].sort((a, b) => b[1].importance - a[1].importance || a[0].localeCompare(b[0])).slice(0, FALLBACK_REQUIRED);
    for (const [, e] of top) e.isRequired = true;
  }
  return { neighbours: chosen.map((x) => x.c.soc), elements };
}

const VOCABULARY = ['circuit', 'patient', 'ledger', 'software', 'engine', 'student', 'crop', 'vehicle', 'contract', 'sensor', 'record', 'design'];
const TECHNOLOGIES = ['python', 'excel', 'autocad', 'sap', 'matlab', 'epic', 'quickbooks', 'linux', 'labview', 'tableau'];
const ELEMENTS = ['reading', 'math', 'science', 'speaking', 'programming', 'law', 'medicine', 'mechanics'];

function randomOccupation(random: Random, soc: string): OccupationEvidence {
  const technologies = TECHNOLOGIES.filter(() => random() < 0.3).map((id) => ({ id, isHotTechnology: random() < 0.4, isInDemand: random() < 0.2 }));
  return {
    soc,
    title: soc,
    text: Array.from({ length: between(random, 0, 6) }, () => pick(random, VOCABULARY)).join(' '),
    jobZone: random() < 0.15 ? null : between(random, 1, 5),
    technologies,
  };
}

function randomSoc(random: Random, used: Set<string>): string {
  for (;;) {
    const soc = `${pick(random, ['11', '15', '17'])}-${between(random, 1, 2)}${between(random, 0, 2)}${between(random, 0, 9)}${between(random, 0, 9)}.0${between(random, 0, 3)}`;
    if (!used.has(soc)) {
      used.add(soc);
      return soc;
    }
  }
}

describe('deriveRequirements on generated occupations (fixed seed) agrees with a dense reference implementation', () => {
  it.each([1, 7, 42, 2026])('seed %i', (seed) => {
    const random = seededRandom(seed);
    const used = new Set<string>();
    const candidates: RatedOccupation[] = Array.from({ length: 40 }, () => {
      const o = randomOccupation(random, randomSoc(random, used));
      const ratings = new Map<string, ElementScore>();
      for (const e of ELEMENTS) {
        if (random() < 0.15) continue; // suppressed or not relevant: no usable rating
        ratings.set(e, { importance: 1 + Math.round(random() * 400) / 100, level: random() < 0.1 ? null : Math.round(random() * 700) / 100 });
      }
      return { ...o, ratings };
    });
    const targets = Array.from({ length: 12 }, () => randomOccupation(random, randomSoc(random, used)));
    const k = between(random, 1, 6);
    const results = deriveRequirements(targets, candidates, { neighbours: k, threshold: 3 });
    expect(results).toHaveLength(targets.length);
    for (const [i, result] of results.entries()) {
      const reference = referenceDerivation(targets[i], candidates, [...candidates, ...targets], k, 3);
      expect(result.neighbours.map((n) => n.soc)).toEqual(reference.neighbours);
      expect(new Set(result.elements.map((e) => e.element))).toEqual(new Set(reference.elements.keys()));
      for (const element of result.elements) {
        const expected = reference.elements.get(element.element)!;
        expect(Math.abs(element.importance - expected.importance)).toBeLessThanOrEqual(0.0100001);
        if (expected.level === null) expect(element.level).toBeNull();
        else expect(Math.abs(element.level! - expected.level)).toBeLessThanOrEqual(0.0100001);
        expect(element.isRequired).toBe(expected.isRequired);
      }
      // Every target asks for something.
      expect(result.elements.some((e) => e.isRequired)).toBe(true);
    }
  });
});

describe('measureRecovery', () => {
  // Three fields; every occupation of a field has its field's ratings, so the rule can recover them exactly.
  const FIELDS = [
    { major: '15', words: 'software code program', ratings: { programming: 4.5, math: 3.5, speaking: 2 } },
    { major: '29', words: 'patient care clinic', ratings: { programming: 1.2, math: 2.5, speaking: 4 } },
    { major: '47', words: 'build concrete site', ratings: { programming: 1, math: 3, speaking: 2.5 } },
  ];

  function fieldOccupations(random: Random): RatedOccupation[] {
    return FIELDS.flatMap((field, f) =>
      Array.from({ length: 6 }, (_, i) => ({
        soc: `${field.major}-10${f}${i}.00`,
        title: `${field.major} ${i}`,
        text: `${field.words} ${pick(random, VOCABULARY)}`,
        jobZone: between(random, 2, 4),
        technologies: [],
        ratings: new Map(Object.entries(field.ratings).map(([e, importance]) => [e, { importance, level: importance + 1 }])),
      })),
    );
  }

  it('recovers hidden ratings exactly when occupations of one field share their ratings', () => {
    const figures = measureRecovery(fieldOccupations(seededRandom(3)), { neighbours: 3, threshold: 3 });
    expect(figures).toEqual({ occupations: 18, precision: 1, recall: 1, f1: 1, importanceMae: 0, levelMae: 0 });
  });

  it('counts misses: the plain mean of every other occupation blurs the fields', () => {
    const occupations = fieldOccupations(seededRandom(3));
    const blind: SimilarityWeights = { technologies: 0, text: 0, socGroup: 0, jobZone: 0 };
    const figures = measureRecovery(occupations, { neighbours: 17, threshold: 3, weights: blind }, { hideTechnologies: true });
    // A software occupation: programming (4.5) averages to (5 x 4.5 + 6 x 1.2 + 6 x 1) / 17 = 2.1 over the others.
    expect(figures.recall).toBeLessThan(1);
    expect(figures.precision).toBeLessThan(1);
    expect(figures.importanceMae).toBeGreaterThan(0.5);
  });
});
