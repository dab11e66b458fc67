// On in tests: a field that reads a stored property its record's statement did not read fails with an error
// naming both, instead of answering null. A projection that misses a field (projection.ts) cannot pass unnoticed.
import {
  defaultFieldResolver,
  isObjectType,
  responsePathAsArray,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { isProjectedRecord } from '../data/projection.js';
import type { Resolvers } from './generated.js';
import { storedPropertiesOf } from './projection.js';

function assertRead(source: unknown, info: GraphQLResolveInfo): void {
  if (!isProjectedRecord(source)) return;
  const missing = storedPropertiesOf(info.parentType.name, info.fieldName, info.returnType).filter((name) => !(name in source));
  if (missing.length === 0) return;
  throw new Error(
    `Missed projection: ${info.parentType.name}.${info.fieldName} at ${responsePathAsArray(info.path).join('.')} reads ` +
      `${missing.join(', ')}, which the statement that loaded this ${info.parentType.name} did not read ` +
      `(it read ${Object.keys(source).join(', ')}).`,
  );
}

/** The default resolver (a property of the parent), checked. */
const guardedFieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
  assertRead(source, info);
  return defaultFieldResolver(source, args, context, info);
};

/** Gives every object field without a resolver of its own the checked default resolver. */
export function guardDefaultResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) field.resolve ??= guardedFieldResolver;
  }
}

type FieldResolver = (source: unknown, args: unknown, context: unknown, info: GraphQLResolveInfo) => unknown;

/** The same resolvers, each field resolver checked before it runs (type resolvers such as __resolveType untouched). */
export function guardResolvers(resolvers: Resolvers): Resolvers {
  const guarded: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    if (typeof fields !== 'object' || fields === null) {
      guarded[typeName] = fields;
      continue;
    }
    guarded[typeName] = Object.fromEntries(
      Object.entries(fields as Record<string, unknown>).map(([fieldName, resolve]) => {
        if (typeof resolve !== 'function' || fieldName.startsWith('__')) return [fieldName, resolve];
        const checked: FieldResolver = (source, args, context, info) => {
          assertRead(source, info);
          return (resolve as FieldResolver)(source, args, context, info);
        };
        return [fieldName, checked];
      }),
    );
  }
  return guarded as Resolvers;
}
