// similarRoles and recommendRoles over the API, on the seed plus the synthetic O*NET fixture plus a few roles
// written here: no zero rows, a rare skill weighs more than a common one, hand-checked order, transitions ignored,
// and a changed graph changes the answer (the cached model is rebuilt).
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importOnet, removeOnetImport } from '../../src/import/onet/import.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { writeOnetFixture } from '../support/onet-fixture.js';

let api: TestApi;
let folder: string;

const PREFIX = 'rm-test-';
/** Roles written here: `query` has a rare tool and a common one; 12 fillers make `common` common. */
const ROLES: { id: string; skills: string[] }[] = [
  { id: `${PREFIX}query`, skills: ['rare', 'common'] },
  { id: `${PREFIX}shares-rare`, skills: ['rare', 'own-a'] },
  { id: `${PREFIX}shares-common`, skills: ['common', 'own-b'] },
  { id: `${PREFIX}transition-only`, skills: ['own-c'] },
  ...Array.from({ length: 12 }, (_, i) => ({ id: `${PREFIX}filler-${i}`, skills: ['common', `own-filler-${i}`] })),
];

async function write(query: string, params: Record<string, unknown> = {}) {
  await api.driver.executeQuery(query, params);
}

async function removeTestRoles() {
  await write(`MATCH (n) WHERE (n:Role OR n:Skill) AND n.id STARTS WITH $prefix DETACH DELETE n`, { prefix: PREFIX });
}

beforeAll(async () => {
  api = await startTestApi();
  await removeOnetImport(api.database);
  await removeTestRoles();
  folder = await writeOnetFixture();
  await importOnet(api.database, folder);
  await write(
    `UNWIND $roles AS role
     CREATE (r:Role {id: role.id, title: role.id, source: 'curated', jobZone: 4})
     WITH r, role UNWIND role.skills AS skill
     MERGE (s:Skill {id: $prefix + skill}) ON CREATE SET s.name = skill, s.category = 'TOOL', s.source = 'curated'
     CREATE (r)-[:REQUIRES {importance: 'DIFFERENTIATING', source: 'curated'}]->(s)`,
    { roles: ROLES, prefix: PREFIX },
  );
  // A transition says nothing about skills: similarRoles must not read it.
  await write(`MATCH (a:Role {id: $a}), (b:Role {id: $b}) CREATE (a)-[:TRANSITIONS_TO {kind: 'LATERAL', monthsTypical: 6, source: 'curated'}]->(b)`, {
    a: `${PREFIX}query`,
    b: `${PREFIX}transition-only`,
  });
});

afterAll(async () => {
  if (api) {
    await removeTestRoles();
    await removeOnetImport(api.database);
    await api.close();
  }
  if (folder) await rm(folder, { recursive: true, force: true });
});

const SIMILAR = `query($role: ID!, $first: Int) {
  similarRoles(role: $role, first: $first) { role { id } score sharedCount sharedSkills { id } missingSkills { id } }
}`;
const RECOMMEND = `query($skills: [ID!]!, $first: Int) {
  recommendRoles(skills: $skills, first: $first) { role { id } coverage coveredSkills { id } missingSkills { id } }
}`;

