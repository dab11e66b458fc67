// The rules that derive months and kinds for transitions O*NET only names as related, and the experience figures
// they rest on.
import { describe, expect, it } from 'vitest';
import {
  builtInCategoryMonths,
  expectedMonths,
  parseCategoryMonths,
  preparationByOccupation,
  type ExperienceRating,
} from '../../src/import/onet/experience.js';
import {
  deriveRelatedTransition,
  deriveSpecialization,
  monthsAround,
  RELATEDNESS_TIERS,
  type RelatedMove,
} from '../../src/import/onet/transition-rule.js';
import { seededRandom as random } from '../../src/seeded-random.js';

describe('parseCategoryMonths', () => {
  it.each([
    ['None', 0, 0],
    ['None or short demonstration', 0, 0],
    ['Up to and including 1 month', 0, 1],
    ['Anything beyond short demonstration, up to and including 1 month', 0, 1],
    ['Over 1 month, up to and including 3 months', 1, 3],
    ['Over 6 months, up to and including 1 year', 6, 12],
    ['Over 4 years, up to and including 10 years', 48, 120],
    ['Over 10 years', 120, 144],
    ['Up to 1 month', 0, 1],
    ['Over 1 month, up to 3 months', 1, 3],
  ])('reads "%s" as %i-%i months', (description, min, max) => {
    expect(parseCategoryMonths(description)).toEqual({ min, max });
  });

  it('returns null for a description that names no duration', () => {
    expect(parseCategoryMonths("Bachelor's Degree")).toBeNull();
    expect(parseCategoryMonths('Some time')).toBeNull();
  });
});

describe('expectedMonths', () => {
  const rw = builtInCategoryMonths().RW;

  it('weights each category midpoint by its percent', () => {
    // 50% "Over 1 year, up to 2 years" (18) and 50% "Over 2 years, up to 4 years" (36).
    expect(
      expectedMonths(
        [
          { category: 6, percent: 50 },
          { category: 7, percent: 50 },
        ],
        rw,
      ),
    ).toBe(27);
    // Percents need not sum to 100: they are normalized.
    expect(
      expectedMonths(
        [
          { category: 1, percent: 10 },
          { category: 5, percent: 30 },
        ],
        rw,
      ),
    ).toBeCloseTo((0 * 10 + 9 * 30) / 40);
  });

  it('is null when nobody answered', () => {
    expect(expectedMonths([], rw)).toBeNull();
    expect(expectedMonths([{ category: 3, percent: 0 }], rw)).toBeNull();
  });
});

describe('preparationByOccupation', () => {
  const categories = builtInCategoryMonths();
  const rate = (soc: string, rw: number, oj: number): ExperienceRating[] => [
    { soc, scale: 'RW', category: rw, percent: 100 },
    { soc, scale: 'OJ', category: oj, percent: 100 },
  ];

  it("uses the occupation's own ratings, else its job zone's average, else the release's", () => {
    const zones = new Map([
      ['a', 4],
      ['b', 4],
      ['c', 4],
      ['d', 2],
    ]);
    const ratings = [...rate('a', 7, 5), ...rate('b', 6, 6), ...rate('d', 4, 3)];
    const prep = preparationByOccupation(['a', 'b', 'c', 'd', 'e'], zones, ratings, categories);
    expect(prep.get('a')).toEqual({ relatedExperienceMonths: 36, onTheJobTrainingMonths: 9, basis: 'occupation' });
    expect(prep.get('c')).toEqual({ relatedExperienceMonths: 27, onTheJobTrainingMonths: 13.5, basis: 'job-zone' });
    expect(prep.get('e')).toEqual({ relatedExperienceMonths: (36 + 18 + 4.5) / 3, onTheJobTrainingMonths: (9 + 18 + 2) / 3, basis: 'release' });
  });

  it('needs both scales to count an occupation as rated, and falls back to the defaults when nothing is rated', () => {
    const prep = preparationByOccupation(['a'], new Map(), [{ soc: 'a', scale: 'RW', category: 7, percent: 100 }], categories);
    expect(prep.get('a')).toEqual({ relatedExperienceMonths: 24, onTheJobTrainingMonths: 9, basis: 'default' });
  });
});

