// A small SYNTHETIC O*NET release for tests: invented occupations, elements and technologies in the file format of
// the official `db_29_3_text` download (no label columns), or, on request, with the label columns of the Excel
// layout. The project never commits O*NET files; this writes the fixture into a temp folder instead.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type FixtureLayout = 'text' | 'excel';

/** Invented occupations. 15-1252.00 is the code the curated seed's roles name, so they link to it. */
export const FIXTURE_OCCUPATIONS = [
  { soc: '15-1252.00', title: 'Application Builders', description: 'Design and build application software for devices and services.', jobZone: 4 },
  { soc: '17-9101.00', title: 'Circuit Designers', description: 'Lay out and verify electronic circuits for new products.', jobZone: 4 },
  { soc: '17-9102.00', title: 'Signal Processing Engineers', description: 'Develop methods that filter and interpret sensor signals.', jobZone: 4 },
  { soc: '17-9201.00', title: 'Bench Technicians', description: 'Assemble and test prototype boards at a lab bench.', jobZone: 3 },
  { soc: '15-9101.00', title: 'Data Wranglers', description: 'Collect, clean and reshape data sets for analysis.', jobZone: 4 },
  { soc: '11-9101.00', title: 'Engineering Leads', description: 'Direct teams of engineers and plan their projects.', jobZone: 5 },
  { soc: '43-9101.00', title: 'Records Keepers', description: 'File, retrieve and archive business records.', jobZone: 2 },
  // No job zone and no experience ratings: exercises the fallbacks.
  { soc: '49-9101.00', title: 'Device Repairers', description: 'Diagnose and repair small electronic devices.', jobZone: null },
] as const;

export const FIXTURE_ELEMENTS = [
  { id: '2.A', name: 'Skills', description: 'Developed capacities that help a person learn and do work.' },
  { id: '2.A.1.a', name: 'Careful Reading', description: 'Reading work documents closely and catching what matters.' },
  { id: '2.A.1.b', name: 'Systems Debugging', description: 'Finding the cause of a fault in a system and fixing it.' },
  { id: '2.A.1.c', name: 'Team Coordination', description: 'Adjusting one\'s work to the work of others.' },
  { id: '2.C', name: 'Knowledge', description: 'Organized sets of principles and facts.' },
  { id: '2.C.1.a', name: 'Circuit Theory', description: 'How electric circuits behave and how to analyze them.' },
  { id: '2.C.1.b', name: 'Data Handling', description: 'Storing, cleaning and summarizing data.' },
  { id: '2.C.1.c', name: 'Records Law', description: 'Rules for keeping and disclosing records.' },
  { id: '3.A.1', name: 'Related Work Experience', description: 'Prior work experience the job asks for.' },
  { id: '3.A.3', name: 'On-the-Job Training', description: 'Training given on the job after hiring.' },
] as const;

type Rating = [soc: string, elementId: string, importance: number, level: number, flags?: { suppress?: boolean; notRelevant?: boolean }];

/** Importance (IM) and level (LV) per occupation and skill. Threshold 3.0 keeps 13 of these as REQUIRES. */
export const FIXTURE_SKILL_RATINGS: Rating[] = [
  ['15-1252.00', '2.A.1.a', 3.0, 3.5],
  ['15-1252.00', '2.A.1.b', 4.5, 5.1],
  ['15-1252.00', '2.A.1.c', 2.9, 2.5],
  ['17-9101.00', '2.A.1.a', 3.4, 3.8],
  ['17-9101.00', '2.A.1.b', 3.9, 4.0],
  ['17-9101.00', '2.A.1.c', 3.2, 3.0, { suppress: true }],
  ['17-9102.00', '2.A.1.a', 3.1, 3.3],
  ['17-9102.00', '2.A.1.b', 4.1, 4.4],
  ['17-9102.00', '2.A.1.c', 2.0, 1.5],
  ['17-9201.00', '2.A.1.a', 2.8, 2.7],
  ['17-9201.00', '2.A.1.b', 3.6, 3.9],
  ['17-9201.00', '2.A.1.c', 3.3, 3.1, { notRelevant: true }],
  ['15-9101.00', '2.A.1.a', 3.8, 4.1],
  ['15-9101.00', '2.A.1.b', 3.2, 3.4],
  ['15-9101.00', '2.A.1.c', 3.0, 3.2],
  ['11-9101.00', '2.A.1.a', 4.2, 4.6],
  ['11-9101.00', '2.A.1.b', 2.5, 2.2],
  ['11-9101.00', '2.A.1.c', 4.7, 5.0],
  ['43-9101.00', '2.A.1.a', 3.5, 3.6],
  ['43-9101.00', '2.A.1.b', 1.5, 1.0],
  ['43-9101.00', '2.A.1.c', 2.5, 2.0],
];