describe('similarRoles', () => {
  it('ranks the role sharing a rare skill above the ones sharing a skill every filler has, and lists no zero score', async () => {
    const { data, errors } = await api.query(SIMILAR, { role: `${PREFIX}query`, first: 50 });
    expect(errors).toBeUndefined();
    const rows = data!.similarRoles as { role: { id: string }; score: number; sharedCount: number; sharedSkills: { id: string }[] }[];
    expect(rows[0].role.id).toBe(`${PREFIX}shares-rare`);
    expect(rows[0].sharedSkills.map((s) => s.id)).toEqual([`${PREFIX}rare`]);
    expect(rows[0].score).toBeGreaterThan(rows[1].score);
    // Everything else that shares anything shares only `common`: 13 roles, none with a zero score.
    expect(
      rows
        .slice(1)
        .map((r) => r.role.id)
        .sort(),
    ).toEqual([`${PREFIX}shares-common`, ...Array.from({ length: 12 }, (_, i) => `${PREFIX}filler-${i}`)].sort());
    expect(rows.every((r) => r.score > 0 && r.sharedCount > 0)).toBe(true);
  });

  it('never lists a role that is only a transition away (TRANSITIONS_TO is not evidence)', async () => {
    const { data } = await api.query(SIMILAR, { role: `${PREFIX}query`, first: 50 });
    expect(data!.similarRoles.map((r: any) => r.role.id)).not.toContain(`${PREFIX}transition-only`);
  });

  it('orders the fixture occupations by shared rated skills and tools (hand-checked)', async () => {
    // Circuit Designers: Circuit Theory (4.8) and Systems Debugging, C++ and Circuit Sketcher. Signal Processing
    // Engineers share Circuit Theory (4.3), Systems Debugging, Careful Reading and Circuit Sketcher: the closest.
    // Records Keepers (job zone 2) share only Careful Reading: too little to outweigh two job zones, not listed.
    const { data, errors } = await api.query(SIMILAR, { role: 'onet-17-9101-00', first: 10 });
    expect(errors).toBeUndefined();
    const ids = data!.similarRoles.map((r: any) => r.role.id);
    expect(ids[0]).toBe('onet-17-9102-00');
    // Bench Technicians rate the two heaviest of them (Circuit Theory 3.7, Systems Debugging 3.6); Data Wranglers
    // rate Circuit Theory below the threshold and share no tool.
    expect(ids.indexOf('onet-17-9201-00')).toBeGreaterThan(0);
    expect(ids.indexOf('onet-17-9201-00')).toBeLessThan(ids.indexOf('onet-15-9101-00'));
    expect(ids).not.toContain('onet-43-9101-00');
    for (const row of data!.similarRoles) expect(row.score).toBeGreaterThan(0);
  });

  it('answers from the graph as it is now: a new shared skill changes the ranking', async () => {
    await write(`MATCH (r:Role {id: $role}), (s:Skill {id: $skill}) CREATE (r)-[:REQUIRES {importance: 'DIFFERENTIATING', source: 'curated'}]->(s)`, {
      role: `${PREFIX}transition-only`,
      skill: `${PREFIX}rare`,
    });
    try {
      const { data } = await api.query(SIMILAR, { role: `${PREFIX}query`, first: 3 });
      expect(data!.similarRoles.map((r: any) => r.role.id)).toContain(`${PREFIX}transition-only`);
    } finally {
      await write(`MATCH (:Role {id: $role})-[q:REQUIRES]->(:Skill {id: $skill}) DELETE q`, {
        role: `${PREFIX}transition-only`,
        skill: `${PREFIX}rare`,
      });
    }
    const { data } = await api.query(SIMILAR, { role: `${PREFIX}query`, first: 50 });
    expect(data!.similarRoles.map((r: any) => r.role.id)).not.toContain(`${PREFIX}transition-only`);
  });
});

describe('recommendRoles', () => {
  it('puts the occupation that lists both Python and C++ first, and no row covers nothing', async () => {
    const { data, errors } = await api.query(RECOMMEND, { skills: ['python', 'cpp'], first: 50 });
    expect(errors).toBeUndefined();
    const rows = data!.recommendRoles as { role: { id: string }; coverage: number; coveredSkills: { id: string }[] }[];
    expect(rows[0].role.id).toBe('onet-15-1252-00');
    expect(rows[0].coveredSkills.map((s) => s.id).sort()).toEqual(['cpp', 'python']);
    for (const row of rows) {
      expect(row.coverage).toBeGreaterThan(0);
      expect(row.coverage).toBeLessThanOrEqual(1);
      expect(row.coveredSkills.length).toBeGreaterThan(0);
    }
  });

  it('weighs a rare skill above a common one: the role with the rare skill outranks the fillers', async () => {
    const { data } = await api.query(RECOMMEND, { skills: [`${PREFIX}rare`, `${PREFIX}common`], first: 3 });
    const ids = data!.recommendRoles.map((r: any) => r.role.id);
    expect(ids.slice(0, 2).sort()).toEqual([`${PREFIX}query`, `${PREFIX}shares-rare`].sort());
    expect(ids[2]).not.toBe(`${PREFIX}shares-rare`);
  });

  it('counts an area as covered when the person names one of its parts (the seed areas)', async () => {
    const [{ part, area }] = (
      await api.driver.executeQuery(
        `MATCH (r:Role {id: 'edge-ai-engineer'})-[:REQUIRES]->(area:Skill)<-[:PART_OF]-(part:Skill) RETURN part.id AS part, area.id AS area ORDER BY part.id LIMIT 1`,
      )
    ).records.map((r) => r.toObject() as { part: string; area: string });
    const { data, errors } = await api.query(RECOMMEND, { skills: [part], first: 50 });
    expect(errors).toBeUndefined();
    const edge = data!.recommendRoles.find((r: any) => r.role.id === 'edge-ai-engineer');
    expect(edge.coveredSkills.map((s: any) => s.id)).toContain(area);
  });
});
