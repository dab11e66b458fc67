// A small SYNTHETIC ESCO release for tests, in the layout of ESCO v1.1.1's CSV download: quoted fields holding
// commas, doubled quotes and line breaks (altLabels one per line), records ending in CRLF, skillsHierarchy rows of
// 11-14 fields, and a relation to an occupation the occupations file lacks. With the crosswalks to O*NET, whose
// codes are those of the O*NET fixture (tests/support/onet-fixture.ts). Written into a temp folder; the project
// never commits ESCO files.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OCC = 'http://data.europa.eu/esco/occupation/';
const SKILL = 'http://data.europa.eu/esco/skill/';
const ISCO = 'http://data.europa.eu/esco/isco/C';

/** The occupation release v1.1.1's relations name but its occupations file lacks. */
export const DANGLING_OCCUPATION_URI = `${OCC}a9e54177-a185-404d-b6e6-15663d31137e`;

export const FIXTURE_ISCO_GROUPS = [
  ['2', 'Professionals'],
  ['21', 'Science and engineering professionals'],
  ['215', 'Electrotechnology engineers'],
  ['2152', 'Electronics engineers'],
  ['25', 'Information and communications technology professionals'],
  ['251', 'Software and applications developers and analysts'],
  ['2512', 'Software developers'],
  ['4', 'Clerical support workers'],
  ['44', 'Other clerical support workers'],
  ['441', 'Other clerical support workers'],
  ['4415', 'Filing and copying clerks'],
] as const;

/** uri suffix, ISCO group, label, alternative labels, ESCO code. "C++ developer" and "C developer" share a slug. */
export const FIXTURE_OCCUPATIONS = [
  ['e0000001-0000-4000-8000-000000000001', '2512', 'embedded software developer', ['firmware developer', 'embedded developer'], '2512.4'],
  ['e0000001-0000-4000-8000-000000000002', '2512', 'software developer', ['programmer', 'software engineer'], '2512.1'],
  ['e0000001-0000-4000-8000-000000000003', '2512', 'C++ developer', [], '2512.2'],
  ['e0000001-0000-4000-8000-000000000004', '2512', 'C developer', ['C programmer'], '2512.3'],
  ['e0000001-0000-4000-8000-000000000005', '2152', 'electronics engineer', ['electronic engineer'], '2152.1'],
  ['e0000001-0000-4000-8000-000000000006', '4415', 'filing clerk', ['records clerk'], '4415.1'],
] as const;

/** Hidden labels by occupation uri suffix: misspellings, which the import does not read (the eval searches them). */
export const FIXTURE_HIDDEN_LABELS: Record<string, string[]> = {
  'e0000001-0000-4000-8000-000000000001': ['embeded sofware developer'],
  'e0000001-0000-4000-8000-000000000006': ['filling clark'],
};

/** uri suffix, skill type, reuse level, label. "Python" is a curated seed skill: the import links it, never changes it. */
export const FIXTURE_SKILLS = [
  ['s0000001-0000-4000-8000-000000000001', 'knowledge', 'sector-specific', 'Python'],
  ['s0000001-0000-4000-8000-000000000002', 'knowledge', 'sector-specific', 'C++'],
  ['s0000001-0000-4000-8000-000000000003', 'knowledge', 'sector-specific', 'C'],
  ['s0000001-0000-4000-8000-000000000004', 'skill/competence', 'cross-sector', 'debug software'],
  ['s0000001-0000-4000-8000-000000000005', 'skill/competence', 'occupation-specific', 'develop embedded firmware'],
  ['s0000001-0000-4000-8000-000000000006', 'skill/competence', 'sector-specific', 'design circuits'],
  ['s0000001-0000-4000-8000-000000000007', 'skill/competence', 'cross-sector', 'develop software'],
  ['s0000001-0000-4000-8000-000000000008', 'skill/competence', 'occupation-specific', 'file documents'],
  ['s0000001-0000-4000-8000-000000000009', 'skill/competence', 'transversal', 'use a computer'],
  ['s0000001-0000-4000-8000-000000000010', 'skill/competence', 'sector-specific', 'interpret electronic schematics'],
] as const;

