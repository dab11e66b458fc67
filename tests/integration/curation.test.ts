// Curator mutations over HTTP: every auth case of every mutation (database unchanged when refused), validation
// before any write, and curated facts visible at once and kept by the seed.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { seedDatabase } from '../../src/seed/run.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { graphSnapshot } from '../support/graph-snapshot.js';

const SECRET = 'test-secret-that-is-long-enough-for-hs256!';
let api: TestApi;
let disabled: TestApi;

async function token(claims: { sub?: string; roles?: string[] }, options: { secret?: string; expires?: string | number } = {}) {
  let jwt = new SignJWT({ roles: claims.roles ?? [] }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
  if (claims.sub) jwt = jwt.setSubject(claims.sub);
  jwt = jwt.setExpirationTime(options.expires ?? '10m');
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
}

async function mutate(target: TestApi, query: string, authorization?: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string; argument?: string } }[] };
}

let curator: string;
const reseed = () => seedDatabase(new Database(api.driver, { queryTimeoutMs: 30_000 }));

beforeAll(async () => {
  api = await startTestApi({ JWT_SECRET: SECRET });
  disabled = await startTestApi();
  curator = `Bearer ${await token({ sub: 'alice', roles: ['curator'] })}`;
});

afterAll(async () => {
  // Curated facts outlive the seed by design: wipe them so later test files start from the seed alone.
  await api.driver.executeQuery('MATCH (n) DETACH DELETE n');
  await reseed();
  await disabled.close();
  await api.close();
});

const VALID_MUTATIONS: Record<string, string> = {
  upsertRole: `mutation { upsertRole(input: { id: "quantum-ml-engineer", title: "Quantum ML Engineer" }) { id } }`,
  upsertSkill: `mutation { upsertSkill(input: { id: "qiskit", name: "Qiskit", category: "ML_FRAMEWORK" }) { id } }`,
  setRoleSkills: `mutation { setRoleSkills(role: "ml-engineer", skills: [{ skill: "cpp", importance: REQUIRED }]) { id } }`,
  upsertTransition: `mutation { upsertTransition(input: { from: "ml-engineer", to: "senior-edge-ai-engineer", monthsTypical: 12, monthsMin: 10, monthsMax: 14, kind: CAREER_CHANGE }) { kind } }`,
  removeTransition: `mutation { removeTransition(from: "ml-engineer", to: "edge-ai-engineer") }`,
};

describe('authentication and authorisation of every mutation', () => {
  const cases: [string, () => Promise<{ target: TestApi; header?: string }>, string, RegExp][] = [
    ['no JWT_SECRET on the server', async () => ({ target: disabled, header: curator }), 'FORBIDDEN', /set JWT_SECRET/],
    ['no token', async () => ({ target: api }), 'UNAUTHENTICATED', /Authorization: Bearer/],
    ['a malformed token', async () => ({ target: api, header: 'Bearer not.a.jwt' }), 'UNAUTHENTICATED', /malformed/],
    [
      'a token signed with another secret',
      async () => ({
        target: api,
        header: `Bearer ${await token({ sub: 'mallory', roles: ['curator'] }, { secret: 'another-secret-another-secret-another' })}`,
      }),
      'UNAUTHENTICATED',
      /signature/,
    ],
    [
      'an expired token',
      async () => ({
        target: api,
        header: `Bearer ${await token({ sub: 'alice', roles: ['curator'] }, { expires: Math.floor(Date.now() / 1000) - 60 })}`,
      }),
      'UNAUTHENTICATED',
      /expired/,
    ],
    [
      'a valid token without the curator role',
      async () => ({ target: api, header: `Bearer ${await token({ sub: 'bob', roles: ['reader'] })}` }),
      'FORBIDDEN',
      /curator/,
    ],
  ];
  for (const [mutation, query] of Object.entries(VALID_MUTATIONS)) {
    for (const [name, setup, code, message] of cases) {
      it(`${mutation} with ${name}: ${code}, database unchanged`, async () => {
        const { target, header } = await setup();
        const before = await graphSnapshot(api.driver);
        const { errors, data } = await mutate(target, query, header);
        expect(data?.[mutation] ?? null).toBeNull();
        expect(errors![0].extensions.code).toBe(code);
        expect(errors![0].message).toMatch(message);
        expect(await graphSnapshot(api.driver)).toBe(before);
      });
    }
  }

  it('reads need no token', async () => {
    const { data, errors } = await mutate(api, `{ role(id: "ml-engineer") { id } }`);
    expect(errors).toBeUndefined();
    expect(data.role.id).toBe('ml-engineer');
  });
});

