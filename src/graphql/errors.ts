// Expected failures as coded GraphQL errors (see STYLE.md, "Errors").
import { GraphQLError } from 'graphql';

export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** `by` says what the references may be: an id, or (where names are accepted) an id or a name. */
export function notFound(kind: string, ids: string[], by = 'id'): GraphQLError {
  const list = ids.map((id) => `"${id}"`).join(', ');
  return new GraphQLError(`No ${kind} with ${by} ${list}`, { extensions: { code: 'NOT_FOUND', ids } });
}

/** A name that several roles or skills answer to: the person picks one of the candidates by id. */
export function ambiguousName(argument: string, kind: string, name: string, candidates: { id: string; name: string }[]): GraphQLError {
  const list = candidates.map((c) => `${c.name} (${c.id})`).join(', ');
  return new GraphQLError(`${argument}: "${name}" could name several ${kind}s: ${list}; pass one of their ids`, {
    extensions: { code: 'BAD_USER_INPUT', argument, candidates },
  });
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
