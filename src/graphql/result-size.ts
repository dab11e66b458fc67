// Bounds the size of an answer. graphql-js builds the whole response in memory, and nested lists multiply: the 5
// roles similar to one, their 50 missing skills each, the 1,000 O*NET roles requiring each skill, and those roles'
// skills again reach hundreds of millions of objects from a query well inside the depth and cost limits (the fuzz
// run found one that exhausted the API's heap). So every list of objects a resolver returns counts against a budget
// per request (MAX_RESULT_ITEMS); past it the request fails with one RESULT_TOO_LARGE error and no data.
import { GraphQLError, buildSchema, getNamedType, getNullableType, isListType, isLeafType, type GraphQLResolveInfo } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from './errors.js';
import type { Resolvers } from './generated.js';

type FieldResolver = (source: unknown, args: unknown, context: object, info: GraphQLResolveInfo) => unknown;

const itemsByRequest = new WeakMap<object, number>();

const tooLarge = (maxItems: number): GraphQLError =>
  new GraphQLError(
    `The answer would hold more than ${maxItems} list items (MAX_RESULT_ITEMS): nested lists multiply. ` +
      "Select fewer nested lists (for example a role's skills, and not each skill's roles again), or ask with first.",
    { extensions: { code: ErrorCode.RESULT_TOO_LARGE, limit: 'maxResultItems', max: maxItems } },
  );

function count(context: object, items: unknown, maxItems: number): void {
  if (!Array.isArray(items)) return;
  const total = (itemsByRequest.get(context) ?? 0) + items.length;
  itemsByRequest.set(context, total);
  if (total > maxItems) throw tooLarge(maxItems);
}

/** The same resolvers; those returning lists of objects count their items against `maxItems` per request. */
export function limitResultSize(resolvers: Resolvers, typeDefs: string, maxItems: number): Resolvers {
  const schema = buildSchema(typeDefs, { assumeValidSDL: true });
  const limited: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (typeof fields !== 'object' || fields === null || !type || !('getFields' in type)) {
      limited[typeName] = fields;
      continue;
    }
    const schemaFields = type.getFields();
    limited[typeName] = Object.fromEntries(
      Object.entries(fields as Record<string, unknown>).map(([fieldName, resolve]) => {
        const fieldType = schemaFields[fieldName]?.type;
        const listOfObjects = fieldType && isListType(getNullableType(fieldType)) && !isLeafType(getNamedType(fieldType));
        if (typeof resolve !== 'function' || !listOfObjects) return [fieldName, resolve];
        const counted: FieldResolver = (source, args, context, info) => {
          if ((itemsByRequest.get(context) ?? 0) > maxItems) throw tooLarge(maxItems);
          const result = (resolve as FieldResolver)(source, args, context, info);
          if (result instanceof Promise) return result.then((items) => (count(context, items, maxItems), items));
          count(context, result, maxItems);
          return result;
        };
        return [fieldName, counted];
      }),
    );
  }
  return limited as Resolvers;
}

/** One RESULT_TOO_LARGE error instead of one per list that hit the budget, and no partial data. */
export const resultSizePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        const first = result.errors?.find((error) => error.extensions?.code === ErrorCode.RESULT_TOO_LARGE);
        if (!first) return;
        result.data = null;
        result.errors = [first];
      },
    };
  },
};