/** Skill groups: uri suffix, level (0-3), label, code, broader group. */
export const FIXTURE_GROUPS = [
  ['g0000000-0000-4000-8000-00000000000s', 0, 'skills', 'S', null],
  ['g0000000-0000-4000-8000-00000000000k', 0, 'knowledge', 'K', null],
  ['g0000001-0000-4000-8000-000000000001', 1, 'working with computers', 'S5', 'g0000000-0000-4000-8000-00000000000s'],
  ['g0000001-0000-4000-8000-000000000002', 1, 'information and communication technologies (icts)', 'K06', 'g0000000-0000-4000-8000-00000000000k'],
  ['g0000002-0000-4000-8000-000000000001', 2, 'programming computer systems', 'S5.1', 'g0000001-0000-4000-8000-000000000001'],
  ['g0000002-0000-4000-8000-000000000002', 2, 'software and applications development and analysis', 'K061', 'g0000001-0000-4000-8000-000000000002'],
  ['g0000002-0000-4000-8000-000000000003', 2, 'designing and building electrical systems', 'S5.2', 'g0000001-0000-4000-8000-000000000001'],
  ['g0000002-0000-4000-8000-000000000004', 2, 'organising information', 'S5.3', 'g0000001-0000-4000-8000-000000000001'],
  ['g0000003-0000-4000-8000-000000000001', 3, 'developing software', 'S5.1.1', 'g0000002-0000-4000-8000-000000000001'],
  ['g0000003-0000-4000-8000-000000000002', 3, 'designing circuits', 'S5.2.1', 'g0000002-0000-4000-8000-000000000003'],
] as const;

/** Skill -> broader concepts (groups by suffix, skills by suffix). "develop embedded firmware" has two. */
export const FIXTURE_SKILL_BROADER: [skill: string, broader: string, isGroup: boolean][] = [
  ['s0000001-0000-4000-8000-000000000001', 'g0000002-0000-4000-8000-000000000002', true],
  ['s0000001-0000-4000-8000-000000000002', 'g0000002-0000-4000-8000-000000000002', true],
  ['s0000001-0000-4000-8000-000000000003', 'g0000002-0000-4000-8000-000000000002', true],
  ['s0000001-0000-4000-8000-000000000004', 'g0000003-0000-4000-8000-000000000001', true],
  ['s0000001-0000-4000-8000-000000000005', 'g0000003-0000-4000-8000-000000000001', true],
  ['s0000001-0000-4000-8000-000000000005', 's0000001-0000-4000-8000-000000000007', false],
  ['s0000001-0000-4000-8000-000000000006', 'g0000003-0000-4000-8000-000000000002', true],
  ['s0000001-0000-4000-8000-000000000007', 'g0000003-0000-4000-8000-000000000001', true],
  ['s0000001-0000-4000-8000-000000000008', 'g0000002-0000-4000-8000-000000000004', true],
  ['s0000001-0000-4000-8000-000000000009', 'g0000001-0000-4000-8000-000000000001', true],
  ['s0000001-0000-4000-8000-000000000010', 'g0000003-0000-4000-8000-000000000002', true],
];

const o = (n: number) => FIXTURE_OCCUPATIONS[n - 1][0];
const s = (n: number) => FIXTURE_SKILLS[n - 1][0];

/** occupation, skill, essential? The last row names the occupation the file lacks. */
export const FIXTURE_RELATIONS: [occupation: string, skill: string, isEssential: boolean][] = [
  [o(1), s(4), true], [o(1), s(5), true], [o(1), s(7), true], [o(1), s(2), true], [o(1), s(9), true], [o(1), s(10), false], [o(1), s(1), false],
  [o(2), s(4), true], [o(2), s(7), true], [o(2), s(1), true], [o(2), s(9), true], [o(2), s(2), false],
  [o(3), s(2), true], [o(3), s(4), true], [o(3), s(7), true], [o(3), s(9), true],
  [o(4), s(3), true], [o(4), s(4), true], [o(4), s(7), true], [o(4), s(9), true],
  [o(5), s(6), true], [o(5), s(10), true], [o(5), s(9), true], [o(5), s(4), false],
  [o(6), s(8), true], [o(6), s(9), true],
];

/** ESCO occupation -> O*NET-SOC 2010 code, confidence. 15-1132.00 became 15-1252.00 in 2019. */
export const FIXTURE_CROSSWALK: [occupation: string, code2010: string, confidence: number][] = [
  [o(1), '15-1132.00', 2],
  [o(2), '15-1132.00', 1],
  [o(5), '17-9101.00', 1],
  [o(6), '43-9101.00', 0.5],
];