/** Threshold 3.0 keeps 9 of these as REQUIRES. */
export const FIXTURE_KNOWLEDGE_RATINGS: Rating[] = [
  ['15-1252.00', '2.C.1.a', 2.5, 2.0],
  ['15-1252.00', '2.C.1.b', 3.6, 3.9],
  ['15-1252.00', '2.C.1.c', 1.2, 0.8],
  ['17-9101.00', '2.C.1.a', 4.8, 5.5],
  ['17-9101.00', '2.C.1.b', 2.9, 2.8],
  ['17-9101.00', '2.C.1.c', 1.0, 0.5],
  ['17-9102.00', '2.C.1.a', 4.3, 4.9],
  ['17-9102.00', '2.C.1.b', 3.3, 3.5],
  ['17-9102.00', '2.C.1.c', 1.1, 0.6],
  ['17-9201.00', '2.C.1.a', 3.7, 3.6],
  ['17-9201.00', '2.C.1.b', 2.0, 1.8],
  ['17-9201.00', '2.C.1.c', 1.4, 1.0],
  ['15-9101.00', '2.C.1.a', 1.8, 1.2],
  ['15-9101.00', '2.C.1.b', 4.6, 5.2],
  ['15-9101.00', '2.C.1.c', 2.2, 1.9],
  ['11-9101.00', '2.C.1.a', 3.0, 3.4],
  ['11-9101.00', '2.C.1.b', 3.1, 3.0],
  ['11-9101.00', '2.C.1.c', 2.8, 2.5],
  ['43-9101.00', '2.C.1.a', 1.0, 0.4],
  ['43-9101.00', '2.C.1.b', 2.4, 2.1],
  ['43-9101.00', '2.C.1.c', 4.4, 4.8],
];

const OO_SOFTWARE = ['43232405', 'Object or component oriented development software'] as const;
const TEST_SOFTWARE = ['43232402', 'Program testing software'] as const;
const CAD_SOFTWARE = ['43232604', 'Computer aided design CAD software'] as const;
const SPREADSHEET = ['43232110', 'Spreadsheet software'] as const;

/** [soc, example, commodity, hot, in demand]: Python and C++ land on the curated skills python and cpp. */
export const FIXTURE_TECHNOLOGIES: [string, string, readonly [string, string], 'Y' | 'N', 'Y' | 'N'][] = [
  ['15-1252.00', 'Python', OO_SOFTWARE, 'Y', 'Y'],
  ['15-1252.00', 'C++', OO_SOFTWARE, 'Y', 'N'],
  ['15-1252.00', 'C#', OO_SOFTWARE, 'Y', 'N'],
  ['15-1252.00', 'Trace Scope Studio', TEST_SOFTWARE, 'N', 'N'],
  ['17-9101.00', 'C++', OO_SOFTWARE, 'Y', 'Y'],
  ['17-9101.00', 'Circuit Sketcher', CAD_SOFTWARE, 'N', 'N'],
  ['17-9102.00', 'Python', OO_SOFTWARE, 'Y', 'N'],
  ['17-9102.00', 'Circuit Sketcher', CAD_SOFTWARE, 'N', 'Y'],
  ['17-9201.00', 'Trace Scope Studio', TEST_SOFTWARE, 'N', 'N'],
  ['15-9101.00', 'Python', OO_SOFTWARE, 'Y', 'Y'],
  ['15-9101.00', 'Ledger Sheets', SPREADSHEET, 'Y', 'N'],
  ['43-9101.00', 'Ledger Sheets', SPREADSHEET, 'Y', 'Y'],
];

