// Parses and validates the files of an ESCO release and its crosswalks into plain records. Every file is read to
// the end and every problem collected (file, line, field) before EscoValidationError is thrown, so a bad release
// writes nothing. References to concepts the release lacks (the 67 relations to an occupation that
// occupations_en.csv does not hold, in v1.1.1) are not problems: they are counted, reported and skipped.
import { EscoProblems, readCsvTable, type CsvRow } from './csv.js';
import { parseCrosswalks } from './crosswalk-parse.js';
import { ESCO_FILES, type EscoTexts } from './files.js';
import {
  REUSE_LEVELS,
  SKILL_TYPES,
  type BroaderLink,
  type EscoOccupation,
  type EscoRelease,
  type EscoSkill,
  type EscoSkillGroup,
  type IscoGroup,
  type SkillRelation,
} from './release.js';

const ISCO_CODE = /^\d{1,4}$/;

/** altLabels hold one label a line; blank lines and repeats are dropped. */
export function splitLabels(value: string): string[] {
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const raw of value.split('\n')) {
    const label = raw.trim();
    if (label === '' || seen.has(label.toLowerCase())) continue;
    seen.add(label.toLowerCase());
    labels.push(label);
  }
  return labels;
}

const orNull = (value: string) => (value === '' ? null : value);

