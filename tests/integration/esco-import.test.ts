// The ESCO import in the real Neo4j, on top of the curated seed and the synthetic O*NET fixture: a synthetic ESCO
// release in the published CSV layout (tests/support/esco-fixture.ts) with the crosswalks to the O*NET fixture.
// Exact counts, the dangling relation reported and skipped, a skill of an existing name linked and left unchanged,
// the skill hierarchy as areas, crosswalk links and inherited job zones, derived transitions, idempotency,
// all-or-nothing on a bad row, and routes from an ESCO occupation to the curated ladder over HTTP.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EscoValidationError } from '../../src/import/esco/csv.js';
import { importEsco, removeEscoImport, type EscoImportReport } from '../../src/import/esco/import.js';
import { ESCO_ATTRIBUTION } from '../../src/import/esco/mapping.js';
import { MAX_TRANSITIONS_PER_OCCUPATION, VIABLE_SIMILARITY } from '../../src/import/esco/transition-rule.js';
import { importOnet, removeOnetImport } from '../../src/import/onet/import.js';
import { countGraph, type GraphCounts } from '../../src/seed/run.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { DANGLING_OCCUPATION_URI, FIXTURE_OCCUPATIONS, writeEscoFixture, type EscoFixture } from '../support/esco-fixture.js';
import { writeOnetFixture } from '../support/onet-fixture.js';

let api: TestApi;
let before: GraphCounts;
let fixture: EscoFixture;
let report: EscoImportReport;
let pythonBefore: Record<string, unknown>;
const tempDirs: string[] = [];

async function read(query: string, params: Record<string, unknown> = {}) {
  const { records } = await api.driver.executeQuery(query, params);
  return records.map((r) => r.toObject());
}

function difference(after: GraphCounts, base: GraphCounts): GraphCounts {
  const diff = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(
      [...new Set([...Object.keys(a), ...Object.keys(b)])]
        .map((name) => [name, (a[name] ?? 0) - (b[name] ?? 0)] as const)
        .filter(([, n]) => n !== 0),
    );
  return { nodes: diff(after.nodes, base.nodes), relationships: diff(after.relationships, base.relationships) };
}

const EMBEDDED = 'esco-embedded-software-developer';
const OCCUPATION_URI = `http://data.europa.eu/esco/occupation/${FIXTURE_OCCUPATIONS[0][0]}`;

beforeAll(async () => {
  api = await startTestApi();
  await removeEscoImport(api.database);
  await removeOnetImport(api.database);
  const onetFolder = await writeOnetFixture();
  tempDirs.push(onetFolder);
  await importOnet(api.database, onetFolder);
  before = await countGraph(api.database);
  [{ python: pythonBefore }] = await read('MATCH (s:Skill {id: "python"}) RETURN properties(s) AS python');
  fixture = await writeEscoFixture();
  tempDirs.push(fixture.root);
  report = await importEsco(api.database, fixture.releaseFolder);
});