describe('validation before any write', () => {
  const cases: [string, string, string, string][] = [
    [
      'a role id that is not a slug',
      `mutation { upsertRole(input: { id: "Not A Slug", title: "x" }) { id } }`,
      'BAD_USER_INPUT',
      'id: must be a slug',
    ],
    [
      'an AI impact score above 100',
      `mutation { upsertRole(input: { id: "r1", title: "R", aiImpactScore: 101 }) { id } }`,
      'BAD_USER_INPUT',
      'aiImpactScore: must be from 0 to 100 (got 101)',
    ],
    [
      'a salary band whose min exceeds its max',
      `mutation { upsertRole(input: { id: "r1", title: "R", salaryBands: [{ level: MID, minUsd: 200, maxUsd: 100 }] }) { id } }`,
      'BAD_USER_INPUT',
      'salaryBands[0].minUsd: must be <= maxUsd (got 200 > 100)',
    ],
    [
      'a blank skill name',
      `mutation { upsertSkill(input: { id: "s1", name: "  ", category: "X" }) { id } }`,
      'BAD_USER_INPUT',
      'name: must not be blank',
    ],
    [
      'role skills naming an unknown skill',
      `mutation { setRoleSkills(role: "ml-engineer", skills: [{ skill: "cpp", importance: REQUIRED }, { skill: "telepathy", importance: REQUIRED }]) { id } }`,
      'BAD_USER_INPUT',
      'skills: no skill with id "telepathy"',
    ],
    [
      'role skills for an unknown role',
      `mutation { setRoleSkills(role: "astronaut", skills: []) { id } }`,
      'NOT_FOUND',
      'No role with id "astronaut"',
    ],
    [
      'role skills listing a skill twice',
      `mutation { setRoleSkills(role: "ml-engineer", skills: [{ skill: "cpp", importance: REQUIRED }, { skill: "cpp", importance: DIFFERENTIATING }]) { id } }`,
      'BAD_USER_INPUT',
      'skills[1].skill: lists "cpp" more than once',
    ],
    [
      'monthsMin above monthsTypical',
      `mutation { upsertTransition(input: { from: "ml-engineer", to: "edge-ai-engineer", monthsTypical: 5, monthsMin: 6, monthsMax: 8, kind: LATERAL }) { kind } }`,
      'BAD_USER_INPUT',
      'monthsMin: must be <= monthsTypical (got 6 > 5)',
    ],
    [
      'months above 240',
      `mutation { upsertTransition(input: { from: "ml-engineer", to: "edge-ai-engineer", monthsTypical: 5, monthsMin: 1, monthsMax: 241, kind: LATERAL }) { kind } }`,
      'BAD_USER_INPUT',
      'monthsMax: must be from 0 to 240 (got 241)',
    ],
    [
      'negative months',
      `mutation { upsertTransition(input: { from: "ml-engineer", to: "edge-ai-engineer", monthsTypical: 5, monthsMin: -1, monthsMax: 8, kind: LATERAL }) { kind } }`,
      'BAD_USER_INPUT',
      'monthsMin: must be from 0 to 240 (got -1)',
    ],
    [
      'a transition from a role to itself',
      `mutation { upsertTransition(input: { from: "ml-engineer", to: "ml-engineer", monthsTypical: 5, monthsMin: 1, monthsMax: 8, kind: LATERAL }) { kind } }`,
      'BAD_USER_INPUT',
      'to: must differ from "from"',
    ],
    [
      'a transition to an unknown role',
      `mutation { upsertTransition(input: { from: "ml-engineer", to: "astronaut", monthsTypical: 5, monthsMin: 1, monthsMax: 8, kind: LATERAL }) { kind } }`,
      'NOT_FOUND',
      'No role with id "astronaut"',
    ],
    [
      'an unknown transition kind',
      `mutation { upsertTransition(input: { from: "ml-engineer", to: "edge-ai-engineer", monthsTypical: 5, monthsMin: 1, monthsMax: 8, kind: TELEPORT }) { kind } }`,
      'GRAPHQL_VALIDATION_FAILED',
      'Value "TELEPORT" does not exist in "TransitionKind" enum.',
    ],
    [
      'a transition kind written as a string',
      `mutation { upsertTransition(input: { from: "ml-engineer", to: "edge-ai-engineer", monthsTypical: 5, monthsMin: 1, monthsMax: 8, kind: "LATERAL" }) { kind } }`,
      'GRAPHQL_VALIDATION_FAILED',
      'Enum "TransitionKind" cannot represent non-enum value: "LATERAL".',
    ],
    [
      'removing a transition of an unknown role',
      `mutation { removeTransition(from: "astronaut", to: "ml-engineer") }`,
      'NOT_FOUND',
      'No role with id "astronaut"',
    ],
  ];
  for (const [name, query, code, message] of cases) {
    it(`refuses ${name} with ${code}, database unchanged`, async () => {
      const before = await graphSnapshot(api.driver);
      const { errors } = await mutate(api, query, curator);
      expect(errors![0].extensions.code).toBe(code);
      expect(errors![0].message).toContain(message);
      expect(await graphSnapshot(api.driver)).toBe(before);
    });
  }

  it('refuses an unknown transition kind in variables with BAD_USER_INPUT naming input.kind, database unchanged', async () => {
    const before = await graphSnapshot(api.driver);
    const input = { from: 'ml-engineer', to: 'edge-ai-engineer', monthsTypical: 5, monthsMin: 1, monthsMax: 8, kind: 'TELEPORT' };
    const query = 'mutation ($input: TransitionInput!) { upsertTransition(input: $input) { kind } }';
    const { errors } = await mutate(api, query, curator, { input });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toContain('got invalid value "TELEPORT" at "input.kind"; Value "TELEPORT" does not exist in "TransitionKind" enum.');
    expect(await graphSnapshot(api.driver)).toBe(before);
  });
});

