// Names people type, on the seed plus the small O*NET fixture in the real Neo4j: roles and skills by title, alias or
// name in place of ids, the candidates of an ambiguous name, and search ranking whole titles and aliases first.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOnet, removeOnetImport } from '../../src/import/onet/import.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { writeOnetFixture } from '../support/onet-fixture.js';

let api: TestApi;
let folder: string;

// Two roles that answer to one alias: a name that must be refused as ambiguous.
const TWINS = [
  { id: 'names-test-twin-a', title: 'Names Test Twin A' },
  { id: 'names-test-twin-b', title: 'Names Test Twin B' },
];

beforeAll(async () => {
  api = await startTestApi();
  folder = await writeOnetFixture();
  // No displayed aliases at all: search and names must still find every alternate title.
  await importOnet(api.database, folder, { aliasCap: 0 });
  await api.driver.executeQuery(
    `UNWIND $twins AS twin CREATE (r:Role {id: twin.id, title: twin.title, aliases: ['Quill Wrangler'], source: 'curated'})`,
    { twins: TWINS },
  );
});

afterAll(async () => {
  if (api) {
    await api.driver.executeQuery(`MATCH (r:Role) WHERE r.id IN $ids DETACH DELETE r`, { ids: TWINS.map((t) => t.id) });
    await removeOnetImport(api.database);
    await api.close();
  }
  if (folder) await rm(folder, { recursive: true, force: true });
});

const ROUTE = `roles { id title } steps { to { id } }`;

