// The similarity model's evidence read from Neo4j in pages of roles (src/data/similarity-source.ts), on the seed:
// pages of any size give the same evidence as one page, every role once and in id order, each requirement with its
// skill's area as the skills statement gives it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRoleEvidence } from '../../src/data/similarity-source.js';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api?.close();
});

describe('findRoleEvidence', () => {
  it('reads the same evidence in pages of 1, 2 and 3 roles as in one page, each role once, in id order', async () => {
    const whole = await findRoleEvidence(api.database, 10_000);
    expect(whole.length).toBeGreaterThan(3);
    const ids = whole.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(ids).size).toBe(ids.length);
    for (const pageRoles of [1, 2, 3]) expect(await findRoleEvidence(api.database, pageRoles)).toEqual(whole);
  });

  it("gives each requirement its skill's area: the end of the PART_OF chain, or the skill itself", async () => {
    const { records } = await api.driver.executeQuery(
      `MATCH (r:Role)-[:REQUIRES]->(s:Skill) RETURN r.id AS role, s.id AS skill, coalesce(s.areaId, s.id) AS area ORDER BY role, skill`,
    );
    const expected = records.map((r) => `${r.get('role')} ${r.get('skill')} ${r.get('area')}`);
    const evidence = await findRoleEvidence(api.database, 2);
    const actual = evidence.flatMap((role) => role.requirements.map((q) => `${role.id} ${q.skill} ${q.area}`)).sort();
    expect(actual).toEqual([...expected].sort());
    // The seed has parts of areas: the check reads areas that differ from their skills.
    expect(evidence.some((role) => role.requirements.some((q) => q.area !== q.skill))).toBe(true);
  });
});