const field = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
/** Records end in CRLF; line breaks inside quoted fields stay LF, as in the release. */
const csv = (header: string[], rows: (string | number | null)[][]) =>
  [header.join(','), ...rows.map((row) => row.map(field).join(','))].join('\r\n') + '\r\n';

export interface EscoFixtureOptions {
  /** Replace the text of one file (by name) after it is built: for the validation tests. */
  edit?: Record<string, (text: string) => string>;
  /** Leave the crosswalks folder out. */
  withoutCrosswalks?: boolean;
}

export interface EscoFixture {
  /** The temp folder; the release is `${root}/esco-1.1.1`, the crosswalks `${root}/crosswalks`. */
  root: string;
  releaseFolder: string;
}

export async function writeEscoFixture(options: EscoFixtureOptions = {}): Promise<EscoFixture> {
  const root = await mkdtemp(join(tmpdir(), 'esco-fixture-'));
  const releaseFolder = join(root, 'esco-1.1.1');
  const crosswalkFolder = join(root, 'crosswalks');
  await mkdir(releaseFolder);
  const files: Record<string, string> = {};

  files['occupations_en.csv'] = csv(
    ['conceptType', 'conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels', 'hiddenLabels', 'status', 'modifiedDate', 'regulatedProfessionNote', 'scopeNote', 'definition', 'inScheme', 'description', 'code'],
    FIXTURE_OCCUPATIONS.map(([uri, isco, label, alt, code]) => [
      'Occupation', OCC + uri, isco, label, [...alt, label].join('\n'), (FIXTURE_HIDDEN_LABELS[uri] ?? []).join('\n'), 'released', '2016-07-05T13:58:41Z', '', '', '',
      'http://data.europa.eu/esco/concept-scheme/occupations,\nhttp://data.europa.eu/esco/concept-scheme/member-occupations',
      `${label[0].toUpperCase()}${label.slice(1)}s do the work of a "${label}", line one.\nAnd line two, with a comma.`,
      code,
    ]),
  );
  files['skills_en.csv'] = csv(
    ['conceptType', 'conceptUri', 'skillType', 'reuseLevel', 'preferredLabel', 'altLabels', 'hiddenLabels', 'status', 'modifiedDate', 'scopeNote', 'definition', 'inScheme', 'description'],
    FIXTURE_SKILLS.map(([uri, type, reuse, label]) => [
      'KnowledgeSkillCompetence', SKILL + uri, type, reuse, label, `${label}\n${label} (practice)`, '', 'released', '2016-12-20T17:43:43Z', '', '',
      'http://data.europa.eu/esco/concept-scheme/skills', `Description of ${label}.\nSecond line.`,
    ]),
  );
  files['skillGroups_en.csv'] = csv(
    ['conceptType', 'conceptUri', 'preferredLabel', 'altLabels', 'hiddenLabels', 'status', 'modifiedDate', 'scopeNote', 'inScheme', 'description', 'code'],
    FIXTURE_GROUPS.map(([uri, , label, code]) => ['SkillGroup', SKILL + uri, label, '', '', 'released', '', '', 'http://data.europa.eu/esco/concept-scheme/skills', `The group ${label}.`, code]),
  );
  // One row per group, with its ancestors; rows end after the last non-empty field (11-14 fields), as in the release.
  const groupBySuffix = new Map<string, (typeof FIXTURE_GROUPS)[number]>(FIXTURE_GROUPS.map((g) => [g[0], g]));
  const hierarchyRows = FIXTURE_GROUPS.map((g) => {
    const chain: (typeof FIXTURE_GROUPS)[number][] = [];
    for (let current: (typeof FIXTURE_GROUPS)[number] | undefined = g; current; current = current[4] ? groupBySuffix.get(current[4]) : undefined) chain.unshift(current);
    const cells: string[] = [];
    for (let level = 0; level < 4; level += 1) cells.push(chain[level] ? SKILL + chain[level][0] : '', chain[level]?.[2] ?? '');
    cells.push(`The group ${g[2]}.`, '');
    for (let level = 0; level < 4; level += 1) cells.push(chain[level]?.[3] ?? '');
    while (cells.length > 11 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  files['skillsHierarchy_en.csv'] = csv(
    ['Level 0 URI', 'Level 0 preferred term', 'Level 1 URI', 'Level 1 preferred term', 'Level 2 URI', 'Level 2 preferred term', 'Level 3 URI', 'Level 3 preferred term', 'Description', 'Scope note', 'Level 0 code', 'Level 1 code', 'Level 2 code', 'Level 3 code'],
    hierarchyRows,
  );
  files['broaderRelationsSkillPillar.csv'] = csv(
    ['conceptType', 'conceptUri', 'broaderType', 'broaderUri'],
    [
      ...FIXTURE_GROUPS.filter((g) => g[4] !== null).map((g) => ['SkillGroup', SKILL + g[0], 'SkillGroup', SKILL + g[4]]),
      ...FIXTURE_SKILL_BROADER.map(([skill, broader, isGroup]) => ['KnowledgeSkillCompetence', SKILL + skill, isGroup ? 'SkillGroup' : 'KnowledgeSkillCompetence', SKILL + broader]),
    ],
  );
  const skillType = new Map<string, string>(FIXTURE_SKILLS.map((sk) => [sk[0], sk[1]]));
  files['occupationSkillRelations.csv'] = csv(
    ['occupationUri', 'relationType', 'skillType', 'skillUri'],
    [
      ...FIXTURE_RELATIONS.map(([occ, skill, isEssential]) => [OCC + occ, isEssential ? 'essential' : 'optional', skillType.get(skill)!, SKILL + skill]),
      [DANGLING_OCCUPATION_URI, 'essential', 'skill/competence', SKILL + s(4)],
    ],
  );
  files['ISCOGroups_en.csv'] = csv(
    ['conceptType', 'conceptUri', 'code', 'preferredLabel', 'status', 'altLabels', 'inScheme', 'description'],
    FIXTURE_ISCO_GROUPS.map(([code, label]) => ['ISCOGroup', ISCO + code, code, label, 'released', '', 'http://data.europa.eu/esco/concept-scheme/isco', `${label}, as ISCO-08 defines them.`]),
  );
  for (const [name, edit] of Object.entries(options.edit ?? {})) {
    if (files[name] !== undefined) files[name] = edit(files[name]);
  }
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(releaseFolder, name), text)));

  if (!options.withoutCrosswalks) {
    await mkdir(crosswalkFolder);
    const labelOf = new Map<string, string>(FIXTURE_OCCUPATIONS.map((occ) => [occ[0], occ[2]]));
    const mcc = csv(
      ['id', 'esco_occupation', 'isco_code', 'onet_code', 'onet_occupation', 'matching_job_titles', 'semantic_similarity', 'confidence', 'concept_uri'],
      [
        ...FIXTURE_CROSSWALK.map(([occ, code, confidence], i) => [i, labelOf.get(occ)!, '2512', code, 'an occupation', `['${labelOf.get(occ)}']`, 0.8, confidence.toFixed(1), OCC + occ]),
        // An occupation this release does not hold: skipped and counted.
        [99, 'retired occupation', '9999', '15-1132.00', 'software developers, applications', "['x']", 0.5, '1.0', `${OCC}ffffffff-0000-4000-8000-000000000000`],
      ],
    );
    const codes = csv(
      ['O*NET-SOC 2010 Code', 'O*NET-SOC 2010 Title', 'O*NET-SOC 2019 Code', 'O*NET-SOC 2019 Title'],
      [
        ['15-1132.00', 'Software Developers, Applications', '15-1252.00', 'Software Developers'],
        ['17-9101.00', 'Circuit Designers', '17-9101.00', 'Circuit Designers'],
        ['43-9101.00', 'Records Keepers', '43-9101.00', 'Records Keepers'],
        ['15-1199.00', 'Computer Occupations, All Other', '15-9101.00', 'Data Wranglers'],
        ['15-1199.00', 'Computer Occupations, All Other', '17-9102.00', 'Signal Processing Engineers'],
      ],
    );
    await writeFile(join(crosswalkFolder, 'esco_onet_crosswalk_MCC.csv'), options.edit?.['esco_onet_crosswalk_MCC.csv']?.(mcc) ?? mcc);
    await writeFile(join(crosswalkFolder, '2010_to_2019_Crosswalk.csv'), codes);
  }
  return { root, releaseFolder };
}