/** All three tiers; 15 rows. */
export const FIXTURE_RELATED: [string, string, 'Primary-Short' | 'Primary-Long' | 'Supplemental', number][] = [
  ['17-9101.00', '17-9102.00', 'Primary-Short', 1],
  ['17-9101.00', '15-1252.00', 'Primary-Short', 2],
  ['17-9101.00', '17-9201.00', 'Primary-Long', 6],
  ['17-9101.00', '11-9101.00', 'Supplemental', 11],
  ['17-9102.00', '15-1252.00', 'Primary-Short', 1],
  ['17-9102.00', '17-9101.00', 'Primary-Long', 6],
  ['17-9201.00', '17-9101.00', 'Primary-Short', 1],
  ['17-9201.00', '49-9101.00', 'Supplemental', 11],
  ['15-9101.00', '15-1252.00', 'Primary-Short', 1],
  ['15-9101.00', '11-9101.00', 'Supplemental', 11],
  ['15-1252.00', '15-9101.00', 'Primary-Long', 6],
  ['15-1252.00', '11-9101.00', 'Supplemental', 11],
  ['43-9101.00', '17-9201.00', 'Supplemental', 11],
  ['49-9101.00', '17-9201.00', 'Primary-Short', 1],
  ['11-9101.00', '17-9101.00', 'Primary-Short', 1],
];

/** [soc, title, short title, sources]: includes a repeat in other case and the occupation's own title. */
export const FIXTURE_ALTERNATE_TITLES: [string, string, string | null, string][] = [
  ['15-1252.00', 'Embedded Software Engineer', null, '01'],
  ['15-1252.00', 'App Builder', null, '08'],
  ['15-1252.00', 'Application Builders', null, '08'],
  ['15-1252.00', 'app builder', null, '10'],
  ['15-1252.00', 'Mobile Application Builder (MAB)', 'MAB', '04,08'],
  ['17-9101.00', 'Circuit Layout Designer', null, '08'],
  ['17-9101.00', 'PCB Designer', null, '02,10'],
  ['43-9101.00', 'Records Clerk', null, '08'],
];

/** Percent of respondents per category: related work experience (RW) and on-the-job training (OJ). */
export const FIXTURE_EXPERIENCE: Record<string, { RW: Record<number, number>; OJ: Record<number, number> }> = {
  '17-9101.00': { RW: { 1: 0, 7: 100 }, OJ: { 1: 0, 5: 100 } },
  '17-9102.00': { RW: { 6: 50, 7: 50 }, OJ: { 4: 100 } },
  '17-9201.00': { RW: { 6: 100 }, OJ: { 5: 100 } },
  '15-9101.00': { RW: { 6: 100 }, OJ: { 6: 100 } },
  '11-9101.00': { RW: { 8: 100 }, OJ: { 6: 100 } },
  '43-9101.00': { RW: { 4: 100 }, OJ: { 3: 100 } },
};

const RW_CATEGORIES = [
  'None',
  'Up to and including 1 month',
  'Over 1 month, up to and including 3 months',
  'Over 3 months, up to and including 6 months',
  'Over 6 months, up to and including 1 year',
  'Over 1 year, up to and including 2 years',
  'Over 2 years, up to and including 4 years',
  'Over 4 years, up to and including 6 years',
  'Over 6 years, up to and including 8 years',
  'Over 8 years, up to and including 10 years',
  'Over 10 years',
];
const OJ_CATEGORIES = [
  'None or short demonstration',
  'Anything beyond short demonstration, up to and including 1 month',
  'Over 1 month, up to and including 3 months',
  'Over 3 months, up to and including 6 months',
  'Over 6 months, up to and including 1 year',
  'Over 1 year, up to and including 2 years',
  'Over 2 years, up to and including 4 years',
  'Over 4 years, up to and including 10 years',
  'Over 10 years',
];

/** One file: the columns of the chosen layout, in that layout's order. `labels` are Excel-only columns. */
function table(layout: FixtureLayout, columns: string[], labels: string[], rows: Record<string, string | number>[]): string {
  const header = layout === 'excel' ? columns : columns.filter((c) => !labels.includes(c));
  const lines = [header.join('\t'), ...rows.map((row) => header.map((c) => String(row[c] ?? '')).join('\t'))];
  return `${lines.join('\n')}\n`;
}

