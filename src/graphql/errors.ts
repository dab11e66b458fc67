// The API's error codes, in one typed list (Apollo's ApolloServerErrorCode is the model), and the one place where
// the domain errors that the data layer throws (src/domain/errors.ts) become coded GraphQL errors.
import { GraphQLError } from 'graphql';
import {
  AmbiguousNameError,
  BadInputError,
  NotFoundError,
  QueryTimeoutError,
  UnavailableError,
  UnknownNameError,
  type DomainError,
  type NameSuggestions,
} from '../domain/errors.js';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  RESULT_TOO_LARGE: 'RESULT_TOO_LARGE',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * The body of an answer refused before GraphQL runs (a bad or too large request, an unexpected failure): GraphQL's
 * error shape, coded BAD_REQUEST below HTTP 500 and INTERNAL_SERVER_ERROR from it.
 */
export const httpErrorBody = (status: number, message: string) => ({
  errors: [{ message, extensions: { code: status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL_SERVER_ERROR } }],
});

/** Codes a client may see with their message; anything else is masked. */
export const EXPOSED_CODES: ReadonlySet<string> = new Set<ErrorCode>(
  Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
);

/** The code and the extensions a client sees for each domain error. */
export function extensionsOf(error: DomainError): { code: ErrorCode } & Record<string, unknown> {
  if (error instanceof AmbiguousNameError) return { code: ErrorCode.BAD_USER_INPUT, argument: error.argument, candidates: error.candidates };
  if (error instanceof UnknownNameError) return { code: ErrorCode.BAD_USER_INPUT, argument: error.argument, suggestions: error.suggestions };
  if (error instanceof BadInputError) return { code: ErrorCode.BAD_USER_INPUT, argument: error.argument };
  if (error instanceof NotFoundError) {
    return { code: ErrorCode.NOT_FOUND, ids: error.ids, ...(error.suggestions === undefined ? {} : { suggestions: error.suggestions }) };
  }
  if (error instanceof UnavailableError) return { code: ErrorCode.SERVICE_UNAVAILABLE };
  if (error instanceof QueryTimeoutError) return { code: ErrorCode.QUERY_TIMEOUT };
  const unhandled: never = error;
  throw new Error(`No error code for ${String(unhandled)}`);
}

export const toGraphQLError = (error: DomainError): GraphQLError =>
  new GraphQLError(error.message, { extensions: extensionsOf(error), originalError: error });

/** A coded error about the request's credentials or rights (not a domain failure: the API decides it). */
export const accessError = (code: typeof ErrorCode.UNAUTHENTICATED | typeof ErrorCode.FORBIDDEN, message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code } });

export const badUserInput = (argument: string, problem: string): BadInputError => new BadInputError(argument, problem);
export const notFound = (kind: string, ids: string[], by = 'id', suggestions?: NameSuggestions[]): NotFoundError =>
  new NotFoundError(kind, ids, by, suggestions);
export const unknownName = (argument: string, kind: string, references: string[], suggestions: NameSuggestions[]): UnknownNameError =>
  new UnknownNameError(argument, kind, references, suggestions);
export const ambiguousName = (argument: string, kind: string, name: string, candidates: { id: string; name: string }[]): AmbiguousNameError =>
  new AmbiguousNameError(argument, kind, name, candidates);
