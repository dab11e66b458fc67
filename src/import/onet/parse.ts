// Parses and validates a whole O*NET release (file contents in, typed records out) before anything is written.
// Works on both layouts: label columns (Title, Related Title, Element Name, Scale Name) are never needed, since
// titles come from Occupation Data and element names from Content Model Reference.
import {
  builtInCategoryMonths,
  EXPERIENCE_SCALES,
  parseCategoryMonths,
  type CategoryMonths,
  type ExperienceRating,
  type ExperienceScale,
} from './experience.js';
import { DEFAULT_VERSION, ONET_FILES, versionFromReadMe, type OnetFileKey, type ReleaseTexts } from './files.js';
import type { AlternateTitle, ContentElement, ElementRating, Occupation, OnetRelease, RelatedOccupation, TechnologyExample } from './release.js';
import { technologyId } from './slug.js';
import { RELATEDNESS_TIERS, type RelatednessTier } from './transition-rule.js';
import { Problems, readTable, type TsvRow } from './tsv.js';

const SOC = 'O*NET-SOC Code';

type Visit = (row: TsvRow) => void;

/** Parses every file; throws OnetValidationError listing every problem (file:line: column ...) when any is bad. */
export function parseRelease(texts: ReleaseTexts): OnetRelease {
  const problems = new Problems();
  const rowCounts: Record<string, number> = {};
  const labelColumns = new Set<string>();
  /** Reads one file; returns false when its header lacks a required column (its rows were not read). */
  const read = (key: OnetFileKey, required: string[], optional: string[], visit: Visit): boolean => {
    const text = texts[key];
    if (text === undefined) return true;
    const file = ONET_FILES[key];
    const result = readTable(file, text, { required, optional }, problems, visit);
    rowCounts[file] = result.rows;
    for (const label of ['Title', 'Related Title', 'Element Name', 'Scale Name']) {
      if (key !== 'occupations' && key !== 'contentModel' && result.columns.includes(label)) labelColumns.add(label);
    }
    return required.every((column) => result.columns.includes(column));
  };

  const occupations: Occupation[] = [];
  const occupationLines = new Map<string, number>();
  const hasOccupations = read('occupations', [SOC, 'Title'], ['Description'], (row) => {
    const soc = row.socCode(SOC);
    const title = row.requiredText('Title');
    if (soc === null || title === null) return;
    const first = occupationLines.get(soc);
    if (first !== undefined) return row.problem(SOC, `"${soc}" is listed again (first on line ${first})`);
    occupationLines.set(soc, row.line);
    occupations.push({ soc, title, description: row.optionalText('Description') });
  });

  /** A SOC code in another file, which must name an occupation of Occupation Data (checked when that file was readable). */
  const knownSoc = (row: TsvRow, column: string): string | null => {
    const soc = row.socCode(column);
    if (soc === null) return null;
    if (occupationLines.has(soc) || !hasOccupations) return soc;
    row.problem(column, `"${soc}" is not an occupation in ${ONET_FILES.occupations}`);
    return null;
  };

  const elements = new Map<string, ContentElement>();
  const elementLines = new Map<string, number>();
  const hasElements = read('contentModel', ['Element ID', 'Element Name'], ['Description'], (row) => {
    const id = row.requiredText('Element ID');
    const name = row.requiredText('Element Name');
    if (id === null || name === null) return;
    const first = elementLines.get(id);
    if (first !== undefined) return row.problem('Element ID', `"${id}" is listed again (first on line ${first})`);
    elementLines.set(id, row.line);
    elements.set(id, { id, name, description: row.optionalText('Description') });
  });

  const jobZones = new Map<string, number>();
  const jobZoneLines = new Map<string, number>();
  read('jobZones', [SOC, 'Job Zone'], ['Title'], (row) => {
    const soc = knownSoc(row, SOC);
    const zone = row.integer('Job Zone', 1, 5);
    if (soc === null || zone === null) return;
    const first = jobZoneLines.get(soc);
    if (first !== undefined) return row.problem(SOC, `"${soc}" has a job zone already (line ${first})`);
    jobZoneLines.set(soc, row.line);
    jobZones.set(soc, zone);
  });

  const alternateTitles: AlternateTitle[] = [];
  read('alternateTitles', [SOC, 'Alternate Title'], ['Title', 'Short Title', 'Source(s)'], (row) => {
    const soc = knownSoc(row, SOC);
    const title = row.requiredText('Alternate Title');
    if (soc === null || title === null) return;
    const sources = row.optionalText('Source(s)');
    alternateTitles.push({
      soc,
      title,
      shortTitle: row.optionalText('Short Title'),
      sourceCount: sources === null ? 0 : sources.split(',').filter((s) => s.trim() !== '').length,
    });
  });

  const readRatings = (key: 'skills' | 'knowledge'): ElementRating[] => {
    const ratings: ElementRating[] = [];
    read(key, [SOC, 'Element ID', 'Scale ID', 'Data Value'], ['Title', 'Element Name', 'Scale Name', 'Recommend Suppress', 'Not Relevant'], (row) => {
      const soc = knownSoc(row, SOC);
      const elementId = row.requiredText('Element ID');
      const scale = row.requiredText('Scale ID');
      const value = row.number('Data Value');
      const isSuppressed = row.flag('Recommend Suppress');
      const isNotRelevant = row.flag('Not Relevant');
      if (elementId !== null && hasElements && !elements.has(elementId)) {
        row.problem('Element ID', `"${elementId}" is not an element in ${ONET_FILES.contentModel}`);
        return;
      }
      if (scale !== null && scale !== 'IM' && scale !== 'LV') {
        row.problem('Scale ID', `"${scale}" is not IM (importance) or LV (level)`);
        return;
      }
      if (soc === null || elementId === null || scale === null || value === null) return;
      ratings.push({ soc, elementId, scale, value, isSuppressed: isSuppressed === true, isNotRelevant: isNotRelevant === true });
    });
    return ratings;
  };
  const skills = readRatings('skills');
  const knowledge = readRatings('knowledge');

  const technologies: TechnologyExample[] = [];
  read('technologySkills', [SOC, 'Example', 'Hot Technology'], ['Title', 'Commodity Code', 'Commodity Title', 'In Demand'], (row) => {
    const soc = knownSoc(row, SOC);
    const example = row.requiredText('Example');
    const isHotTechnology = row.flag('Hot Technology');
    const isInDemand = row.flag('In Demand');
    const commodityCode = row.optionalText('Commodity Code');
    if (commodityCode !== null && !/^\d+$/.test(commodityCode)) {
      row.problem('Commodity Code', `"${commodityCode}" is not a UNSPSC code (digits)`);
    }
    if (example !== null && technologyId(example) === '') {
      row.problem('Example', `"${example}" has no letters or digits to make an id from`);
      return;
    }
    if (soc === null || example === null) return;
    technologies.push({
      soc,
      example,
      commodityCode,
      commodityTitle: row.optionalText('Commodity Title'),
      isHotTechnology: isHotTechnology === true,
      isInDemand: isInDemand === true,
    });
  });

  const related: RelatedOccupation[] = [];
  const relatedLines = new Map<string, number>();
  read('relatedOccupations', [SOC, 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index'], ['Title', 'Related Title'], (row) => {
    const soc = knownSoc(row, SOC);
    const relatedSoc = knownSoc(row, 'Related O*NET-SOC Code');
    const tier = row.text('Relatedness Tier');
    const index = row.integer('Index', 1, 999);
    const isTier = (RELATEDNESS_TIERS as readonly string[]).includes(tier);
    if (!isTier) row.problem('Relatedness Tier', `"${tier}" is not one of ${RELATEDNESS_TIERS.join(', ')}`);
    if (soc === null || relatedSoc === null || index === null || !isTier) return;
    if (soc === relatedSoc) return row.problem('Related O*NET-SOC Code', `"${soc}" relates the occupation to itself`);
    const key = `${soc}|${relatedSoc}`;
    const first = relatedLines.get(key);
    if (first !== undefined) return row.problem('Related O*NET-SOC Code', `"${relatedSoc}" is related to ${soc} again (first on line ${first})`);
    relatedLines.set(key, row.line);
    related.push({ soc, relatedSoc, tier: tier as RelatednessTier, index });
  });

  const experienceCategories = texts.educationCategories === undefined ? builtInCategoryMonths() : emptyCategories();
  read('educationCategories', ['Scale ID', 'Category', 'Category Description'], ['Element ID', 'Element Name', 'Scale Name'], (row) => {
    const scale = row.text('Scale ID');
    if (!isExperienceScale(scale)) return;
    const category = row.integer('Category', 1, 99);
    const description = row.text('Category Description');
    const months = parseCategoryMonths(description);
    if (months === null)
      row.problem('Category Description', `"${description}" names no duration (expected e.g. "Over 1 year, up to and including 2 years")`);
    if (category !== null && months !== null) experienceCategories[scale].set(category, months);
  });

  const experience: ExperienceRating[] = [];
  read(
    'education',
    [SOC, 'Scale ID', 'Category', 'Data Value'],
    ['Title', 'Element ID', 'Element Name', 'Scale Name', 'Recommend Suppress'],
    (row) => {
      const soc = knownSoc(row, SOC);
      const scale = row.text('Scale ID');
      // Education level (RL) and the importance items (IM) carry no duration: only RW and OJ are read.
      if (!isExperienceScale(scale)) return;
      const category = row.integer('Category', 1, 99);
      const percent = row.number('Data Value');
      if (category !== null && !experienceCategories[scale].has(category)) {
        row.problem('Category', `${category} is not a category of scale ${scale} (${categoryListing(experienceCategories[scale])})`);
        return;
      }
      if (soc === null || category === null || percent === null) return;
      experience.push({ soc, scale, category, percent });
    },
  );

  problems.throwIfAny();
  return {
    version: versionFromReadMe(texts.readMe) ?? DEFAULT_VERSION,
    layout: labelColumns.size > 0 ? 'excel' : 'text',
    rowCounts,
    occupations,
    jobZones,
    alternateTitles,
    elements,
    skills,
    knowledge,
    technologies,
    related,
    experience,
    experienceCategories,
  };
}

const isExperienceScale = (scale: string): scale is ExperienceScale => (EXPERIENCE_SCALES as readonly string[]).includes(scale);

function emptyCategories(): CategoryMonths {
  return { RW: new Map(), OJ: new Map() };
}

function categoryListing(categories: Map<number, unknown>): string {
  const known = [...categories.keys()].sort((a, b) => a - b);
  return known.length === 0 ? 'none defined' : `known: ${known.join(', ')}`;
}
