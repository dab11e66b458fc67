// The imported synthetic ESCO release through the API: a role found by its ESCO URI in its ISCO track, routes from
// an ESCO occupation into the curated ladder, skill groups as areas, skill similarity, and ESCO among the sources.
import { describe, expect, it } from 'vitest';
import { ESCO_ATTRIBUTION } from '../../src/import/esco/mapping.js';
import { api, EMBEDDED, OCCUPATION_URI, read, useEscoImport } from '../support/esco-import.js';

useEscoImport();

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
    const [{ chain }] = await read(
      'MATCH p = (:Track {id: "isco-2512"})-[:PART_OF*]->(top:Track) WHERE NOT (top)-[:PART_OF]->() RETURN [t IN nodes(p) | t.id] AS chain',
    );
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