describe('roles by name', () => {
  it('returns Embedded Software Engineer, Edge AI Engineer, Senior Edge AI Engineer for careerPath from "Embedded Engineer" to "Senior Edge AI"', async () => {
    const { data, errors } = await api.query(`{ careerPath(from: "Embedded Engineer", to: "Senior Edge AI") { ${ROUTE} } }`);
    expect(errors).toBeUndefined();
    expect(data!.careerPath.roles.map((r: any) => r.title)).toEqual(['Embedded Software Engineer', 'Edge AI Engineer', 'Senior Edge AI Engineer']);
  });

  it('answers a name in any case as it answers the id', async () => {
    const byName = await api.query(`{ careerPaths(from: "embedded software engineer", to: "EDGE AI ENGINEER") { ${ROUTE} } }`);
    const byId = await api.query(`{ careerPaths(from: "embedded-software-engineer", to: "edge-ai-engineer") { ${ROUTE} } }`);
    expect(byName.errors).toBeUndefined();
    expect(byName.data!.careerPaths).toEqual(byId.data!.careerPaths);
    expect(byId.data!.careerPaths.length).toBeGreaterThan(0);
  });

  it("takes the curated role over the O*NET occupation that lists the curated role's title as an alternate title", async () => {
    // The fixture's Application Builders (15-1252.00) lists "Embedded Software Engineer"; the curated role refines it.
    const gap = await api.query(`{ skillGap(from: "Embedded Software Engineer", to: "PCB Designer") { from { id } to { id } } }`);
    expect(gap.errors).toBeUndefined();
    expect(gap.data!.skillGap).toEqual({ from: { id: 'embedded-software-engineer' }, to: { id: 'onet-17-9101-00' } });
  });

  it('resolves names in avoid, skillOverlap, nextRoles and recommendRoles', async () => {
    const avoided = await api.query(
      `{ careerPaths(from: "Embedded Engineer", to: "Senior Edge AI Engineer", avoid: ["Edge AI Engineer"]) { totalSteps } }`,
    );
    expect(avoided.errors).toBeUndefined();
    expect(avoided.data!.careerPaths.every((r: any) => r.totalSteps !== 2)).toBe(true);
    const byName = await api.query(`{
      skillOverlap(roles: ["ML Engineer", "Circuit Designers"]) { a { id } b { id } }
      nextRoles(role: "Machine Learning Engineer", first: 3) { role { id } }
      recommendRoles(skills: ["c++", "Python"], from: "embedded engineer", maxSteps: 2) { role { id } }
    }`);
    const byId = await api.query(`{
      skillOverlap(roles: ["ml-engineer", "onet-17-9101-00"]) { a { id } b { id } }
      nextRoles(role: "ml-engineer", first: 3) { role { id } }
      recommendRoles(skills: ["cpp", "python"], from: "embedded-software-engineer", maxSteps: 2) { role { id } }
    }`);
    expect(byName.errors).toBeUndefined();
    expect(byName.data!.skillOverlap).toEqual([{ a: { id: 'ml-engineer' }, b: { id: 'onet-17-9101-00' } }]);
    expect(byName.data).toEqual(byId.data);
    expect(byName.data!.nextRoles.length).toBeGreaterThan(0);
  });

  it('refuses a name several roles answer to with BAD_USER_INPUT naming the argument and listing the candidates', async () => {
    const { data, errors } = await api.query(`{ careerPath(from: "quill wrangler", to: "Edge AI Engineer") { totalSteps } }`);
    expect(data!.careerPath).toBeNull();
    expect(errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'from',
      candidates: [
        { id: 'names-test-twin-a', name: 'Names Test Twin A' },
        { id: 'names-test-twin-b', name: 'Names Test Twin B' },
      ],
    });
    expect(errors![0].message).toBe(
      'from: "quill wrangler" could name several roles: Names Test Twin A (names-test-twin-a), Names Test Twin B (names-test-twin-b); pass one of their ids',
    );
  });

  it('lets an exact id win over names', async () => {
    const { data, errors } = await api.query(`{ similarRoles(role: "names-test-twin-a") { role { id } } }`);
    expect(errors).toBeUndefined();
    expect(Array.isArray(data!.similarRoles)).toBe(true);
  });

  it('answers NOT_FOUND naming a reference that matches nothing', async () => {
    const { errors } = await api.query(`{ skillGap(from: "Embedded Engineer", to: "Zeppelin Navigator") { toLearn { importance } } }`);
    expect(errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(errors![0].message).toBe('No role with id or name "Zeppelin Navigator"');
  });

  it('offers near spellings of a role name that matches nothing, and chooses none of them', async () => {
    const { data, errors } = await api.query(`{ careerPath(from: "Embeded Sofware Engineer", to: "Edge AI Engineer") { totalSteps } }`);
    expect(data!.careerPath).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['Embeded Sofware Engineer'] });
    const [suggested] = errors![0].extensions!.suggestions as any[];
    expect(suggested.reference).toBe('Embeded Sofware Engineer');
    expect(suggested.candidates[0]).toEqual({ id: 'embedded-software-engineer', name: 'Embedded Software Engineer' });
    expect(errors![0].message).toMatch(
      /^No role with id or name "Embeded Sofware Engineer"\. Did you mean Embedded Software Engineer \(embedded-software-engineer\)/,
    );
  });

  it('says which reference each suggestion is for when several names match nothing', async () => {
    const { errors } = await api.query(`{ careerPath(from: "Embeded Sofware Engineer", to: "Senoir Edge AI Engineer") { totalSteps } }`);
    const suggestions = errors![0].extensions!.suggestions as any[];
    expect(suggestions.map((s) => [s.reference, s.candidates[0].id])).toEqual([
      ['Embeded Sofware Engineer', 'embedded-software-engineer'],
      ['Senoir Edge AI Engineer', 'senior-edge-ai-engineer'],
    ]);
    expect(errors![0].message).toMatch(
      /Did you mean: for "Embeded Sofware Engineer", Embedded Software Engineer \(embedded-software-engineer\).*; for "Senoir Edge AI Engineer", Senior Edge AI Engineer \(senior-edge-ai-engineer\)/,
    );
  });

  it('looks for near spellings of the first 5 unknown names of a request only', async () => {
    const misspelt = ['Embeded', 'Embedded Sofware', 'Embeded Softwear', 'Embdded', 'Embeddd', 'Embedde Sofware', 'Emedded'].map(
      (start) => `${start} Engineer`,
    );
    const { errors } = await api.query(`query($roles: [ID!]!) { skillOverlap(roles: $roles) { jaccard } }`, { roles: misspelt });
    expect(errors![0].extensions!.ids).toEqual(misspelt);
    const offered = (errors![0].extensions!.suggestions as any[]).map((s) => s.candidates.length > 0);
    expect(offered).toEqual([true, true, true, true, true, false, false]);
  });

  it('refuses two names of one role in skillOverlap', async () => {
    const { errors } = await api.query(`{ skillOverlap(roles: ["Edge AI Engineer", "edge-ai-engineer"]) { jaccard } }`);
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toBe('roles: lists edge-ai-engineer more than once');
  });
});

