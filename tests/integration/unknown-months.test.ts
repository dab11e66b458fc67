// The unknown-months rule (src/domain/months.ts) holds in every layer: the route search in the database ranks a
// transition of unknown months as 12, and the totals the API reports count it as 12 too, so ranks and totals agree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNKNOWN_TRANSITION_MONTHS } from '../../src/domain/months.js';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;

const ROLES = ['a', 'b', 'c', 'd', 'e'].map((name) => `unknown-months-${name}`);
const [A, B, C, D, E] = ROLES;
// A to D three ways: through B (5 + 4 = 9 months), directly (unknown, so 12), through C (7 + 6 = 13 months).
const TRANSITIONS: { from: string; to: string; months: number | null }[] = [
  { from: A, to: B, months: 5 },
  { from: B, to: D, months: 4 },
  { from: A, to: D, months: null },
  { from: A, to: C, months: 7 },
  { from: C, to: D, months: 6 },
  { from: A, to: E, months: null },
];

async function removeRoles(): Promise<void> {
  await api.driver.executeQuery('MATCH (r:Role) WHERE r.id IN $ids DETACH DELETE r', { ids: ROLES });
}

beforeAll(async () => {
  api = await startTestApi();
  await removeRoles();
  await api.driver.executeQuery(
    `UNWIND $roles AS id CREATE (:Role {id: id, title: id, source: 'curated'})
     WITH count(*) AS created
     UNWIND $transitions AS t
     MATCH (from:Role {id: t.from}), (to:Role {id: t.to})
     CREATE (from)-[:TRANSITIONS_TO {kind: 'CAREER_CHANGE', source: 'curated', monthsTypical: t.months, monthsMin: t.months, monthsMax: t.months}]->(to)`,
    { roles: ROLES, transitions: TRANSITIONS },
  );
});

afterAll(async () => {
  await removeRoles();
  await api.close();
});

describe('a transition whose months are unknown', () => {
  it('ranks as a year among routes by MONTHS, and the totals count it as a year too', async () => {
    expect(UNKNOWN_TRANSITION_MONTHS).toBe(12);
    const { data, errors } = await api.query(
      `query($from: ID!, $to: ID!) {
        careerPaths(from: $from, to: $to, optimize: MONTHS, first: 3) {
          roles { id }
          totalMonths { typical min max }
          steps { months { typical } }
        }
      }`,
      { from: A, to: D },
    );
    expect(errors).toBeUndefined();
    const routes = data!.careerPaths as { roles: { id: string }[]; totalMonths: { typical: number; min: number; max: number }; steps: { months: { typical: number | null } }[] }[];
    expect(routes.map((route) => route.roles.map((role) => role.id))).toEqual([[A, B, D], [A, D], [A, C, D]]);
    expect(routes.map((route) => route.totalMonths)).toEqual([
      { typical: 9, min: 9, max: 9 },
      { typical: 12, min: 12, max: 12 },
      { typical: 13, min: 13, max: 13 },
    ]);
    // The step itself still says it does not know.
    expect(routes[1].steps.map((step) => step.months.typical)).toEqual([null]);
  });

  it('counts as a year for next roles, in the score and in the months shown', async () => {
    const { data, errors } = await api.query(
      `query($role: ID!) { nextRoles(role: $role, intent: ANY, first: 20) { role { id } months { typical } route { roles { id } } } }`,
      { role: A },
    );
    expect(errors).toBeUndefined();
    const next = new Map((data!.nextRoles as { role: { id: string }; months: { typical: number }; route: { roles: { id: string }[] } }[]).map((n) => [n.role.id, n]));
    expect(next.get(E)?.months.typical).toBe(12);
    // The fastest route to D is through B (9 months), not the direct move of unknown months (a year).
    expect(next.get(D)?.route.roles.map((role) => role.id)).toEqual([A, B, D]);
    expect(next.get(D)?.months.typical).toBe(9);
  });
});
