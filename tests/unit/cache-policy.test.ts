import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCachePolicy } from '../../src/graphql/cache-policy.js';

const schema = buildSchema(`
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
  type Query {
    role: Role
    sources: [Source!]! @cacheControl(maxAge: 3600)
    search: [Result!]!
    me: Person @cacheControl(scope: PRIVATE)
  }
  type Mutation { upsertRole: Role! @cacheControl(maxAge: 0) }
  type Role { id: ID! title: String range: Range skills: [Skill!]! news: [News!]! }
  type Skill { id: ID! }
  type Person { id: ID! }
  type Range @cacheControl(inheritMaxAge: true) { min: Int }
  type Source @cacheControl(maxAge: 3600) { id: ID! }
  type News @cacheControl(maxAge: 60) { id: ID! }
  union Result = Role | News
`);

function policyOf(text: string) {
  const document = parse(text);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return operationCachePolicy(schema, operation, fragments, 300);
}

describe('the cache policy of an operation, from the @cacheControl hints it selects', () => {
  it('gives root fields and object fields the default maxAge, and lets leaves and inheriting types keep it', () => {
    expect(policyOf('{ role { id title range { min } skills { id } } }')).toEqual({ maxAge: 300 });
  });

  it('takes the smallest maxAge among the selected fields, whether a type or a field says it', () => {
    expect(policyOf('{ sources { id } }')).toEqual({ maxAge: 3600 });
    expect(policyOf('{ sources { id } role { id } }')).toEqual({ maxAge: 300 });
    expect(policyOf('{ role { news { id } } }')).toEqual({ maxAge: 60 });
  });

  it('counts fields under fragments, on a union member too', () => {
    expect(policyOf('{ search { ... on Role { id } } }')).toEqual({ maxAge: 300 });
    expect(policyOf('{ search { ...R } } fragment R on Role { news { id } }')).toEqual({ maxAge: 60 });
  });

  it('makes an answer private when a selected field says so, and a mutation uncacheable', () => {
    expect(policyOf('{ me { id } }')).toEqual({ maxAge: 300, scope: 'PRIVATE' });
    expect(policyOf('mutation { upsertRole { id } }')).toEqual({ maxAge: 0 });
  });
});