describe('curated changes', () => {
  const fastestRoute = async (from: string, to: string) => {
    const { data } = await api.query(
      `{ careerPaths(from: "${from}", to: "${to}", optimize: MONTHS, first: 1) { roles { id } totalMonths { typical } } }`,
    );
    return data!.careerPaths[0] ?? null;
  };

  it('a new transition shows up at once in careerPaths, stamped with source, time and author', async () => {
    expect((await fastestRoute('ml-engineer', 'senior-edge-ai-engineer')).totalMonths.typical).toBe(50);
    const { data, errors } = await mutate(api, VALID_MUTATIONS.upsertTransition, curator);
    expect(errors).toBeUndefined();
    expect(data.upsertTransition.kind).toBe('CAREER_CHANGE');
    const route = await fastestRoute('ml-engineer', 'senior-edge-ai-engineer');
    expect(route).toEqual({ roles: [{ id: 'ml-engineer' }, { id: 'senior-edge-ai-engineer' }], totalMonths: { typical: 12 } });
    const { records } = await api.driver.executeQuery(
      `MATCH (:Role {id: 'ml-engineer'})-[t:TRANSITIONS_TO]->(:Role {id: 'senior-edge-ai-engineer'}) RETURN t.source AS source, t.updatedBy AS by, t.updatedAt AS at`,
    );
    expect(records[0].get('source')).toBe('curated');
    expect(records[0].get('by')).toBe('alice');
    expect(Date.now() - Date.parse(records[0].get('at'))).toBeLessThan(60_000);
  });

  it('a removed transition disappears from routes, and the seed does not bring it back', async () => {
    const { data } = await mutate(api, `mutation { removeTransition(from: "embedded-software-engineer", to: "edge-ai-engineer") }`, curator);
    expect(data.removeTransition).toBe(true);
    expect(await fastestRoute('embedded-software-engineer', 'edge-ai-engineer')).toBeNull();
    const { report } = await reseed();
    expect(report.keptCurated).toBeGreaterThanOrEqual(1);
    expect(await fastestRoute('embedded-software-engineer', 'edge-ai-engineer')).toBeNull();
    const again = await mutate(api, `mutation { removeTransition(from: "embedded-software-engineer", to: "edge-ai-engineer") }`, curator);
    expect(again.data.removeTransition).toBe(false);
  });

  it('role skills set by a curator show up in similarRoles and survive a re-seed', async () => {
    const { errors } = await mutate(
      api,
      `mutation { setRoleSkills(role: "ml-engineer", skills: [{ skill: "cpp", importance: REQUIRED }, { skill: "firmware-integration", importance: REQUIRED }]) { id skills { skill { id } } } }`,
      curator,
    );
    expect(errors).toBeUndefined();
    const similar = await api.query(`{ similarRoles(role: "ml-engineer", first: 1) { role { id } sharedSkills { id } } }`);
    expect(similar.data!.similarRoles[0].role.id).toBe('embedded-software-engineer');
    await reseed();
    const { data } = await api.query(`{ role(id: "ml-engineer") { skills { skill { id } source } } }`);
    expect(data!.role.skills.map((s: any) => [s.skill.id, s.source]).sort()).toEqual([
      ['cpp', 'curated'],
      ['firmware-integration', 'curated'],
    ]);
  });

  it('a curated role keeps its curated facts when the seed runs again', async () => {
    const { data, errors } = await mutate(
      api,
      `mutation { upsertRole(input: { id: "edge-ai-engineer", title: "Edge AI Engineer (curated)", medianPayUsd: 180000, salaryBands: [{ level: MID, minUsd: 150000, maxUsd: 200000 }] }) { id title medianPayUsd source updatedBy salaryBands { level minUsd } } }`,
      curator,
    );
    expect(errors).toBeUndefined();
    expect(data.upsertRole).toMatchObject({ title: 'Edge AI Engineer (curated)', medianPayUsd: 180000, source: 'curated', updatedBy: 'alice' });
    expect(data.upsertRole.salaryBands).toEqual([{ level: 'MID', minUsd: 150000 }]);
    await reseed();
    const after = await api.query(`{ role(id: "edge-ai-engineer") { title medianPayUsd description } }`);
    expect(after.data!.role.title).toBe('Edge AI Engineer (curated)');
    expect(after.data!.role.medianPayUsd).toBe(180000);
    expect(after.data!.role.description).toBeTruthy(); // fields the curator left out are kept
  });

  it('a new skill is created as curated', async () => {
    const { data } = await mutate(api, VALID_MUTATIONS.upsertSkill, curator);
    expect(data.upsertSkill.id).toBe('qiskit');
    const skill = await api.query(`{ skill(id: "qiskit") { name category source updatedBy } }`);
    expect(skill.data!.skill).toEqual({ name: 'Qiskit', category: 'ML_FRAMEWORK', source: 'curated', updatedBy: 'alice' });
  });
});
