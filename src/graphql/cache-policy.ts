// The Cache-Control header of an answer, from the @cacheControl hints of the fields its operation selects: worked
// out once per parsed operation instead of in a hook on every resolved field. Apollo's cache-control plugin wraps
// every resolver for its `willResolveField` (about a tenth of the API's CPU on a page of 50 roles with their skills;
// bench/analysis.md). The rules are Apollo's: a field whose type is an object takes the type's hint, then its own;
// such a field, and every root field, without a maxAge gets the default; `inheritMaxAge` keeps the parent's; the
// answer gets the smallest maxAge, and PRIVATE when any hint says so. Fields under every fragment count, so a
// union member absent from the answer can only shorten the maxAge, never lengthen it.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ConstDirectiveNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export type CacheScope = 'PUBLIC' | 'PRIVATE';

export interface CacheHint {
  maxAge?: number;
  scope?: CacheScope;
  inheritMaxAge?: boolean;
}

/** What a request's resolvers can say about its answer: that it depends on the person asking. */
export interface CacheScopeHint {
  isPrivate: boolean;
}

const UNCACHEABLE = 'no-store';

function hintOf(directives: readonly ConstDirectiveNode[] | undefined): CacheHint | undefined {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  if (!directive?.arguments) return undefined;
  const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
  const scopeValue = argument('scope');
  const scope = scopeValue?.kind === Kind.ENUM && (scopeValue.value === 'PUBLIC' || scopeValue.value === 'PRIVATE') ? scopeValue.value : undefined;
  const inherit = argument('inheritMaxAge');
  if (inherit?.kind === Kind.BOOLEAN && inherit.value) return { inheritMaxAge: true, scope };
  const maxAge = argument('maxAge');
  return { maxAge: maxAge?.kind === Kind.INT ? Number.parseInt(maxAge.value, 10) : undefined, scope };
}

function typeHint(type: GraphQLNamedType): CacheHint {
  for (const node of [type.astNode, ...(type.extensionASTNodes ?? [])]) {
    const hint = hintOf(node?.directives);
    if (hint) return hint;
  }
  return {};
}

/** The policy of an operation's answer: the smallest maxAge of its fields (undefined: no field set one) and the strictest scope. */
export function operationCachePolicy(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  defaultMaxAge: number,
): CacheHint {
  const overall: CacheHint = {};
  const restrict = (hint: CacheHint) => {
    if (hint.maxAge !== undefined && (overall.maxAge === undefined || hint.maxAge < overall.maxAge)) overall.maxAge = hint.maxAge;
    if (hint.scope !== undefined && overall.scope !== 'PRIVATE') overall.scope = hint.scope;
  };
  const visit = (parent: GraphQLCompositeType, selectionSet: SelectionSetNode, isRoot: boolean, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) visit(type, selection.selectionSet, isRoot, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        // A fragment spread twice on one path is read once (validation has ruled out cycles).
        if (type && isCompositeType(type) && !seen.has(fragment.name.value)) {
          visit(type, fragment.selectionSet, isRoot, new Set([...seen, fragment.name.value]));
        }
        continue;
      }
      if (!(isObjectType(parent) || isInterfaceType(parent))) continue; // a union has only __typename
      const field = parent.getFields()[selection.name.value];
      if (!field) continue; // __typename and the other meta fields carry no hint
      const policy: CacheHint = {};
      let inheritMaxAge = false;
      const target = getNamedType(field.type);
      if (isCompositeType(target)) {
        const hint = typeHint(target);
        Object.assign(policy, definedOf(hint));
        inheritMaxAge = Boolean(hint.inheritMaxAge);
      }
      const own = hintOf(field.astNode?.directives) ?? {};
      if (own.inheritMaxAge && policy.maxAge === undefined) {
        inheritMaxAge = true;
        if (own.scope) policy.scope = own.scope;
      } else {
        Object.assign(policy, definedOf(own));
      }
      if (policy.maxAge === undefined && ((isCompositeType(target) && !inheritMaxAge) || isRoot)) policy.maxAge = defaultMaxAge;
      restrict(policy);
      if (selection.selectionSet && isCompositeType(target)) visit(target, selection.selectionSet, false, seen);
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) visit(root, operation.selectionSet, true, new Set());
  return overall;
}

const definedOf = (hint: CacheHint): CacheHint => ({
  ...(hint.maxAge !== undefined ? { maxAge: hint.maxAge } : {}),
  ...(hint.scope !== undefined ? { scope: hint.scope } : {}),
});

/**
 * Sets Cache-Control on every answer: `max-age=N, public|private` when the operation's policy allows caching and
 * the answer has no errors, `no-store` otherwise. A resolver makes an answer private through the context's
 * `cacheScope` (an answer shaped by a person's own skills).
 */
export function cachePolicyPlugin<Context extends { cacheScope: CacheScopeHint }>(defaultMaxAge: number): ApolloServerPlugin<Context> {
  // Apollo keeps one parsed document per query text, so repeated queries reuse their policy.
  const policies = new WeakMap<OperationDefinitionNode, CacheHint>();
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation, document, schema, contextValue }) {
          const headers = response.http.headers;
          if (!operation || !document || response.body.kind !== 'single' || response.body.singleResult.errors) {
            headers.set('cache-control', UNCACHEABLE);
            return;
          }
          let policy = policies.get(operation);
          if (!policy) {
            const fragments = Object.fromEntries(
              document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
            );
            policy = operationCachePolicy(schema, operation, fragments, defaultMaxAge);
            policies.set(operation, policy);
          }
          const scope = contextValue.cacheScope.isPrivate ? 'PRIVATE' : (policy.scope ?? 'PUBLIC');
          if (policy.maxAge === undefined || policy.maxAge === 0) headers.set('cache-control', UNCACHEABLE);
          else headers.set('cache-control', `max-age=${policy.maxAge}, ${scope.toLowerCase()}`);
        },
      };
    },
  };
}