afterAll(async () => {
  if (api) {
    await removeEscoImport(api.database);
    await removeOnetImport(api.database);
    await api.close();
  }
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

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

  it('links skills of an existing name (the seed\'s Python and C++) and leaves the nodes unchanged', async () => {
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
      { ids: ['esco-skill-develop-embedded-firmware', 'esco-skill-c', 'esco-skill-use-a-computer', 'esco-group-developing-software', 'esco-group-programming-computer-systems'] },
    );
    expect(rows).toEqual([
      { id: 'esco-group-developing-software', areaId: 'esco-group-programming-computer-systems', broader: ['esco-group-programming-computer-systems'] },
      { id: 'esco-group-programming-computer-systems', areaId: null, broader: [] },
      { id: 'esco-skill-c', areaId: 'esco-group-software-and-applications-development-and-analysis', broader: ['esco-group-software-and-applications-development-and-analysis'] },
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
    const onet = await importOnet(api.database, tempDirs[0]);
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
    tempDirs.push(bad.root);
    const counts = await countGraph(api.database);
    const error = await importEsco(api.database, bad.releaseFolder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EscoValidationError);
    expect((error as EscoValidationError).problems).toEqual([
      'occupationSkillRelations.csv:4: column "relationType": "mandatory" is not one of "essential", "optional"',
    ]);
    expect(await countGraph(api.database)).toEqual(counts);
  });

  describe('over the API', () => {
    it('finds a role by its ESCO URI, in its ISCO track nested by level', async () => {
      const { data, errors } = await api.query(
        `query ($uri: String) { roles(filter: { escoUri: $uri }) { totalCount edges { node { id escoUri jobZone source tracks { id name partOf { id } } } } } }`,
        { uri: OCCUPATION_URI },
      );
      expect(errors).toBeUndefined();
      expect(data!.roles.totalCount).toBe(1);
      expect(data!.roles.edges[0].node).toEqual({
        id: EMBEDDED,
        escoUri: OCCUPATION_URI,
        jobZone: 4,
        source: 'esco',
        tracks: [{ id: 'isco-2512', name: 'Software developers', partOf: { id: 'isco-251' } }],
      });
      const [{ chain }] = await read('MATCH p = (:Track {id: "isco-2512"})-[:PART_OF*]->(top:Track) WHERE NOT (top)-[:PART_OF]->() RETURN [t IN nodes(p) | t.id] AS chain');
      expect(chain).toEqual(['isco-2512', 'isco-251', 'isco-25', 'isco-2']);
    });

    it('routes from an ESCO occupation through its O*NET occupation to the curated Edge AI ladder', async () => {
      const { data, errors } = await api.query(`{
        careerPaths(from: "${EMBEDDED}", to: "edge-ai-engineer") { roles { id } steps { kind source } }
      }`);
      expect(errors).toBeUndefined();
      expect(data!.careerPaths[0].roles.map((r: any) => r.id)).toEqual([EMBEDDED, 'onet-15-1252-00', 'embedded-software-engineer', 'edge-ai-engineer']);
      expect(data!.careerPaths[0].steps[0]).toEqual({ kind: 'LATERAL', source: 'derived' });
    });

    it('lists the skill groups as areas of an ESCO role, and the existing skills it shares as theirs', async () => {
      const { data, errors } = await api.query(`{ role(id: "${EMBEDDED}") { skills { skill { id } importance } } }`);
      expect(errors).toBeUndefined();
      const areas = data!.role.skills.map((s: any) => `${s.skill.id}:${s.importance}`);
      expect(areas.sort()).toEqual([
        'cpp:REQUIRED',
        'esco-group-designing-and-building-electrical-systems:DIFFERENTIATING',
        'esco-group-programming-computer-systems:REQUIRED',
        'esco-skill-use-a-computer:REQUIRED',
        'python:DIFFERENTIATING',
      ]);
    });

    it('gives skillOverlap pairs the skill similarity, as a plain computation over the graph gives it, for roles of any source', async () => {
      const ids = ['esco-software-developer', 'esco-cpp-developer', 'esco-c-developer', 'esco-filing-clerk', 'onet-15-1252-00'];
      const { data, errors } = await api.query(`query ($ids: [ID!]!) { skillOverlap(roles: $ids) { a { id } b { id } similarity } }`, { ids });
      expect(errors).toBeUndefined();
      const score = new Map<string, number>(data!.skillOverlap.map((p: any) => [`${p.a.id}|${p.b.id}`, p.similarity as number]));

      // Independently: features (skill, ^broader) per role, IDF ln(1 + N/df) over roles with requirements, cosines.
      const rows = await read(
        'MATCH (r:Role)-[q:REQUIRES]->(s:Skill) OPTIONAL MATCH (s)-[:PART_OF]->(b:Skill) RETURN r.id AS role, s.id AS skill, q.importance = "REQUIRED" AS essential, b.id AS broader',
      );
      const features = new Map<string, { essential: Set<string>; all: Set<string> }>();
      for (const row of rows) {
        const f = features.get(row.role) ?? { essential: new Set<string>(), all: new Set<string>() };
        features.set(row.role, f);
        for (const feature of [row.skill, row.broader === null ? null : `^${row.broader}`]) {
          if (feature === null) continue;
          f.all.add(feature);
          if (row.essential) f.essential.add(feature);
        }
      }
      const df = new Map<string, number>();
      for (const f of features.values()) for (const feature of f.all) df.set(feature, (df.get(feature) ?? 0) + 1);
      const weight = (feature: string) => Math.log(1 + features.size / df.get(feature)!) * (feature.startsWith('^') ? 0.5 : 1);
      const cosine = (x: Set<string>, y: Set<string>) => {
        const norm = (set: Set<string>) => Math.sqrt([...set].reduce((sum, f) => sum + weight(f) ** 2, 0));
        const dot = [...x].filter((f) => y.has(f)).reduce((sum, f) => sum + weight(f) ** 2, 0);
        return dot === 0 ? 0 : dot / (norm(x) * norm(y));
      };
      for (const [i, a] of ids.entries()) {
        for (const b of ids.slice(i + 1)) {
          const fa = features.get(a)!;
          const fb = features.get(b)!;
          expect(score.get(`${a}|${b}`)).toBeCloseTo(0.5 * cosine(fa.essential, fb.essential) + 0.5 * cosine(fa.all, fb.all), 9);
        }
      }
      expect(score.get('esco-software-developer|esco-cpp-developer')).toBeGreaterThan(score.get('esco-software-developer|esco-filing-clerk')!);
    });

    it('credits ESCO in the sources, marked as modified', async () => {
      const { data } = await api.query('{ sources { id publisher note license } }');
      expect(data!.sources).toContainEqual(expect.objectContaining({ id: 'esco-1-1-1', publisher: 'European Commission', note: ESCO_ATTRIBUTION }));
      expect(ESCO_ATTRIBUTION).toMatch(/^This service uses the ESCO classification of the European Commission\. Modified:/);
      expect(data!.sources).toContainEqual(expect.objectContaining({ id: 'nesta-mapping-career-causeways', license: 'MIT' }));
    });
  });

  it('removes everything it wrote, leaving the seed and O*NET as they were', async () => {
    await removeEscoImport(api.database);
    expect(await countGraph(api.database)).toEqual(before);
  });
});
