// The API executes operations with graphql-jit (src/graphql/compiled-executor.ts). Its answers must be graphql-js's:
// every GraphiQL example tab, a fragment with variables and directives, and errors, asked over HTTP and executed by
// graphql-js itself on the same schema and a fresh request context, against the same real Neo4j.
import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestContext } from '../../src/graphql/context.js';
import { EXAMPLE_TABS } from '../../src/graphql/example-queries.js';
import { executableSchema } from '../../src/server.js';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api?.close());

async function byGraphQLJs(query: string, variables: Record<string, unknown> = {}) {
  const schema = executableSchema(api.config, { guardProjections: true });
  const result = await execute({ schema, document: parse(query), variableValues: variables, contextValue: createRequestContext(api.database) });
  return { data: result.data ?? null, errors: (result.errors ?? []).map((error) => ({ message: error.message, path: error.path })) };
}

async function overHttp(query: string, variables: Record<string, unknown> = {}) {
  const response = await api.query(query, variables);
  return {
    data: response.data ?? null,
    errors: (response.errors ?? []).map((error) => ({ message: error.message, path: (error as { path?: unknown }).path })),
  };
}

describe('answers executed by graphql-jit', () => {
  it.each(EXAMPLE_TABS.map((tab) => [tab.name, tab.query]))('equal graphql-js on the example %s', async (_name, query) => {
    // The test graph holds the seed only: an example about O*NET roles answers NOT_FOUND, which must match too.
    const [ours, reference] = await Promise.all([overHttp(query), byGraphQLJs(query)]);
    expect(ours).toEqual(reference);
  });

  it('equal graphql-js with fragments, aliases, variables and @include/@skip', async () => {
    const query = `
      query ($id: ID!, $withSkills: Boolean!, $first: Int) {
        senior: role(id: $id) { ...Head skills(grain: SKILL) @include(if: $withSkills) { importance skill { id name } } }
        page: roles(first: $first) { edges { node { ...Head nextRoles @skip(if: $withSkills) { to { id } } } } }
      }
      fragment Head on Role { id title }`;
    const variables = { id: 'senior-edge-ai-engineer', withSkills: true, first: 3 };
    const [ours, reference] = await Promise.all([overHttp(query, variables), byGraphQLJs(query, variables)]);
    expect(ours.errors).toEqual([]);
    expect((ours.data?.senior as { skills: unknown[] }).skills.length).toBeGreaterThan(0);
    expect(ours).toEqual(reference);
  });

  it('reads what each request selects when @include depends on a variable (one compiled query, many requests)', async () => {
    const query = 'query ($withText: Boolean!) { role(id: "edge-ai-engineer") { id description @include(if: $withText) } }';
    const without = await api.query(query, { withText: false });
    const withText = await api.query(query, { withText: true });
    const againWithout = await api.query(query, { withText: false });
    expect(without).toMatchObject({ status: 200, data: { role: { id: 'edge-ai-engineer' } } });
    expect(without.data!.role).not.toHaveProperty('description');
    expect(withText.errors).toBeUndefined();
    expect(withText.data!.role.description).toMatch(/inference/);
    expect(againWithout.data).toEqual(without.data);
  });

  it('keeps a domain error on its field, with its message, path and code, the rest of the answer kept', async () => {
    const query =
      '{ ok: role(id: "edge-ai-engineer") { id } bad: careerPaths(from: "edge-ai-engineer", to: "edge-ai-engineer") { totalMonths { typical } } }';
    const response = await api.query(query);
    const reference = await byGraphQLJs(query);
    expect(response.data).toEqual(reference.data);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({ message: reference.errors[0].message, path: ['bad'], extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a bad variable as graphql-js does: status 400, BAD_USER_INPUT, its wording', async () => {
    const query = 'query ($id: ID!) { role(id: $id) { id } }';
    const response = await api.query(query, {});
    expect(response.status).toBe(400);
    expect(response.errors![0]).toMatchObject({
      message: 'Variable "$id" of required type "ID!" was not provided.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
