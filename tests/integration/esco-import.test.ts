// The ESCO import in the real Neo4j, on top of the curated seed and the synthetic O*NET fixture: a synthetic ESCO
// release in the published CSV layout (tests/support/esco-fixture.ts) with the crosswalks to the O*NET fixture.
// Exact counts, the dangling relation reported and skipped, a skill of an existing name linked and left unchanged,
// the skill hierarchy as areas, crosswalk links and inherited job zones, derived transitions, idempotency and
// all-or-nothing on a bad row. Through the API: esco-import-api.test.ts.
import { describe, expect, it } from 'vitest';
import { EscoValidationError } from '../../src/import/esco/csv.js';
import { importEsco, removeEscoImport } from '../../src/import/esco/import.js';
import { MAX_TRANSITIONS_PER_OCCUPATION, VIABLE_SIMILARITY } from '../../src/import/esco/transition-rule.js';
import { importOnet } from '../../src/import/onet/import.js';
import { countGraph } from '../../src/seed/run.js';
import { DANGLING_OCCUPATION_URI, writeEscoFixture } from '../support/esco-fixture.js';
import {
  api,
  before,
  EMBEDDED,
  fixture,
  OCCUPATION_URI,
  onetFolder,
  pythonBefore,
  read,
  removeAtEnd,
  report,
  useEscoImport,
} from '../support/esco-import.js';
import { difference } from '../support/graph-counts.js';

useEscoImport();

