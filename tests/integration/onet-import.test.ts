// The O*NET import in the real Neo4j, on top of the curated seed: a synthetic fixture in the official text layout
// (exact counts, threshold, merge onto curated skills, derived transitions, idempotency). Bad files:
// onet-import-malformed.test.ts; routes over the fixture: onet-import-routes.test.ts; the real release the project
// ships: onet-import-shipped.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { importOnet, removeOnetImport, type ImportReport } from '../../src/import/onet/import.js';
import { countGraph } from '../../src/seed/run.js';
import { difference } from '../support/graph-counts.js';
import { api, fixtureCopy, read, seedCounts, useApiWithoutOnet } from '../support/onet-import.js';

useApiWithoutOnet();

describe('importing the synthetic fixture (official text layout)', () => {
  let folder: string;
  let report: ImportReport;
  let pythonBefore: Record<string, unknown>;

  beforeAll(async () => {
    folder = await fixtureCopy();
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
    const [{ role }] = await read(
      'MATCH (r:Role {id: "onet-15-1252-00"}) RETURN r {.title, .socCode, .jobZone, .aliases, .source, .importedFrom} AS role',
    );
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
      {
        technology: 'circuit-sketcher',
        class: 'onet-class-43232604',
        name: 'Computer aided design CAD software',
        source: 'onet',
        importedFrom: 'onet-29-3',
        area: 'onet-class-43232604',
      },
      {
        technology: 'csharp',
        class: 'onet-class-43232405',
        name: 'Object or component oriented development software',
        source: 'onet',
        importedFrom: 'onet-29-3',
        area: 'onet-class-43232405',
      },
      {
        technology: 'ledger-sheets',
        class: 'onet-class-43232110',
        name: 'Spreadsheet software',
        source: 'onet',
        importedFrom: 'onet-29-3',
        area: 'onet-class-43232110',
      },
      {
        technology: 'trace-scope-studio',
        class: 'onet-class-43232402',
        name: 'Program testing software',
        source: 'onet',
        importedFrom: 'onet-29-3',
        area: 'onet-class-43232402',
      },
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
    const nearest = await read(
      'MATCH (r:Role)-[n:NEAREST_OCCUPATION]->(o:Role) RETURN r.id AS role, o.id AS occupation, n.source AS source ORDER BY role',
    );
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

  it('leaves the seed as it was when the import is removed, curated skills included', async () => {
    await removeOnetImport(api.database);
    expect(await countGraph(api.database)).toEqual(seedCounts);
    const [{ python }] = await read('MATCH (s:Skill {id: "python"}) RETURN properties(s) AS python');
    expect(python).toEqual(pythonBefore);
  });
});
