// Expected failures as coded GraphQL errors (see STYLE.md, "Errors").
import { GraphQLError } from 'graphql';

export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export function notFound(kind: string, ids: string[]): GraphQLError {
  const list = ids.map((id) => `"${id}"`).join(', ');
  return new GraphQLError(`No ${kind} with id ${list}`, { extensions: { code: 'NOT_FOUND', ids } });
}

/** Codes a client may see with their message; anything else is masked. */
export const EXPOSED_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SERVICE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