describe('deriveRelatedTransition', () => {
  const prep = { relatedExperienceMonths: 36, onTheJobTrainingMonths: 9 };
  const move = (overrides: Partial<RelatedMove>): RelatedMove => ({
    tier: 'Primary-Short',
    sourceJobZone: 4,
    targetJobZone: 4,
    isSameMajorGroup: true,
    targetPreparation: prep,
    ...overrides,
  });

  it('calls a closely related move at the same or a lower job zone LATERAL', () => {
    expect(deriveRelatedTransition(move({})).kind).toBe('LATERAL');
    expect(deriveRelatedTransition(move({ targetJobZone: 3, isSameMajorGroup: false })).kind).toBe('LATERAL');
    expect(deriveRelatedTransition(move({ sourceJobZone: null })).kind).toBe('LATERAL');
  });

  it('calls a move up in job zone within the SOC major group a PROMOTION, whatever the tier', () => {
    for (const tier of RELATEDNESS_TIERS) expect(deriveRelatedTransition(move({ tier, targetJobZone: 5 })).kind).toBe('PROMOTION');
  });

  it('calls everything else a CAREER_CHANGE', () => {
    expect(deriveRelatedTransition(move({ targetJobZone: 5, isSameMajorGroup: false })).kind).toBe('CAREER_CHANGE');
    expect(deriveRelatedTransition(move({ tier: 'Primary-Long' })).kind).toBe('CAREER_CHANGE');
    expect(deriveRelatedTransition(move({ tier: 'Supplemental', targetJobZone: 2 })).kind).toBe('CAREER_CHANGE');
    expect(deriveRelatedTransition(move({ tier: 'Supplemental', targetJobZone: null })).kind).toBe('CAREER_CHANGE');
  });

  it('adds a tier base and a tier share of the target preparation, and 6 months per job zone step up', () => {
    // 45 months of preparation: Primary-Short 1 + 0.15 x 45 = 7.75; Primary-Long 2 + 0.35 x 45 = 17.75;
    // Supplemental 3 + 0.6 x 45 = 30.
    expect(deriveRelatedTransition(move({}))).toMatchObject({ monthsTypical: 8, monthsMin: 4, monthsMax: 12, jobZoneSteps: 0 });
    expect(deriveRelatedTransition(move({ tier: 'Primary-Long' }))).toMatchObject({ monthsTypical: 18, monthsMin: 9, monthsMax: 27 });
    expect(deriveRelatedTransition(move({ tier: 'Supplemental' }))).toMatchObject({ monthsTypical: 30, monthsMin: 15, monthsMax: 45 });
    expect(deriveRelatedTransition(move({ sourceJobZone: 2, targetJobZone: 4 }))).toMatchObject({ monthsTypical: 20, jobZoneSteps: 2 });
    // A step down costs nothing extra.
    expect(deriveRelatedTransition(move({ sourceJobZone: 5, targetJobZone: 4 }))).toMatchObject({ monthsTypical: 8, jobZoneSteps: 0 });
  });

  it('on generated moves (fixed seed): months are whole, within 0-240, min <= typical <= max, and grow with the tier and the job zone gap', () => {
    const next = random(20250501);
    const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
    const zones = [null, 1, 2, 3, 4, 5];
    for (let i = 0; i < 2000; i += 1) {
      const base: RelatedMove = {
        tier: pick(RELATEDNESS_TIERS),
        sourceJobZone: pick(zones),
        targetJobZone: pick(zones),
        isSameMajorGroup: next() < 0.5,
        targetPreparation: { relatedExperienceMonths: next() * 144, onTheJobTrainingMonths: next() * 144 },
      };
      const t = deriveRelatedTransition(base);
      for (const m of [t.monthsMin, t.monthsTypical, t.monthsMax]) {
        expect(Number.isInteger(m)).toBe(true);
        expect(m).toBeGreaterThanOrEqual(0);
        expect(m).toBeLessThanOrEqual(240);
      }
      expect(t.monthsMin).toBeLessThanOrEqual(t.monthsTypical);
      expect(t.monthsTypical).toBeLessThanOrEqual(t.monthsMax);
      // Independent restatement of the kind rule.
      const gap = base.sourceJobZone !== null && base.targetJobZone !== null ? base.targetJobZone - base.sourceJobZone : null;
      const expectedKind =
        gap !== null && gap > 0 && base.isSameMajorGroup
          ? 'PROMOTION'
          : (gap ?? 0) <= 0 && base.tier === 'Primary-Short'
            ? 'LATERAL'
            : 'CAREER_CHANGE';
      expect(t.kind).toBe(expectedKind);
      // Monotonic: a looser tier never takes less time; neither does a target one job zone higher.
      const typicalBy = RELATEDNESS_TIERS.map((tier) => deriveRelatedTransition({ ...base, tier }).monthsTypical);
      expect(typicalBy[0]).toBeLessThanOrEqual(typicalBy[1]);
      expect(typicalBy[1]).toBeLessThanOrEqual(typicalBy[2]);
      if (base.targetJobZone !== null && base.targetJobZone < 5) {
        const higher = deriveRelatedTransition({ ...base, targetJobZone: base.targetJobZone + 1 });
        expect(higher.monthsTypical).toBeGreaterThanOrEqual(t.monthsTypical);
      }
    }
  });
});

describe('deriveSpecialization', () => {
  it("takes the longer of the occupation's on-the-job training and the role's minimum experience, at least 3 months", () => {
    expect(deriveSpecialization({ occupationTrainingMonths: 10.5, roleExperienceMinYears: 0 })).toEqual({
      monthsTypical: 11,
      monthsMin: 6,
      monthsMax: 17,
    });
    expect(deriveSpecialization({ occupationTrainingMonths: 10.5, roleExperienceMinYears: 2 })).toEqual({
      monthsTypical: 24,
      monthsMin: 12,
      monthsMax: 36,
    });
    expect(deriveSpecialization({ occupationTrainingMonths: 0.5, roleExperienceMinYears: null })).toEqual({
      monthsTypical: 3,
      monthsMin: 2,
      monthsMax: 5,
    });
  });
});

describe('monthsAround', () => {
  it('keeps min <= typical <= max inside 0-240', () => {
    expect(monthsAround(200)).toEqual({ monthsTypical: 200, monthsMin: 100, monthsMax: 240 });
    expect(monthsAround(400)).toEqual({ monthsTypical: 240, monthsMin: 120, monthsMax: 240 });
    expect(monthsAround(0)).toEqual({ monthsTypical: 0, monthsMin: 0, monthsMax: 0 });
    expect(monthsAround(1)).toEqual({ monthsTypical: 1, monthsMin: 1, monthsMax: 2 });
  });
});
