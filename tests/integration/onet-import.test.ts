// The O*NET import in the real Neo4j, on top of the curated seed: a synthetic fixture in the official text layout
// (exact counts, threshold, merge onto curated skills, derived transitions, idempotency, all-or-nothing on bad
// files, routes over HTTP), then the real 29.3 release the project ships (data/onet-29.3, gzip-compressed).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_RELEASE_DIR } from '../../src/import/onet/files.js';
import { importOnet, removeOnetImport, type ImportReport } from '../../src/import/onet/import.js';
import { importShippedReleaseIfMissing } from '../../src/import/onet/on-start.js';
import { OnetValidationError } from '../../src/import/onet/tsv.js';
import { countGraph, type GraphCounts } from '../../src/seed/run.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { writeOnetFixture } from '../support/onet-fixture.js';

let api: TestApi;
let seedCounts: GraphCounts;
const tempDirs: string[] = [];

async function read(query: string, params: Record<string, unknown> = {}) {
  const { records } = await api.driver.executeQuery(query, params);
  return records.map((r) => r.toObject());
}

/** Counts after minus counts before, leaving out what did not change. */
function difference(after: GraphCounts, before: GraphCounts): GraphCounts {
  const diff = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(
      [...new Set([...Object.keys(a), ...Object.keys(b)])]
        .map((name) => [name, (a[name] ?? 0) - (b[name] ?? 0)] as const)
        .filter(([, n]) => n !== 0),
    );
  return { nodes: diff(after.nodes, before.nodes), relationships: diff(after.relationships, before.relationships) };
}

beforeAll(async () => {
  api = await startTestApi();
  await removeOnetImport(api.database);
  seedCounts = await countGraph(api.database);
});