describe('skills by name', () => {
  it('counts knownSkills given by name exactly as by id', async () => {
    const query = `query($known: [ID!]) { careerPaths(from: "embedded-software-engineer", to: "edge-ai-engineer", optimize: SKILLS_TO_LEARN, knownSkills: $known) { totalSkillsToLearn } }`;
    const byName = await api.query(query, { known: ['python', 'onnx runtime'] });
    const byId = await api.query(query, { known: ['Python', 'onnx-runtime'] });
    const none = await api.query(query, { known: [] });
    expect(byName.errors).toBeUndefined();
    expect(byName.data!.careerPaths).toEqual(byId.data!.careerPaths);
    expect(byName.data!.careerPaths[0].totalSkillsToLearn).toBeLessThan(none.data!.careerPaths[0].totalSkillsToLearn);
  });

  it('refuses a skill name that matches nothing, naming the argument', async () => {
    const { errors } = await api.query(`{ recommendRoles(skills: ["Python", "Telepathy"]) { coverage } }`);
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toBe('skills: no skill with id or name "Telepathy"');
  });

  it('offers near spellings of a skill name that matches nothing', async () => {
    const { data, errors } = await api.query(
      `{ skillGap(from: "ml-engineer", to: "edge-ai-engineer", knownSkills: ["Python", "Pyton"]) { toLearn { importance } } }`,
    );
    expect(data).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'knownSkills' });
    const [suggested] = errors![0].extensions!.suggestions as any[];
    expect(suggested.reference).toBe('Pyton');
    expect(suggested.candidates[0]).toEqual({ id: 'python', name: 'Python' });
    expect(errors![0].message).toMatch(/^knownSkills: no skill with id or name "Pyton"\. Did you mean Python \(python\)/);
  });
});

describe('search ranking', () => {
  const firstHits = async (text: string, first = 3) => {
    const { data, errors } = await api.query(
      `query($text: String!, $first: Int) { search(text: $text, first: $first) { node { __typename ... on Role { id } ... on Skill { id } } } }`,
      { text, first },
    );
    expect(errors).toBeUndefined();
    return data!.search.map((h: any) => h.node.id);
  };

  it("ranks a role's exact title first", async () => {
    expect((await firstHits('Circuit Designers'))[0]).toBe('onet-17-9101-00');
    expect((await firstHits('senior edge ai engineer'))[0]).toBe('senior-edge-ai-engineer');
  });

  it('finds an alternate title that is not a displayed alias, and ranks it first', async () => {
    expect((await firstHits('Circuit Layout Designer'))[0]).toBe('onet-17-9101-00');
    const { data } = await api.query(`{ role(id: "onet-17-9101-00") { aliases } }`);
    expect(data!.role.aliases).toEqual([]);
  });

  it("ranks a role's own title holding every word above a partial match", async () => {
    // "Edge AI Engineer" holds both words in its title; others only share a prefix or one word.
    const hits = await firstHits('Edge Engineer', 5);
    expect(hits.slice(0, 2).sort()).toEqual(['edge-ai-engineer', 'senior-edge-ai-engineer']);
  });

  it('finds near spellings when nothing matches as typed, and only then', async () => {
    expect((await firstHits('Embeded Sofware Engineer'))[0]).toBe('embedded-software-engineer');
    const statements = async (text: string) =>
      (await api.query(`query($text: String!) { search(text: $text) { score } }`, { text })).extensions!.cypherStatements;
    expect(await statements('Embeded Sofware Engineer')).toBe(2);
    // Found as typed: near spellings are not asked for.
    expect(await statements('Edge Engineer')).toBe(1);
    // Past NEAR_WORDS words the text is no name to misspell (and fuzzy terms would pass Lucene's clause limit).
    const manyWords = Array.from({ length: 40 }, (_, i) => `zq${'aeiou'[i % 5]}`).join(' ');
    expect(await firstHits(manyWords)).toEqual([]);
    expect(await statements(manyWords)).toBe(1);
    // A word of two letters is too short to be misspelled: nothing near is asked for either.
    expect(await firstHits('qx')).toEqual([]);
    expect(await statements('qx')).toBe(1);
  });

  it('puts the curated role ahead of the occupation whose alternate title is its exact title', async () => {
    expect((await firstHits('Embedded Software Engineer')).slice(0, 2)).toEqual(['embedded-software-engineer', 'onet-15-1252-00']);
  });
});
