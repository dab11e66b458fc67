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
