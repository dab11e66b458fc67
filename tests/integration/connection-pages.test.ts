// Connection pages with and without totalCount: without it the page reads one node past its last instead of every
// match, and must still answer the same edges, cursors and hasNextPage (src/data/projection.ts readProjectedPage).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api.js';

let api: TestApi;
const ROLE_COUNT = 7;
const roleIds = Array.from({ length: ROLE_COUNT }, (_, i) => `pagecount-role-${String(i + 1).padStart(2, '0')}`);
const FILTER = 'filter: { titleContains: "Page Count Role" }';

interface Connection {
  totalCount?: number;
  edges: { cursor: string; node: { id: string; title?: string; name?: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

beforeAll(async () => {
  api = await startTestApi();
  // Created in reverse, so an answer in id order is the statement's order and not the order of creation.
  await api.driver.executeQuery(
    `UNWIND reverse(range(1, $count)) AS i
     CREATE (:Role {id: 'pagecount-role-' + right('0' + toString(i), 2), title: 'Page Count Role ' + i, source: 'derived'})
     CREATE (:Company {id: 'pagecount-company-' + right('0' + toString(i), 2), name: 'Page Count Company ' + i, source: 'derived'})`,
    { count: ROLE_COUNT },
  );
});

afterAll(async () => {
  await api.driver.executeQuery(`MATCH (n) WHERE n.id STARTS WITH 'pagecount-' DETACH DELETE n`);
  await api.close();
});

/** Every page of a connection from the start, `first` at a time, each with the statements its request sent. */
async function pageThrough(field: string, filter: string, first: number, selection: string) {
  const pages: { connection: Connection; statements: number }[] = [];
  let after: string | null = null;
  do {
    const response: GraphQLResponse<Record<string, Connection>> = await api.query<Record<string, Connection>>(
      `query ($after: String) { ${field}(first: ${first}, after: $after, ${filter}) { ${selection} } }`,
      { after },
    );
    expect(response.errors).toBeUndefined();
    const connection: Connection = response.data![field];
    pages.push({ connection, statements: response.extensions!.cypherStatements });
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    expect(pages.length).toBeLessThanOrEqual(ROLE_COUNT + 1);
  } while (after !== null);
  return pages;
}

const EDGES = 'edges { cursor node { id } } pageInfo { hasNextPage endCursor }';

describe('a page without totalCount', () => {
  it('pages through every matching role in id order, hasNextPage true until the last page', async () => {
    const pages = await pageThrough('roles', FILTER, 3, EDGES);
    expect(pages.map(({ connection }) => connection.edges.map((edge) => edge.node.id))).toEqual([
      roleIds.slice(0, 3),
      roleIds.slice(3, 6),
      roleIds.slice(6),
    ]);
    expect(pages.map(({ connection }) => connection.pageInfo.hasNextPage)).toEqual([true, true, false]);
    for (const { connection, statements } of pages) {
      expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)!.cursor);
      expect(statements).toBe(1);
    }
  });

  it('says there is no next page when the page ends exactly at the last match, and one when a single match follows', async () => {
    const exact = await api.query(`{ roles(first: ${ROLE_COUNT}, ${FILTER}) { ${EDGES} } }`);
    expect(exact.data!.roles.edges.map((edge: any) => edge.node.id)).toEqual(roleIds);
    expect(exact.data!.roles.pageInfo.hasNextPage).toBe(false);
    const oneShort = await api.query(`{ roles(first: ${ROLE_COUNT - 1}, ${FILTER}) { ${EDGES} } }`);
    expect(oneShort.data!.roles.edges).toHaveLength(ROLE_COUNT - 1);
    expect(oneShort.data!.roles.pageInfo.hasNextPage).toBe(true);
  });

  it('answers an empty page after the last cursor', async () => {
    const last = await api.query(`{ roles(first: ${ROLE_COUNT}, ${FILTER}) { ${EDGES} } }`);
    const { data } = await api.query(`query ($after: String) { roles(first: 3, after: $after, ${FILTER}) { ${EDGES} } }`, {
      after: last.data!.roles.pageInfo.endCursor,
    });
    expect(data!.roles).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('pages through companies and skills by the same rule', async () => {
    const companies = await pageThrough(
      'companies',
      'filter: { nameContains: "Page Count Company" }',
      2,
      'edges { node { id name } } pageInfo { hasNextPage endCursor }',
    );
    expect(companies.flatMap(({ connection }) => connection.edges.map((edge) => edge.node.id))).toEqual(
      roleIds.map((id) => id.replace('role', 'company')),
    );
    expect(companies.map(({ connection }) => connection.pageInfo.hasNextPage)).toEqual([true, true, true, false]);
    const { data } = await api.query(`{ all: skills(first: 100) { totalCount edges { node { id } } } }`);
    const skills = await pageThrough('skills', 'filter: {}', 30, EDGES);
    expect(skills.flatMap(({ connection }) => connection.edges.map((edge) => edge.node.id))).toEqual(
      data!.all.edges.map((edge: any) => edge.node.id),
    );
    expect(skills.flatMap(({ connection }) => connection.edges)).toHaveLength(data!.all.totalCount);
  });

  it('pages through the skills of a category (read through the category index) as the counted page lists them', async () => {
    const filter = 'filter: { category: "INFERENCE_RUNTIME" }';
    const { data } = await api.query(`{ skills(first: 100, ${filter}) { totalCount edges { node { id category } } } }`);
    expect(data!.skills.totalCount).toBe(5);
    expect(data!.skills.edges.every((edge: any) => edge.node.category === 'INFERENCE_RUNTIME')).toBe(true);
    const pages = await pageThrough('skills', filter, 2, EDGES);
    expect(pages.flatMap(({ connection }) => connection.edges.map((edge) => edge.node.id))).toEqual(
      data!.skills.edges.map((edge: any) => edge.node.id),
    );
    expect(pages.map(({ connection }) => connection.pageInfo.hasNextPage)).toEqual([true, true, false]);
  });
});

describe('a page with totalCount', () => {
  it('counts every match on every page, after a cursor too, with the same edges and pageInfo as without', async () => {
    const counted = await pageThrough('roles', FILTER, 3, `totalCount ${EDGES}`);
    const uncounted = await pageThrough('roles', FILTER, 3, EDGES);
    expect(counted.map(({ connection }) => connection.totalCount)).toEqual([ROLE_COUNT, ROLE_COUNT, ROLE_COUNT]);
    expect(counted.map(({ connection: { edges, pageInfo } }) => ({ edges, pageInfo }))).toEqual(uncounted.map(({ connection }) => connection));
    for (const { statements } of counted) expect(statements).toBe(1);
  });

  it('counts when totalCount is selected through an alias or a fragment, and not when it is skipped', async () => {
    const { data, errors } = await api.query(
      `query ($skip: Boolean!) {
        aliased: roles(first: 1, ${FILTER}) { total: totalCount }
        inFragment: roles(first: 1, ${FILTER}) { ...Counted }
        inline: roles(first: 1, ${FILTER}) { ... on RoleConnection { totalCount } }
        skipped: roles(first: 1, ${FILTER}) { totalCount @skip(if: $skip) edges { node { id } } }
      }
      fragment Counted on RoleConnection { totalCount }`,
      { skip: true },
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      aliased: { total: ROLE_COUNT },
      inFragment: { totalCount: ROLE_COUNT },
      inline: { totalCount: ROLE_COUNT },
      skipped: { edges: [{ node: { id: roleIds[0] } }] },
    });
  });

  it('counts the companies that match a filter', async () => {
    const { data } = await api.query(
      `{ companies(first: 2, filter: { nameContains: "Page Count Company" }) { totalCount pageInfo { hasNextPage } } }`,
    );
    expect(data!.companies).toEqual({ totalCount: ROLE_COUNT, pageInfo: { hasNextPage: true } });
  });
});