const titleOf = (soc: string) => FIXTURE_OCCUPATIONS.find((o) => o.soc === soc)!.title;
const elementName = (id: string) => FIXTURE_ELEMENTS.find((e) => e.id === id)!.name;
const fmt = (n: number) => n.toFixed(2);

function ratingRows(ratings: Rating[]): Record<string, string | number>[] {
  return ratings.flatMap(([soc, elementId, importance, level, flags]) => {
    const common = { 'O*NET-SOC Code': soc, Title: titleOf(soc), 'Element ID': elementId, 'Element Name': elementName(elementId), N: 8, Date: '08/2024', 'Domain Source': 'Analyst' };
    return [
      { ...common, 'Scale ID': 'IM', 'Scale Name': 'Importance', 'Data Value': fmt(importance), 'Standard Error': '0.1250', 'Lower CI Bound': '2.8800', 'Upper CI Bound': '3.3700', 'Recommend Suppress': flags?.suppress ? 'Y' : 'N', 'Not Relevant': 'n/a' },
      { ...common, 'Scale ID': 'LV', 'Scale Name': 'Level', 'Data Value': fmt(level), 'Standard Error': '0.1830', 'Lower CI Bound': '2.6300', 'Upper CI Bound': '3.1200', 'Recommend Suppress': 'N', 'Not Relevant': flags?.notRelevant ? 'Y' : 'N' },
    ];
  });
}

const RATING_COLUMNS = ['O*NET-SOC Code', 'Title', 'Element ID', 'Element Name', 'Scale ID', 'Scale Name', 'Data Value', 'N', 'Standard Error', 'Lower CI Bound', 'Upper CI Bound', 'Recommend Suppress', 'Not Relevant', 'Date', 'Domain Source'];

