// Look-ahead: which stored properties a selection reads (fragments, @skip/@include, fields stored under other
// names), and the guard that fails a field whose property a projection did not read.
import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { recordOf } from '../../src/data/projection.js';
import { guardDefaultResolvers } from '../../src/graphql/projection-guard.js';
import { selectedProperties } from '../../src/graphql/projection.js';
import { loadTypeDefs } from '../../src/graphql/resolvers/index.js';

const schema = buildSchema(loadTypeDefs());

/** Runs a query whose root field records what selectedProperties answers for each path. */
async function propertiesOf(query: string, paths: string[][], variables: Record<string, unknown> = {}) {
  const seen: (readonly string[])[] = [];
  // Root fields given as functions of the root value are called with (args, context, info).
  const capture = (answer: unknown) => (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    for (const path of paths) seen.push(selectedProperties(info, ...path));
    return answer;
  };
  const emptyPage = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
  const rootValue = { role: capture(null), roles: capture(emptyPage) };
  const result = await graphql({ schema, source: query, variableValues: variables, rootValue });
  expect(result.errors).toBeUndefined();
  return seen;
}

describe('selectedProperties', () => {
  it('reads id first, then the stored properties of the selected fields, by name', async () => {
    const [props] = await propertiesOf(`{ role(id: "a") { title aiImpact { score } skills { skill { name } } __typename } }`, [[]]);
    expect(props).toEqual(['id', 'aiImpactLevel', 'aiImpactOutlook', 'aiImpactScore', 'title']);
  });

  it('follows fragments and inline fragments, and leaves out what @skip or @include turn off', async () => {
    const query = `query ($withPay: Boolean!) {
      role(id: "a") { ...Basics ... on Role { experience { min } } medianPayUsd @include(if: $withPay) socCode @skip(if: true) }
    }
    fragment Basics on Role { title jobZone }`;
    const [props] = await propertiesOf(query, [[]], { withPay: false });
    expect(props).toEqual(['id', 'experienceMaxYears', 'experienceMinYears', 'jobZone', 'title']);
  });

  it('walks a path down to the nodes of a connection or the skills of requirements', async () => {
    const [nodes, skills] = await propertiesOf(`{ roles(first: 5) { edges { node { title skills { skill { name area { id } } } } } } }`, [
      ['edges', 'node'],
      ['edges', 'node', 'skills', 'skill'],
    ]);
    expect(nodes).toEqual(['id', 'title']);
    expect(skills).toEqual(['id', 'areaId', 'name']);
  });
});

describe('the projection guard', () => {
  const guarded = buildSchema(loadTypeDefs());
  guardDefaultResolvers(guarded);
  const run = (query: string, role: unknown) => graphql({ schema: guarded, source: query, rootValue: { role: () => role } });

  it('fails a field whose stored property the projection did not read, naming the field and the property', async () => {
    const result = await run(`{ role(id: "a") { id title } }`, recordOf(['id'], ['a']));
    expect(result.errors?.[0].message).toMatch(
      /^Missed projection: Role\.title at role\.title reads title, which the statement that loaded this Role did not read/,
    );
  });

  it('answers null for a property the projection read and found unset', async () => {
    const result = await run(`{ role(id: "a") { id description } }`, recordOf(['id', 'description'], ['a', null]));
    expect(result).toEqual({ data: { role: { id: 'a', description: null } } });
  });

  it('leaves records that were not projected alone', async () => {
    const result = await run(`{ role(id: "a") { id description } }`, { id: 'a' });
    expect(result).toEqual({ data: { role: { id: 'a', description: null } } });
  });
});