export function parseEscoRelease(texts: EscoTexts, version: string): EscoRelease {
  const problems = new EscoProblems();
  const rowCounts: Record<string, number> = {};
  const table = (key: keyof typeof ESCO_FILES, required: string[], visit: (row: CsvRow) => void, allowShortRecords = false) => {
    const file = ESCO_FILES[key];
    rowCounts[file] = readCsvTable(file, texts[key], { required, allowShortRecords }, problems, visit);
  };
  const uniqueUri = (file: string, seen: Set<string>, row: CsvRow, uri: string | null): uri is string => {
    if (uri === null) return false;
    if (seen.has(uri)) {
      row.problem('conceptUri', `${uri} appears twice in ${file}`);
      return false;
    }
    seen.add(uri);
    return true;
  };

  const occupations: EscoOccupation[] = [];
  const occupationUris = new Set<string>();
  table('occupations', ['conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels', 'description', 'code'], (row) => {
    const uri = row.uri('conceptUri');
    const label = row.requiredText('preferredLabel');
    const iscoGroup = row.text('iscoGroup');
    if (!/^\d{4}$/.test(iscoGroup)) row.problem('iscoGroup', `${JSON.stringify(iscoGroup)} is not a four-digit ISCO-08 unit group`);
    if (!uniqueUri(ESCO_FILES.occupations, occupationUris, row, uri) || label === null || !/^\d{4}$/.test(iscoGroup)) return;
    occupations.push({
      uri,
      label,
      altLabels: splitLabels(row.text('altLabels')).filter((l) => l.toLowerCase() !== label.toLowerCase()),
      description: orNull(row.text('description')),
      iscoGroup,
      code: orNull(row.text('code')),
    });
  });

  const skills: EscoSkill[] = [];
  const skillUris = new Set<string>();
  table('skills', ['conceptUri', 'skillType', 'reuseLevel', 'preferredLabel', 'altLabels', 'description'], (row) => {
    const uri = row.uri('conceptUri');
    const label = row.requiredText('preferredLabel');
    const skillType = row.text('skillType') === '' ? null : row.oneOf('skillType', SKILL_TYPES);
    const reuseLevel = row.text('reuseLevel') === '' ? null : row.oneOf('reuseLevel', REUSE_LEVELS);
    const isTypeValid = (row.text('skillType') === '') === (skillType === null);
    const isReuseValid = (row.text('reuseLevel') === '') === (reuseLevel === null);
    if (!uniqueUri(ESCO_FILES.skills, skillUris, row, uri) || label === null || !isTypeValid || !isReuseValid) return;
    skills.push({
      uri,
      label,
      altLabels: splitLabels(row.text('altLabels')).filter((l) => l.toLowerCase() !== label.toLowerCase()),
      description: orNull(row.text('description')),
      skillType,
      reuseLevel,
    });
  });

  const skillGroups: EscoSkillGroup[] = [];
  const groupUris = new Set<string>();
  table('skillGroups', ['conceptUri', 'preferredLabel', 'description', 'code'], (row) => {
    const uri = row.uri('conceptUri');
    const label = row.requiredText('preferredLabel');
    if (!uniqueUri(ESCO_FILES.skillGroups, groupUris, row, uri) || label === null) return;
    skillGroups.push({ uri, label, description: orNull(row.text('description')), code: orNull(row.text('code')) });
  });

  const hierarchyLevels = new Map<string, number>();
  const hierarchyLabels = new Map<string, string>();
  const levelColumns = [0, 1, 2, 3].map((level) => [`Level ${level} URI`, `Level ${level} preferred term`] as const);
  table(
    'skillsHierarchy',
    levelColumns.flat(),
    (row) => {
      levelColumns.forEach(([column, labelColumn], level) => {
        if (row.text(column) === '') return;
        const uri = row.uri(column);
        if (uri === null) return;
        const known = hierarchyLevels.get(uri);
        if (known !== undefined && known !== level) row.problem(column, `${uri} is at level ${known} on another row`);
        else hierarchyLevels.set(uri, level);
        if (row.text(labelColumn) !== '') hierarchyLabels.set(uri, row.text(labelColumn));
      });
    },
    true,
  );
  // v1.1.1's hierarchy names 7 groups that skillGroups_en.csv lacks: they are groups, with the hierarchy's label.
  let groupsFromHierarchy = 0;
  for (const uri of hierarchyLevels.keys()) {
    if (groupUris.has(uri) || skillUris.has(uri)) continue;
    const label = hierarchyLabels.get(uri);
    if (label === undefined) {
      problems.add(
        `${ESCO_FILES.skillsHierarchy}: ${uri} has no preferred term and is neither in ${ESCO_FILES.skillGroups} nor ${ESCO_FILES.skills}`,
      );
      continue;
    }
    groupUris.add(uri);
    skillGroups.push({ uri, label, description: null, code: null });
    groupsFromHierarchy += 1;
  }

  const isSkillPillarConcept = (uri: string) => skillUris.has(uri) || groupUris.has(uri);
  const skillBroader: BroaderLink[] = [];
  let danglingBroader = 0;
  table('skillBroader', ['conceptUri', 'broaderUri'], (row) => {
    const uri = row.uri('conceptUri');
    const broaderUri = row.uri('broaderUri');
    if (uri === null || broaderUri === null) return;
    if (!isSkillPillarConcept(uri) || !isSkillPillarConcept(broaderUri)) danglingBroader += 1;
    else skillBroader.push({ uri, broaderUri });
  });

  const relationByPair = new Map<string, SkillRelation>();
  const danglingUris = new Set<string>();
  let danglingRelations = 0;
  let duplicateRelations = 0;
  table('relations', ['occupationUri', 'relationType', 'skillUri'], (row) => {
    const occupationUri = row.uri('occupationUri');
    const skillUri = row.uri('skillUri');
    const type = row.oneOf('relationType', ['essential', 'optional'] as const);
    if (occupationUri === null || skillUri === null || type === null) return;
    const missing = [occupationUris.has(occupationUri) ? null : occupationUri, skillUris.has(skillUri) ? null : skillUri].filter(
      (u): u is string => u !== null,
    );
    if (missing.length > 0) {
      danglingRelations += 1;
      for (const u of missing) danglingUris.add(u);
      return;
    }
    const key = `${occupationUri} ${skillUri}`;
    const known = relationByPair.get(key);
    if (known !== undefined) {
      duplicateRelations += 1;
      known.isEssential ||= type === 'essential';
      return;
    }
    relationByPair.set(key, { occupationUri, skillUri, isEssential: type === 'essential' });
  });

  const iscoGroups: IscoGroup[] = [];
  table('iscoGroups', ['code', 'preferredLabel', 'description'], (row) => {
    const code = row.text('code');
    const label = row.requiredText('preferredLabel');
    if (!ISCO_CODE.test(code)) row.problem('code', `${JSON.stringify(code)} is not an ISCO-08 code of 1-4 digits`);
    else if (label !== null) iscoGroups.push({ code, label, description: orNull(row.text('description')) });
  });
  const iscoCodes = new Set(iscoGroups.map((g) => g.code));
  for (const o of occupations) {
    if (!iscoCodes.has(o.iscoGroup))
      problems.add(`${ESCO_FILES.occupations}: ${o.uri} names ISCO group ${o.iscoGroup}, which ${ESCO_FILES.iscoGroups} lacks`);
  }

  const { crosswalk, onet2010To2019, dangling: danglingCrosswalk } = parseCrosswalks(texts, occupationUris, problems, rowCounts);

  problems.throwIfAny();
  return {
    version,
    occupations,
    skills,
    skillGroups,
    hierarchyLevels,
    skillBroader,
    relations: [...relationByPair.values()],
    iscoGroups,
    crosswalk,
    onet2010To2019,
    rowCounts,
    dangling: { relations: danglingRelations, relationUris: [...danglingUris].sort(), broader: danglingBroader, crosswalk: danglingCrosswalk },
    duplicateRelations,
    groupsFromHierarchy,
  };
}
