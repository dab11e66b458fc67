// Executes operations with graphql-jit: each document is compiled once into a function that completes exactly its
// selection, instead of graphql-js walking the schema for every field of every item (the larger part of the API's
// CPU on long lists such as 50 roles with their skills). Apollo Server takes a custom executor only through its
// gateway interface, so this is a gateway that serves a fixed schema.
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * graphql-jit's errors freeze their message, which the plugins that reword errors (graphql-armor's suggestion
 * masking) assign to: the same error as graphql-js would raise it.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}

export function compiledExecutorGateway(schema: GraphQLSchema): GatewayInterface {
  // Apollo keeps one parsed DocumentNode per query text (its document store), so compiled queries live as long as it.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compile = (document: DocumentNode, operationName: string | null) => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    let query = byOperation.get(operationName ?? '');
    if (!query) {
      query = compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      byOperation.set(operationName ?? '', query);
    }
    return query;
  };

  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const variableValues = request.variables ?? {};
    // A request whose operation Apollo could not pick, a subscription (the schema has none), or a bad variable gets
    // graphql-js's own errors, worded as before (Apollo answers a bad variable with a 400 and BAD_USER_INPUT by
    // recognising that wording).
    if (!operation || operation.operation === 'subscription') {
      return execute({ schema, document, operationName: request.operationName, variableValues, contextValue: context });
    }
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues);
    if (variables.errors) return { errors: variables.errors };
    const query = compile(document, operationName);
    const result = isCompiledQuery(query) ? await query.query(undefined, context, variableValues) : query;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}