/** The fixture's files by name, as text. */
export function onetFixtureFiles(layout: FixtureLayout = 'text'): Record<string, string> {
  const experienceRows: Record<string, string | number>[] = [];
  for (const [soc, scales] of Object.entries(FIXTURE_EXPERIENCE)) {
    const common = { 'O*NET-SOC Code': soc, Title: titleOf(soc), N: 20, 'Standard Error': 'n/a', 'Lower CI Bound': 'n/a', 'Upper CI Bound': 'n/a', 'Recommend Suppress': 'N', Date: '08/2024', 'Domain Source': 'Occupational Expert' };
    experienceRows.push({ ...common, 'Element ID': '2.D.1', 'Element Name': 'Required Level of Education', 'Scale ID': 'RL', 'Scale Name': 'Required Level Of Education (Categories 1-12)', Category: 6, 'Data Value': '100.00' });
    experienceRows.push({ ...common, 'Element ID': '2.D.4.a', 'Element Name': 'Job-Related Professional Certification', 'Scale ID': 'IM', 'Scale Name': 'Importance', Category: 'n/a', 'Data Value': '2.10' });
    for (const [scale, elementId, name] of [['RW', '3.A.1', 'Related Work Experience'], ['OJ', '3.A.3', 'On-the-Job Training']] as const) {
      for (const [category, percent] of Object.entries(scales[scale])) {
        experienceRows.push({ ...common, 'Element ID': elementId, 'Element Name': name, 'Scale ID': scale, 'Scale Name': scale, Category: category, 'Data Value': fmt(percent) });
      }
    }
  }
  const categoryRows = [
    ...RW_CATEGORIES.map((d, i) => ({ 'Element ID': '3.A.1', 'Element Name': 'Related Work Experience', 'Scale ID': 'RW', 'Scale Name': 'Related Work Experience (Categories 1-11)', Category: i + 1, 'Category Description': d })),
    ...OJ_CATEGORIES.map((d, i) => ({ 'Element ID': '3.A.3', 'Element Name': 'On-the-Job Training', 'Scale ID': 'OJ', 'Scale Name': 'On-The-Job Training (Categories 1-9)', Category: i + 1, 'Category Description': d })),
    { 'Element ID': '2.D.1', 'Element Name': 'Required Level of Education', 'Scale ID': 'RL', 'Scale Name': 'Required Level Of Education (Categories 1-12)', Category: 6, 'Category Description': "Bachelor's Degree" },
  ];

  return {
    'Read Me.txt': 'O*NET 29.3 Database\nSynthetic test fixture (invented occupations) in the release format\n',
    'Occupation Data.txt': table(layout, ['O*NET-SOC Code', 'Title', 'Description'], [], FIXTURE_OCCUPATIONS.map((o) => ({ 'O*NET-SOC Code': o.soc, Title: o.title, Description: o.description }))),
    'Content Model Reference.txt': table(layout, ['Element ID', 'Element Name', 'Description'], [], FIXTURE_ELEMENTS.map((e) => ({ 'Element ID': e.id, 'Element Name': e.name, Description: e.description }))),
    'Job Zones.txt': table(
      layout,
      ['O*NET-SOC Code', 'Title', 'Job Zone', 'Date', 'Domain Source'],
      ['Title'],
      FIXTURE_OCCUPATIONS.filter((o) => o.jobZone !== null).map((o) => ({ 'O*NET-SOC Code': o.soc, Title: o.title, 'Job Zone': o.jobZone!, Date: '08/2024', 'Domain Source': 'Analyst' })),
    ),
    'Alternate Titles.txt': table(
      layout,
      ['O*NET-SOC Code', 'Title', 'Alternate Title', 'Short Title', 'Source(s)'],
      ['Title'],
      FIXTURE_ALTERNATE_TITLES.map(([soc, title, short, sources]) => ({ 'O*NET-SOC Code': soc, Title: titleOf(soc), 'Alternate Title': title, 'Short Title': short ?? (layout === 'text' ? 'n/a' : ''), 'Source(s)': sources })),
    ),
    'Skills.txt': table(layout, RATING_COLUMNS, ['Title', 'Element Name', 'Scale Name'], ratingRows(FIXTURE_SKILL_RATINGS)),
    'Knowledge.txt': table(layout, RATING_COLUMNS, ['Title', 'Element Name', 'Scale Name'], ratingRows(FIXTURE_KNOWLEDGE_RATINGS)),
    'Technology Skills.txt': table(
      layout,
      ['O*NET-SOC Code', 'Title', 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology', 'In Demand'],
      ['Title'],
      FIXTURE_TECHNOLOGIES.map(([soc, example, [code, commodity], hot, inDemand]) => ({ 'O*NET-SOC Code': soc, Title: titleOf(soc), Example: example, 'Commodity Code': code, 'Commodity Title': commodity, 'Hot Technology': hot, 'In Demand': inDemand })),
    ),
    'Related Occupations.txt': table(
      layout,
      ['O*NET-SOC Code', 'Title', 'Related O*NET-SOC Code', 'Related Title', 'Relatedness Tier', 'Index'],
      ['Title', 'Related Title'],
      FIXTURE_RELATED.map(([soc, related, tier, index]) => ({ 'O*NET-SOC Code': soc, Title: titleOf(soc), 'Related O*NET-SOC Code': related, 'Related Title': titleOf(related), 'Relatedness Tier': tier, Index: index })),
    ),
    'Education, Training, and Experience.txt': table(
      layout,
      ['O*NET-SOC Code', 'Title', 'Element ID', 'Element Name', 'Scale ID', 'Scale Name', 'Category', 'Data Value', 'N', 'Standard Error', 'Lower CI Bound', 'Upper CI Bound', 'Recommend Suppress', 'Date', 'Domain Source'],
      ['Title', 'Element Name', 'Scale Name'],
      experienceRows,
    ),
    'Education, Training, and Experience Categories.txt': table(
      layout,
      ['Element ID', 'Element Name', 'Scale ID', 'Scale Name', 'Category', 'Category Description'],
      ['Element Name', 'Scale Name'],
      categoryRows,
    ),
  };
}

/** Writes the fixture into `dir` (a new temp folder when left out) and returns the folder. */
export async function writeOnetFixture(dir?: string, layout: FixtureLayout = 'text'): Promise<string> {
  const folder = dir ?? (await mkdtemp(join(tmpdir(), 'onet-fixture-')));
  for (const [name, text] of Object.entries(onetFixtureFiles(layout))) await writeFile(join(folder, name), text);
  return folder;
}