describe('importing the synthetic ESCO fixture with the crosswalks to O*NET', () => {
  it('adds exactly the fixture: 6 roles, 8 skills and 6 skill groups, 11 ISCO tracks, 2 sources and their links', async () => {
    expect(difference(await countGraph(api.database), before)).toEqual({
      nodes: { Role: 6, Skill: 14, Track: 11, Source: 2 },
      relationships: { REQUIRES: 26, PART_OF: 18, IN_TRACK: 6, NEAREST_OCCUPATION: 4, TRANSITIONS_TO: report.written['similarity transitions'] + 4 },
    });
    expect(report).toMatchObject({
      version: '1.1.1',
      sourceId: 'esco-1-1-1',
      hasCrosswalks: true,
      threshold: VIABLE_SIMILARITY,
      maxTransitions: MAX_TRANSITIONS_PER_OCCUPATION,
      written: {
        sources: 2,
        tracks: 11,
        'track hierarchy': 9,
        roles: 6,
        'role tracks': 6,
        'skill groups': 6,
        skills: 8,
        'skill hierarchy': 9,
        requirements: 26,
        'nearest occupations': 4,
        'equivalent moves': 4,
      },
      leftAlone: 0,
      notFound: 0,
      pruned: { relationships: 0, nodes: 0 },
    });
  });

  it('reports and skips the relation to an occupation the release lacks, and the crosswalk row for one', () => {
    expect(report.dangling).toEqual({ relations: 1, relationUris: [DANGLING_OCCUPATION_URI], broader: 0, crosswalk: 1 });
    expect(report.rowsRead['occupationSkillRelations.csv']).toBe(27);
  });

  it('reads quoted fields with commas, quotes and line breaks: labels one a line, descriptions whole', async () => {
    const [role] = await read('MATCH (r:Role {id: $id}) RETURN r {.*} AS role', { id: EMBEDDED }).then((rows) => rows.map((r) => r.role));
    expect(role).toMatchObject({
      title: 'embedded software developer',
      escoUri: OCCUPATION_URI,
      escoCode: '2512.4',
      iscoGroup: '2512',
      aliases: ['firmware developer', 'embedded developer'],
      alternateTitles: ['firmware developer', 'embedded developer'],
      description: 'Embedded software developers do the work of a "embedded software developer", line one.\nAnd line two, with a comma.',
      source: 'esco',
      importedFrom: 'esco-1-1-1',
    });
  });

  it("links skills of an existing name (the seed's Python and C++) and leaves the nodes unchanged", async () => {
    expect(report.mapping.skillsMerged).toBe(2);
    expect(report.mapping.mergedExamples).toEqual(['Python -> python', 'C++ -> cpp']);
    const [{ python, requiredBy }] = await read(
      'MATCH (s:Skill {id: "python"}) RETURN properties(s) AS python, [(r:Role {source: "esco"})-[q:REQUIRES]->(s) | r.id + ":" + q.importance] AS requiredBy',
    );
    expect(python).toEqual(pythonBefore);
    expect(requiredBy.sort()).toEqual([`${EMBEDDED}:DIFFERENTIATING`, 'esco-software-developer:REQUIRED']);
    expect(await read('MATCH (s:Skill {source: "esco"}) WHERE toLower(s.name) IN ["python", "c++"] RETURN s.id AS id')).toEqual([]);
  });

  it('makes the skill pillar PART_OF, one broader concept each, so level-2 skill groups are the areas', async () => {
    const rows = await read(
      'MATCH (s:Skill) WHERE s.id IN $ids RETURN s.id AS id, s.areaId AS areaId, [(s)-[:PART_OF]->(b) | b.id] AS broader ORDER BY id',
      {
        ids: [
          'esco-skill-develop-embedded-firmware',
          'esco-skill-c',
          'esco-skill-use-a-computer',
          'esco-group-developing-software',
          'esco-group-programming-computer-systems',
        ],
      },
    );
    expect(rows).toEqual([
      {
        id: 'esco-group-developing-software',
        areaId: 'esco-group-programming-computer-systems',
        broader: ['esco-group-programming-computer-systems'],
      },
      { id: 'esco-group-programming-computer-systems', areaId: null, broader: [] },
      {
        id: 'esco-skill-c',
        areaId: 'esco-group-software-and-applications-development-and-analysis',
        broader: ['esco-group-software-and-applications-development-and-analysis'],
      },
      // Two broader concepts in the release: the broader skill is kept (the nearer one).
      { id: 'esco-skill-develop-embedded-firmware', areaId: 'esco-group-programming-computer-systems', broader: ['esco-skill-develop-software'] },
      // Only a level-1 group above it: too broad to be an area, so the skill is its own.
      { id: 'esco-skill-use-a-computer', areaId: null, broader: [] },
    ]);
  });

  it('links occupations to their O*NET occupations through both crosswalks, with the job zone they inherit', async () => {
    const rows = await read(
      'MATCH (e:Role {source: "esco"})-[n:NEAREST_OCCUPATION]->(o:Role) RETURN e.id AS from, o.id AS to, n.confidence AS confidence, n.onetCode2010 AS code2010, e.jobZone AS jobZone ORDER BY from',
    );
    expect(rows).toEqual([
      { from: 'esco-electronics-engineer', to: 'onet-17-9101-00', confidence: 1, code2010: '17-9101.00', jobZone: 4 },
      { from: EMBEDDED, to: 'onet-15-1252-00', confidence: 2, code2010: '15-1132.00', jobZone: 4 },
      { from: 'esco-filing-clerk', to: 'onet-43-9101-00', confidence: 0.5, code2010: '43-9101.00', jobZone: 2 },
      { from: 'esco-software-developer', to: 'onet-15-1252-00', confidence: 1, code2010: '15-1132.00', jobZone: 4 },
    ]);
    const [{ jobZone }] = await read('MATCH (r:Role {id: "esco-cpp-developer"}) RETURN r.jobZone AS jobZone');
    expect(jobZone).toBeNull();
  });

  it('derives transitions from skill similarity: at least the threshold, the most similar first, each with its rule', async () => {
    const rows = await read(
      'MATCH (a:Role {source: "esco"})-[t:TRANSITIONS_TO]->(b:Role {source: "esco"}) RETURN a.id AS from, b.id AS to, t {.*} AS t ORDER BY from, t.rank',
    );
    expect(rows.length).toBe(report.written['similarity transitions']);
    expect(rows.length).toBeGreaterThan(0);
    for (const { t } of rows) {
      expect(t.source).toBe('derived');
      expect(t.importedFrom).toBe('esco-1-1-1');
      expect(t.similarity).toBeGreaterThanOrEqual(VIABLE_SIMILARITY);
      expect(t.derivation).toContain(`Skill similarity ${t.similarity}`);
      expect(t.monthsMin).toBeLessThanOrEqual(t.monthsTypical);
      expect(t.monthsTypical).toBeLessThanOrEqual(t.monthsMax);
    }
    const fromSoftware = rows.filter((r) => r.from === 'esco-software-developer');
    expect(fromSoftware.map((r) => r.to)).toEqual(['esco-cpp-developer', EMBEDDED, 'esco-c-developer']);
    expect(fromSoftware.map((r) => r.t.similarity)).toEqual([...fromSoftware.map((r) => r.t.similarity)].sort((a, b) => b - a));
    // The clerk shares only "use a computer" with the others: no viable move.
    expect(rows.filter((r) => r.from === 'esco-filing-clerk' || r.to === 'esco-filing-clerk')).toEqual([]);
  });

  it('imports again with the same counts, removing nothing', async () => {
    const counts = await countGraph(api.database);
    const again = await importEsco(api.database, fixture.releaseFolder);
    expect(await countGraph(api.database)).toEqual(counts);
    expect(again.written).toEqual(report.written);
    expect(again.pruned).toEqual({ relationships: 0, nodes: 0 });
  });

  it('keeps its derived transitions when O*NET is imported again (each import prunes only what it stamped)', async () => {
    const counts = await countGraph(api.database);
    const onet = await importOnet(api.database, onetFolder);
    expect(onet.pruned).toEqual({ relationships: 0, nodes: 0 });
    expect(await countGraph(api.database)).toEqual(counts);
  });

  it('writes nothing when a row is bad, naming the file, the line and the field', async () => {
    const bad = await writeEscoFixture({
      edit: {
        // Line 4 (the third relation): an unknown relation type.
        'occupationSkillRelations.csv': (text) => {
          const lines = text.split('\r\n');
          lines[3] = lines[3].replace(',essential,', ',mandatory,');
          return lines.join('\r\n');
        },
      },
    });
    removeAtEnd(bad.root);
    const counts = await countGraph(api.database);
    const error = await importEsco(api.database, bad.releaseFolder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EscoValidationError);
    expect((error as EscoValidationError).problems).toEqual([
      'occupationSkillRelations.csv:4: column "relationType": "mandatory" is not one of "essential", "optional"',
    ]);
    expect(await countGraph(api.database)).toEqual(counts);
  });

  it('removes everything it wrote, leaving the seed and O*NET as they were', async () => {
    await removeEscoImport(api.database);
    expect(await countGraph(api.database)).toEqual(before);
  });
});