afterAll(async () => {
  if (api) {
    await removeOnetImport(api.database);
    await api.close();
  }
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('importing the synthetic fixture (official text layout)', () => {
  let folder: string;
  let report: ImportReport;
  let pythonBefore: Record<string, unknown>;

  beforeAll(async () => {
    folder = await writeOnetFixture();
    tempDirs.push(folder);
    [{ python: pythonBefore }] = await read('MATCH (s:Skill {id: "python"}) RETURN properties(s) AS python');
    report = await importOnet(api.database, folder);
  });

  it('adds exactly the fixture: 8 roles, 14 skills, the Source, 38 REQUIRES, 4 PART_OF, 16 transitions, 3 nearest occupations', async () => {
    expect(difference(await countGraph(api.database), seedCounts)).toEqual({
      nodes: { Role: 8, Skill: 14, Source: 1 },
      relationships: { REQUIRES: 38, PART_OF: 4, TRANSITIONS_TO: 16, NEAREST_OCCUPATION: 3 },
    });
    expect(report).toMatchObject({
      version: '29.3',
      sourceId: 'onet-29-3',
      layout: 'text',
      importanceThreshold: 3,
      written: {
        source: 1,
        roles: 8,
        skills: 6,
        technologies: 4,
        'required skills': 22,
        'technology requirements': 12,
        'technology classes': 4,
        'technology areas': 4,
        'derived requirements': 4,
        transitions: 15,
        'nearest occupations': 3,
        specializations: 1,
      },
      // python and cpp: the curated skills stay as they are and get no commodity class.
      keptOthers: { technologies: 2, 'technology areas': 2 },
      leftAlone: 4,
      notFound: 0,
      curated: {
        nearestOccupation: ['edge-ai-engineer', 'embedded-software-engineer', 'senior-edge-ai-engineer'],
        specializations: ['embedded-software-engineer'],
        unmatched: ['ml-engineer'],
      },
      pruned: { relationships: 0, nodes: 0 },
      rolesWithoutRequired: { count: 0, examples: [] },
    });
    expect(report.counts).toEqual(await countGraph(api.database));
    expect(report.peakRssBytes).toBeGreaterThan(0);
  });

  it('writes an occupation as a Role with an onet- id, SOC code, job zone and aliases', async () => {
    const [{ role }] = await read('MATCH (r:Role {id: "onet-15-1252-00"}) RETURN r {.title, .socCode, .jobZone, .aliases, .source, .importedFrom} AS role');
    expect(role).toEqual({
      title: 'Application Builders',
      socCode: '15-1252.00',
      jobZone: 4,
      aliases: ['Mobile Application Builder (MAB)', 'MAB', 'Embedded Software Engineer', 'App Builder'],
      source: 'onet',
      importedFrom: 'onet-29-3',
    });
  });

  it('links a skill only at or above importance 3.0, with importance score and level', async () => {
    const rows = await read(`
      MATCH (:Role {id: "onet-15-1252-00"})-[r:REQUIRES {importance: "REQUIRED"}]->(s:Skill)
      RETURN s.id AS skill, s.category AS category, r.importanceScore AS score, r.level AS level ORDER BY skill`);
    expect(rows).toEqual([
      { skill: 'onet-knowledge-data-handling', category: 'KNOWLEDGE', score: 3.6, level: 3.9 },
      { skill: 'onet-skill-careful-reading', category: 'SKILL', score: 3, level: 3.5 },
      { skill: 'onet-skill-systems-debugging', category: 'SKILL', score: 4.5, level: 5.1 },
    ]);
  });

  it('puts Python and C++ on the curated skills python and cpp without changing them', async () => {
    const [{ python }] = await read('MATCH (s:Skill {id: "python"}) RETURN properties(s) AS python');
    // Only O*NET's class is noted on the curated skill (similarity compares tools by kind); the rest is as it was.
    const { onetClassId, ...unchanged } = python as Record<string, unknown>;
    expect(unchanged).toEqual(pythonBefore);
    expect(onetClassId).toMatch(/^onet-class-/);
    const rows = await read(`
      MATCH (r:Role)-[q:REQUIRES]->(s:Skill) WHERE s.id IN ["python", "cpp"] AND r.source = "onet"
      RETURN r.id AS role, s.id AS skill, q.importance AS importance, q.isHotTechnology AS hot, q.isInDemand AS inDemand
      ORDER BY skill, role`);
    expect(rows).toEqual([
      { role: 'onet-15-1252-00', skill: 'cpp', importance: 'DIFFERENTIATING', hot: true, inDemand: false },
      { role: 'onet-17-9101-00', skill: 'cpp', importance: 'DIFFERENTIATING', hot: true, inDemand: true },
      { role: 'onet-15-1252-00', skill: 'python', importance: 'DIFFERENTIATING', hot: true, inDemand: true },
      { role: 'onet-15-9101-00', skill: 'python', importance: 'DIFFERENTIATING', hot: true, inDemand: true },
      { role: 'onet-17-9102-00', skill: 'python', importance: 'DIFFERENTIATING', hot: true, inDemand: false },
    ]);
    const [{ skill }] = await read('MATCH (s:Skill {id: "csharp"}) RETURN s {.name, .category, .commodityCode, .isHotTechnology, .source} AS skill');
    expect(skill).toEqual({ name: 'C#', category: 'TECHNOLOGY', commodityCode: '43232405', isHotTechnology: true, source: 'onet' });
  });

  it('puts each technology it owns under its commodity class, and leaves the curated python and cpp without one', async () => {
    const rows = await read(`
      MATCH (t:Skill)-[p:PART_OF]->(c:Skill {category: "TECHNOLOGY_CLASS"})
      RETURN t.id AS technology, c.id AS class, c.name AS name, p.source AS source, p.importedFrom AS importedFrom, t.areaId AS area
      ORDER BY technology`);
    expect(rows).toEqual([
      { technology: 'circuit-sketcher', class: 'onet-class-43232604', name: 'Computer aided design CAD software', source: 'onet', importedFrom: 'onet-29-3', area: 'onet-class-43232604' },
      { technology: 'csharp', class: 'onet-class-43232405', name: 'Object or component oriented development software', source: 'onet', importedFrom: 'onet-29-3', area: 'onet-class-43232405' },
      { technology: 'ledger-sheets', class: 'onet-class-43232110', name: 'Spreadsheet software', source: 'onet', importedFrom: 'onet-29-3', area: 'onet-class-43232110' },
      { technology: 'trace-scope-studio', class: 'onet-class-43232402', name: 'Program testing software', source: 'onet', importedFrom: 'onet-29-3', area: 'onet-class-43232402' },
    ]);
    const [{ classes }] = await read('MATCH (c:Skill {category: "TECHNOLOGY_CLASS"}) RETURN count(c) AS classes');
    expect(classes).toBe(4);
  });

  it('derives REQUIRED skills for the occupation without ratings, marked derived with the rule', async () => {
    const rows = await read(`
      MATCH (:Role {id: "onet-49-9101-00"})-[r:REQUIRES {importance: "REQUIRED"}]->(s:Skill)
      RETURN s.id AS skill, r.importanceScore AS score, r.level AS level, r.source AS source, r.derivation AS derivation
      ORDER BY score DESC`);
    expect(rows.map((r) => [r.skill, r.score, r.level, r.source])).toEqual([
      ['onet-skill-systems-debugging', 4.31, 4.75, 'derived'],
      ['onet-knowledge-data-handling', 3.37, 3.55, 'derived'],
      ['onet-knowledge-circuit-theory', 3.24, 3.13, 'derived'],
      ['onet-skill-careful-reading', 3.13, 3.6, 'derived'],
    ]);
    expect(rows[0].derivation).toContain('Application Builders (15-1252.00');
  });

  it('derives months and kinds for related occupations by the documented rule', async () => {
    const rows = await read(`
      MATCH (a:Role)-[t:TRANSITIONS_TO]->(b:Role) WHERE t.tier IS NOT NULL
      RETURN a.socCode AS from, b.socCode AS to, t.tier AS tier, t.rank AS rank, t.kind AS kind,
             [t.monthsMin, t.monthsTypical, t.monthsMax] AS months, t.source AS source
      ORDER BY from, rank`);
    expect(rows.map((r) => [r.from, r.to, r.tier, r.kind, r.months])).toEqual([
      ['11-9101.00', '17-9101.00', 'Primary-Short', 'LATERAL', [4, 8, 12]],
      ['15-1252.00', '15-9101.00', 'Primary-Long', 'CAREER_CHANGE', [8, 15, 23]],
      ['15-1252.00', '11-9101.00', 'Supplemental', 'CAREER_CHANGE', [28, 56, 84]],
      ['15-9101.00', '15-1252.00', 'Primary-Short', 'LATERAL', [4, 7, 11]],
      ['15-9101.00', '11-9101.00', 'Supplemental', 'CAREER_CHANGE', [28, 56, 84]],
      ['17-9101.00', '17-9102.00', 'Primary-Short', 'LATERAL', [3, 6, 9]],
      ['17-9101.00', '15-1252.00', 'Primary-Short', 'LATERAL', [4, 7, 11]],
      ['17-9101.00', '17-9201.00', 'Primary-Long', 'CAREER_CHANGE', [6, 11, 17]],
      ['17-9101.00', '11-9101.00', 'Supplemental', 'CAREER_CHANGE', [28, 56, 84]],
      ['17-9102.00', '15-1252.00', 'Primary-Short', 'LATERAL', [4, 7, 11]],
      ['17-9102.00', '17-9101.00', 'Primary-Long', 'CAREER_CHANGE', [9, 18, 27]],
      ['17-9201.00', '17-9101.00', 'Primary-Short', 'PROMOTION', [7, 14, 21]],
      ['17-9201.00', '49-9101.00', 'Supplemental', 'CAREER_CHANGE', [13, 25, 38]],
      ['43-9101.00', '17-9201.00', 'Supplemental', 'CAREER_CHANGE', [13, 25, 38]],
      ['49-9101.00', '17-9201.00', 'Primary-Short', 'LATERAL', [3, 5, 8]],
    ]);
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['derived']));
  });

  it('enters the curated ladder at its entry point, and links every curated role to its occupation', async () => {
    const [specialization] = await read(`
      MATCH (a:Role)-[t:TRANSITIONS_TO {kind: "SPECIALIZATION"}]->(b:Role)
      RETURN a.id AS from, b.id AS to, [t.monthsMin, t.monthsTypical, t.monthsMax] AS months, t.source AS source, t.derivation AS derivation`);
    expect(specialization).toMatchObject({ from: 'onet-15-1252-00', to: 'embedded-software-engineer', months: [6, 11, 17], source: 'derived' });
    expect(specialization.derivation).toContain('no curated transition leads into it');
    const nearest = await read('MATCH (r:Role)-[n:NEAREST_OCCUPATION]->(o:Role) RETURN r.id AS role, o.id AS occupation, n.source AS source ORDER BY role');
    expect(nearest).toEqual([
      { role: 'edge-ai-engineer', occupation: 'onet-15-1252-00', source: 'derived' },
      { role: 'embedded-software-engineer', occupation: 'onet-15-1252-00', source: 'derived' },
      { role: 'senior-edge-ai-engineer', occupation: 'onet-15-1252-00', source: 'derived' },
    ]);
  });

  it('is idempotent: a second run leaves identical counts and removes nothing', async () => {
    const before = await countGraph(api.database);
    const again = await importOnet(api.database, folder);
    expect(await countGraph(api.database)).toEqual(before);
    expect(again.pruned).toEqual({ relationships: 0, nodes: 0 });
    expect(again.written).toEqual(report.written);
  });

  it('follows the threshold on re-import: 4.0 removes the links below it, 3.0 brings them back', async () => {
    const requiredCount = async () =>
      (await read('MATCH (:Role {source: "onet"})-[r:REQUIRES {importance: "REQUIRED"}]->() RETURN count(r) AS n'))[0].n;
    const derivedCount = async () =>
      (await read('MATCH (:Role {source: "onet"})-[r:REQUIRES {importance: "REQUIRED", source: "derived"}]->() RETURN count(r) AS n'))[0].n;
    const before = await countGraph(api.database);
    const strict = await importOnet(api.database, folder, { importanceThreshold: 4.0 });
    // 8 rated links reach 4.0; Bench Technicians reach it nowhere and keep their 3 highest (derived); Device
    // Repairers keep 1 derived link. Gone: 12 of the 22 rated links (2 stay, now derived) and 3 of 4 derived ones.
    expect(await requiredCount()).toBe(12);
    expect(await derivedCount()).toBe(4);
    expect(strict.pruned).toEqual({ relationships: 15, nodes: 0 });
    expect(strict.rolesWithoutRequired.count).toBe(0);
    await importOnet(api.database, folder);
    expect(await requiredCount()).toBe(26);
    expect(await derivedCount()).toBe(4);
    // Back to rated links: no derivation left on them.
    const [{ stale }] = await read('MATCH ()-[r:REQUIRES {source: "onet"}]->() WHERE r.derivation IS NOT NULL RETURN count(r) AS stale');
    expect(stale).toBe(0);
    expect(await countGraph(api.database)).toEqual(before);
  });

  describe('a malformed release writes nothing and names file, line and column', () => {
    async function brokenCopy(file: string, edit: (lines: string[]) => string[]): Promise<string> {
      const dir = await writeOnetFixture();
      tempDirs.push(dir);
      const path = join(dir, file);
      const lines = (await readFile(path, 'utf8')).replace(/\n$/, '').split('\n');
      await writeFile(path, `${edit(lines).join('\n')}\n`);
      return dir;
    }
    const column = (lines: string[], name: string) => lines[0].split('\t').indexOf(name);

    it.each([
      [
        'a missing required column',
        'Skills.txt',
        (lines: string[]) => {
          const i = column(lines, 'Data Value');
          return lines.map((l) => l.split('\t').filter((_, j) => j !== i).join('\t'));
        },
        /^Skills\.txt:1: missing column "Data Value" \(the header has: /,
      ],
      [
        'a row with too many columns',
        'Related Occupations.txt',
        (lines: string[]) => lines.map((l, i) => (i === 4 ? `${l}\t7` : l)),
        /^Related Occupations\.txt:5: has 5 columns, the header has 4$/,
      ],
      [
        'a value that is not a number',
        'Knowledge.txt',
        (lines: string[]) => {
          const i = column(lines, 'Data Value');
          return lines.map((l, n) => (n === 7 ? l.split('\t').map((c, j) => (j === i ? 'abc' : c)).join('\t') : l));
        },
        /^Knowledge\.txt:8: column "Data Value": "abc" is not a number$/,
      ],
    ])('%s', async (_case, file, edit, problem) => {
      const dir = await brokenCopy(file, edit);
      const before = await countGraph(api.database);
      const [{ stamp: stampBefore }] = await read('MATCH (s:Source {id: "onet-29-3"}) RETURN s.importedAt AS stamp');
      const error = await importOnet(api.database, dir).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(OnetValidationError);
      expect((error as OnetValidationError).problems).toEqual([expect.stringMatching(problem)]);
      expect(await countGraph(api.database)).toEqual(before);
      const [{ stamp }] = await read('MATCH (s:Source {id: "onet-29-3"}) RETURN s.importedAt AS stamp');
      expect(stamp).toBe(stampBefore);
    });
  });

  describe('over HTTP', () => {
    it('careerPath runs from Circuit Designers through Embedded Software Engineer to Senior Edge AI Engineer', async () => {
      const { data, errors } = await api.query(`{
        careerPath(from: "onet-17-9101-00", to: "senior-edge-ai-engineer") {
          totalSteps
          totalMonths { typical min max }
          steps { from { id } to { id } kind months { typical min max } source }
        }
      }`);
      expect(errors).toBeUndefined();
      const route = data!.careerPath;
      expect(route.steps.map((s: any) => [s.from.id, s.to.id, s.kind, s.months.typical])).toEqual([
        ['onet-17-9101-00', 'onet-15-1252-00', 'LATERAL', 7],
        ['onet-15-1252-00', 'embedded-software-engineer', 'SPECIALIZATION', 11],
        ['embedded-software-engineer', 'edge-ai-engineer', 'CAREER_CHANGE', 6],
        ['edge-ai-engineer', 'senior-edge-ai-engineer', 'PROMOTION', 42],
      ]);
      expect(route.totalMonths).toEqual({ typical: 66, min: 50, max: 84 });
      expect(route.steps.map((s: any) => s.source)).toEqual(['derived', 'derived', 'stated', 'derived']);
    });

    it('careerPaths by months ranks the direct move into Application Builders first', async () => {
      const { data, errors } = await api.query(`{
        careerPaths(from: "onet-17-9101-00", to: "senior-edge-ai-engineer", optimize: MONTHS, first: 2) {
          roles { id }
          totalMonths { typical }
        }
      }`);
      expect(errors).toBeUndefined();
      expect(data!.careerPaths.map((r: any) => [r.roles.map((x: any) => x.id), r.totalMonths.typical])).toEqual([
        [['onet-17-9101-00', 'onet-15-1252-00', 'embedded-software-engineer', 'edge-ai-engineer', 'senior-edge-ai-engineer'], 66],
        [['onet-17-9101-00', 'onet-17-9102-00', 'onet-15-1252-00', 'embedded-software-engineer', 'edge-ai-engineer', 'senior-edge-ai-engineer'], 72],
      ]);
    });

    it('lists the O*NET release among the sources, with the attribution and the modification notice it asks for', async () => {
      const { data } = await api.query('{ sources { id name publisher kind license note } }');
      expect(data!.sources).toContainEqual({
        id: 'onet-29-3',
        name: 'O*NET 29.3 Database',
        publisher: 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
        kind: 'DATASET',
        license: 'CC BY 4.0',
        note:
          'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). ' +
          'Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. ' +
          'Career graph has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
      });
    });
  });
});

describe('importing the real O*NET 29.3 release the project ships (Excel layout, data/onet-29.3)', () => {
  let report: ImportReport;
  const startLog: string[] = [];

  beforeAll(async () => {
    await removeOnetImport(api.database);
    // What `npm start` does on a graph without O*NET.
    report = (await importShippedReleaseIfMissing(api.database, (line) => startLog.push(line)))!;
  }, 300_000);

  it('is what npm start imports into a graph without O*NET, with a summary, and only once', async () => {
    expect(report.folder).toBe(SHIPPED_RELEASE_DIR);
    expect(startLog[0]).toMatch(/^No O\*NET data in the graph yet: importing the shipped O\*NET 29\.3 release/);
    const summary = startLog.at(-1)!.split('\n');
    expect(summary[0]).toMatch(/^Imported O\*NET 29\.3 in [\d.]+ s: 1,016 occupations, [\d,]+ skills and technologies, 18,460 related-occupation transitions\.$/);
    expect(summary[1]).toMatch(/^Graph now: 1,020 roles, [\d,]+ skills, 18,465 transitions, [\d,]+ skill requirements\.$/);
    expect(startLog.filter((line) => line.startsWith('[onet] ')).length).toBeGreaterThan(10);
    const again: string[] = [];
    expect(await importShippedReleaseIfMissing(api.database, (line) => again.push(line))).toBeUndefined();
    expect(again).toEqual([`The graph holds O*NET 29.3 (imported ${report.importedAt}): not importing again (npm run import:onet re-imports).`]);
  });

  it('imports 1,016 occupations, 18,460 related-occupation transitions and the rated skills', async () => {
    expect(report.layout).toBe('excel');
    expect(report.rowsRead).toMatchObject({
      'Occupation Data.txt': 1016,
      'Related Occupations.txt': 18460,
      'Skills.txt': 61530,
      'Knowledge.txt': 58014,
      'Technology Skills.txt': 32681,
      'Alternate Titles.txt': 56560,
    });
    const [counts] = await read(`
      RETURN COUNT { (r:Role {source: "onet"}) } AS roles,
             COUNT { (:Role {source: "onet"})-[t:TRANSITIONS_TO]->(:Role {source: "onet"}) WHERE t.tier IS NOT NULL } AS related,
             COUNT { (:Role {source: "onet"})-[:REQUIRES {importance: "REQUIRED", source: "onet"}]->() } AS required,
             COUNT { (:Role {source: "onet"})-[:REQUIRES {importance: "REQUIRED", source: "derived"}]->() } AS derived,
             COUNT { (:Role {source: "onet"})-[:REQUIRES {importance: "DIFFERENTIATING"}]->() } AS technologies,
             COUNT { (s:Skill {source: "onet"}) WHERE s.category IN ["SKILL", "KNOWLEDGE"] } AS elements,
             COUNT { (s:Skill {category: "TECHNOLOGY_CLASS"}) } AS classes,
             COUNT { (:Skill {source: "onet"})-[:PART_OF {source: "onet"}]->(:Skill {category: "TECHNOLOGY_CLASS"}) } AS areas`);
    // 137 occupations without ratings get derived requirements; Models (41-9012.00), rated below 3.0 throughout,
    // get their 3 highest. The 5 technologies on curated skills get no class.
    expect(counts).toEqual({ roles: 1016, related: 18460, required: 19178, derived: 3070, technologies: 32681, elements: 68, classes: 134, areas: 8770 });
    expect(report.written).toMatchObject({
      roles: 1016,
      transitions: 18460,
      'required skills': 19178,
      'technology requirements': 32681,
      'technology classes': 134,
      'technology areas': 8770,
      'derived requirements': 3070,
    });
    expect(report.keptOthers['technology areas']).toBe(5);
    expect(report.mapping).toMatchObject({ occupationsDerived: 137, ratedBelowThreshold: 1 });
    expect(report.rolesWithoutRequired).toEqual({ count: 0, examples: [] });
    const [python] = await read('MATCH (s:Skill {id: "python"}) RETURN EXISTS { (s)-[:PART_OF]->(:Skill {category: "TECHNOLOGY_CLASS"}) } AS hasClass');
    expect(python.hasClass).toBe(false);
    const [csharp] = await read('MATCH (:Skill {id: "csharp"})-[:PART_OF]->(c:Skill) RETURN c.name AS name');
    expect(csharp.name).toBe('Object or component oriented development software');
    // 8,775 distinct technologies; the ones the seed already has (python, cpp, ...) keep their curated properties.
    expect(report.written.technologies + report.keptOthers.technologies).toBe(8775);
    expect(report.keptOthers.technologies).toBeGreaterThanOrEqual(2);
    expect(report.curated.specializations).toEqual(['embedded-software-engineer', 'ml-engineer']);
    expect(report.curated.nearestOccupation).toHaveLength(4);
    expect(report.notFound).toBe(0);
  });

  it('is idempotent on the real release: a second run leaves identical counts', async () => {
    const before = await countGraph(api.database);
    const again = await importOnet(api.database, SHIPPED_RELEASE_DIR);
    expect(await countGraph(api.database)).toEqual(before);
    expect(again.pruned).toEqual({ relationships: 0, nodes: 0 });
  }, 300_000);

  it('careerPath runs from Electrical Engineers (17-2071.00) to Senior Edge AI Engineer through Embedded Software Engineer', async () => {
    const { data, errors } = await api.query(`{
      careerPath(from: "onet-17-2071-00", to: "senior-edge-ai-engineer") { totalSteps roles { id } steps { kind } }
    }`);
    expect(errors).toBeUndefined();
    const ids = data!.careerPath.roles.map((r: any) => r.id);
    expect(ids[0]).toBe('onet-17-2071-00');
    expect(ids.slice(-4)).toEqual(['onet-15-1252-00', 'embedded-software-engineer', 'edge-ai-engineer', 'senior-edge-ai-engineer']);
    expect(data!.careerPath.totalSteps).toBe(5);
  });
});

describe('removeOnetImport', () => {
  it('leaves the curated seed exactly as it was before the import', async () => {
    await removeOnetImport(api.database);
    expect(await countGraph(api.database)).toEqual(seedCounts);
  });
});
