// DataLoader batching: a page of 50 roles with their skills and companies costs one statement per field kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
const ROLE_COUNT = 50;

beforeAll(async () => {
  api = await startTestApi();
  await api.driver.executeQuery(
    `UNWIND range(1, $count) AS i
     CREATE (r:Role {id: 'batch-role-' + i, title: 'Batch Test Role ' + i, source: 'derived'})
     CREATE (r)-[:REQUIRES {importance: 'REQUIRED', source: 'derived'}]->(:Skill {id: 'batch-skill-' + i, name: 'Batch Skill ' + i, category: 'TEST', source: 'derived'})
     CREATE (:Company {id: 'batch-company-' + i, name: 'Batch Company ' + i, source: 'derived'})-[:HIRES_FOR {source: 'derived'}]->(r)`,
    { count: ROLE_COUNT },
  );
});

afterAll(async () => {
  await api.driver.executeQuery(`MATCH (n) WHERE n.id STARTS WITH 'batch-' DETACH DELETE n`);
  await api.close();
});

describe('relationship fields', () => {
  it('load 50 roles with skills and companies in three Cypher statements, not one per role', async () => {
    const response = await api.query(`{
      roles(first: 50, filter: { titleContains: "Batch Test Role" }) {
        totalCount
        edges { node { id skills { skill { id name } } hiringCompanies { id name } } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.roles.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(ROLE_COUNT);
    for (const node of nodes) {
      const n = node.id.replace('batch-role-', '');
      expect(node.skills).toEqual([{ skill: { id: `batch-skill-${n}`, name: `Batch Skill ${n}` } }]);
      expect(node.hiringCompanies).toEqual([{ id: `batch-company-${n}`, name: `Batch Company ${n}` }]);
    }
    // one page statement + one for all skills + one for all companies
    expect(response.extensions!.cypherStatements).toBe(3);
  });

  it('add one statement per nested field kind, whatever the number of parents', async () => {
    const response = await api.query(`{
      roles(first: 50, filter: { titleContains: "Batch Test Role" }) {
        edges { node { id tracks { id } hiringCompanies { roles { id } } } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.roles.edges.map((e: any) => e.node);
    expect(nodes.every((n: any) => n.hiringCompanies[0].roles[0].id === n.id)).toBe(true);
    // page + tracks + companies + the companies' roles
    expect(response.extensions!.cypherStatements).toBe(4);
  });
});

describe('projections', () => {
  it('merge the properties that fields of one tick select into one statement per kind', async () => {
    const response = await api.query(`{
      a: role(id: "batch-role-1") { title skills { skill { id } } }
      b: role(id: "batch-role-2") { source skills { skill { name } } }
      c: role(id: "batch-role-3") { id }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      a: { title: 'Batch Test Role 1', skills: [{ skill: { id: 'batch-skill-1' } }] },
      b: { source: 'derived', skills: [{ skill: { name: 'Batch Skill 2' } }] },
      c: { id: 'batch-role-3' },
    });
    // roles/by-ids once for the three roles, roles/skill-requirements once for both skill lists
    expect(response.extensions!.cypherStatements).toBe(2);
  });

  it('read a role by id and its skills lists in one statement, and an unknown role as null', async () => {
    const response = await api.query(`{
      role(id: "batch-role-4") { title skills { skill { id } } required: skills(importance: REQUIRED) { importance skill { name } } }
      missing: role(id: "batch-role-none") { title skills { skill { id } } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      role: {
        title: 'Batch Test Role 4',
        skills: [{ skill: { id: 'batch-skill-4' } }],
        required: [{ importance: 'REQUIRED', skill: { name: 'Batch Skill 4' } }],
      },
      missing: null,
    });
    // roles/skill-requirements reads both roles with their two skills lists; roles/by-ids is not needed
    expect(response.extensions!.cypherStatements).toBe(1);
  });

  it('read a role by id with two levels of next roles in one statement', async () => {
    const response = await api.query(`{
      role(id: "edge-ai-engineer") { title nextRoles { to { id nextRoles { to { id } } } } }
    }`);
    expect(response.errors).toBeUndefined();
    expect(response.data!.role.title).toBe('Edge AI Engineer');
    expect(response.data!.role.nextRoles.map((t: any) => t.to.id)).toEqual(['senior-edge-ai-engineer']);
    // roles/next-roles with the role read along and the next roles' own next roles
    expect(response.extensions!.cypherStatements).toBe(1);
  });

  it('answer two levels of next and previous roles read in one statement as they are read level by level', async () => {
    const level = (field: string, end: string) => `${field} { kind months { typical } ${end} { id title } }`;
    // One selection of the second level is read along with the first; two (aliases) are each read on their own.
    const folded = (role: string, field: string, end: string) => `{ role(id: "${role}") { ${field} { ${end} { id later: ${level(field, end)} } } } }`;
    const apart = (role: string, field: string, end: string) =>
      `{ role(id: "${role}") { ${field} { ${end} { id later: ${level(field, end)} again: ${level(field, end)} } } } }`;
    for (const [role, field, end] of [
      ['embedded-software-engineer', 'nextRoles', 'to'],
      ['senior-edge-ai-engineer', 'previousRoles', 'from'],
    ]) {
      const together = await api.query(folded(role, field, end));
      const levelByLevel = await api.query(apart(role, field, end));
      expect(together.errors).toBeUndefined();
      expect(levelByLevel.errors).toBeUndefined();
      const later = (response: typeof together) => response.data!.role[field].map((t: any) => t[end].later);
      expect(later(together)).toEqual(later(levelByLevel));
      expect(later(together).flat().length).toBeGreaterThan(0);
      expect(together.extensions!.cypherStatements).toBe(1);
      expect(levelByLevel.extensions!.cypherStatements).toBe(2);
    }
  });

  it('filter skills by importance in Cypher exactly as the grain rules rank them', async () => {
    const response = await api.query(`{
      role(id: "edge-ai-engineer") {
        all: skills { importance skill { id } }
        required: skills(importance: REQUIRED) { importance skill { id } }
        differentiating: skills(importance: DIFFERENTIATING) { importance skill { id } }
        allParts: skills(grain: SKILL) { importance skill { id } }
        requiredParts: skills(grain: SKILL, importance: REQUIRED) { importance skill { id } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const role = response.data!.role;
    const of = (list: { importance: string }[], importance: string) => list.filter((s) => s.importance === importance);
    expect(role.required).toEqual(of(role.all, 'REQUIRED'));
    expect(role.differentiating).toEqual(of(role.all, 'DIFFERENTIATING'));
    expect(role.requiredParts).toEqual(of(role.allParts, 'REQUIRED'));
    // An area the role requires through some parts and rewards through others counts as required, not both.
    expect(role.required.length + role.differentiating.length).toBe(role.all.length);
    expect(role.differentiating.length).toBeGreaterThan(0);
  });
});
