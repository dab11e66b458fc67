// How many months of related work experience and on-the-job training an occupation asks for, from the category
// distributions in "Education, Training, and Experience" (percent of respondents per duration category).

/** The two scales the importer reads: Related Work Experience and On-the-Job Training. */
export const EXPERIENCE_SCALES = ['RW', 'OJ'] as const;
export type ExperienceScale = (typeof EXPERIENCE_SCALES)[number];

export interface MonthsInterval {
  min: number;
  max: number;
}

/** An open-ended category ("Over 10 years") is read as that duration plus up to two more years. */
export const OPEN_ENDED_EXTRA_MONTHS = 24;

const DURATION = /(\d+(?:\.\d+)?)\s*(day|week|month|year)s?/gi;
const MONTHS_PER_UNIT: Record<string, number> = { day: 1 / 30, week: 12 / 52, month: 1, year: 12 };

/**
 * Reads a category description of the Categories file as a span of months: "None" -> 0-0, "Up to and including
 * 1 month" -> 0-1, "Over 1 year, up to and including 2 years" -> 12-24, "Over 10 years" -> 120-144. Returns null
 * when the text names no duration this rule understands.
 */
export function parseCategoryMonths(description: string): MonthsInterval | null {
  const text = description.trim();
  const durations = [...text.matchAll(DURATION)].map((m) => Number(m[1]) * MONTHS_PER_UNIT[m[2].toLowerCase()]);
  if (durations.length === 0) return /^none\b/i.test(text) ? { min: 0, max: 0 } : null;
  if (durations.length === 2 && /^over\b/i.test(text) && durations[0] <= durations[1]) {
    return { min: durations[0], max: durations[1] };
  }
  if (durations.length === 1 && /\bup to\b/i.test(text)) return { min: 0, max: durations[0] };
  if (durations.length === 1 && /^over\b/i.test(text)) return { min: durations[0], max: durations[0] + OPEN_ENDED_EXTRA_MONTHS };
  return null;
}

/**
 * The categories of O*NET 29.3 (Education, Training, and Experience Categories.txt), used when a release folder
 * lacks that file. The same descriptions run through `parseCategoryMonths` when the file is present.
 */
export const BUILT_IN_CATEGORY_MONTHS: Record<ExperienceScale, Record<number, MonthsInterval>> = {
  RW: {
    1: { min: 0, max: 0 },
    2: { min: 0, max: 1 },
    3: { min: 1, max: 3 },
    4: { min: 3, max: 6 },
    5: { min: 6, max: 12 },
    6: { min: 12, max: 24 },
    7: { min: 24, max: 48 },
    8: { min: 48, max: 72 },
    9: { min: 72, max: 96 },
    10: { min: 96, max: 120 },
    11: { min: 120, max: 120 + OPEN_ENDED_EXTRA_MONTHS },
  },
  OJ: {
    1: { min: 0, max: 0 },
    2: { min: 0, max: 1 },
    3: { min: 1, max: 3 },
    4: { min: 3, max: 6 },
    5: { min: 6, max: 12 },
    6: { min: 12, max: 24 },
    7: { min: 24, max: 48 },
    8: { min: 48, max: 120 },
    9: { min: 120, max: 120 + OPEN_ENDED_EXTRA_MONTHS },
  },
};

export type CategoryMonths = Record<ExperienceScale, Map<number, MonthsInterval>>;

export function builtInCategoryMonths(): CategoryMonths {
  const toMap = (scale: ExperienceScale) =>
    new Map(Object.entries(BUILT_IN_CATEGORY_MONTHS[scale]).map(([category, interval]) => [Number(category), interval]));
  return { RW: toMap('RW'), OJ: toMap('OJ') };
}

/**
 * Expected months over a category distribution: each category counts with the midpoint of its span, weighted by
 * its percent. Null when the percents sum to zero (no answers).
 */
export function expectedMonths(
  distribution: readonly { category: number; percent: number }[],
  categories: Map<number, MonthsInterval>,
): number | null {
  let weighted = 0;
  let total = 0;
  for (const { category, percent } of distribution) {
    const span = categories.get(category);
    if (span === undefined || percent <= 0) continue;
    weighted += percent * ((span.min + span.max) / 2);
    total += percent;
  }
  return total > 0 ? weighted / total : null;
}

/** What an occupation asks of a newcomer, in months, and where the figures come from. */
export interface Preparation {
  relatedExperienceMonths: number;
  onTheJobTrainingMonths: number;
  /** 'occupation': its own ratings; 'job-zone': average of its job zone; 'release': average of all; 'default'. */
  basis: 'occupation' | 'job-zone' | 'release' | 'default';
}

/** Used only when a release has no experience ratings at all (about the medians of O*NET 29.3). */
export const DEFAULT_PREPARATION = { relatedExperienceMonths: 24, onTheJobTrainingMonths: 9 } as const;

export interface ExperienceRating {
  soc: string;
  scale: ExperienceScale;
  category: number;
  percent: number;
}

/**
 * Months of related work experience and on-the-job training for every occupation in `occupations`. An occupation
 * without ratings for both scales gets the average of the rated occupations in its job zone, else the average of
 * all rated occupations, else DEFAULT_PREPARATION.
 */
export function preparationByOccupation(
  occupations: readonly string[],
  jobZones: ReadonlyMap<string, number>,
  ratings: readonly ExperienceRating[],
  categories: CategoryMonths,
): Map<string, Preparation> {
  const distributions = new Map<string, { category: number; percent: number }[]>();
  for (const r of ratings) {
    const key = `${r.soc}|${r.scale}`;
    let list = distributions.get(key);
    if (list === undefined) distributions.set(key, (list = []));
    list.push({ category: r.category, percent: r.percent });
  }
  const rated = new Map<string, { rw: number; oj: number }>();
  for (const soc of occupations) {
    const rw = expectedMonths(distributions.get(`${soc}|RW`) ?? [], categories.RW);
    const oj = expectedMonths(distributions.get(`${soc}|OJ`) ?? [], categories.OJ);
    if (rw !== null && oj !== null) rated.set(soc, { rw, oj });
  }

  const average = (values: { rw: number; oj: number }[]) =>
    values.length === 0
      ? null
      : {
          rw: values.reduce((sum, v) => sum + v.rw, 0) / values.length,
          oj: values.reduce((sum, v) => sum + v.oj, 0) / values.length,
        };
  const byZone = new Map<number, { rw: number; oj: number }[]>();
  for (const [soc, value] of rated) {
    const zone = jobZones.get(soc);
    if (zone === undefined) continue;
    let list = byZone.get(zone);
    if (list === undefined) byZone.set(zone, (list = []));
    list.push(value);
  }
  const zoneAverage = new Map([...byZone].map(([zone, values]) => [zone, average(values)!]));
  const releaseAverage = average([...rated.values()]);

  const result = new Map<string, Preparation>();
  for (const soc of occupations) {
    const own = rated.get(soc);
    const zone = jobZones.get(soc);
    const ofZone = zone === undefined ? undefined : zoneAverage.get(zone);
    const [value, basis]: [{ rw: number; oj: number }, Preparation['basis']] = own
      ? [own, 'occupation']
      : ofZone
        ? [ofZone, 'job-zone']
        : releaseAverage
          ? [releaseAverage, 'release']
          : [{ rw: DEFAULT_PREPARATION.relatedExperienceMonths, oj: DEFAULT_PREPARATION.onTheJobTrainingMonths }, 'default'];
    result.set(soc, { relatedExperienceMonths: value.rw, onTheJobTrainingMonths: value.oj, basis });
  }
  return result;
}
