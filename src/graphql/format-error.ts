// What a client sees of an error: expected errors keep their message and code; errors about the request itself
// (bad syntax, an unsupported operation, a bad persisted query) say what is wrong; anything else is logged in
// full on the server and masked (no stack trace, no Cypher, no driver message).
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDomainError } from '../domain/errors.js';
import { ErrorCode, EXPOSED_CODES, extensionsOf } from './errors.js';

/** "Did you mean ...?" names schema members; production hides them wherever graphql-js adds them. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function createErrorFormatter(options: { hideSuggestions: boolean }) {
  const clean = (message: string) => (options.hideSuggestions ? message.replace(SUGGESTION, '') : message);

  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    // Thrown by the data layer or an argument check: the domain error decides the code (src/graphql/errors.ts).
    if (isDomainError(original)) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: extensionsOf(original) };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (formatted.extensions?.validationErrorCode === 'INTROSPECTION_DISABLED') {
      // Apollo's own wording names the implementation and how to configure it: not for anonymous clients.
      return { ...formatted, message: 'Introspection is disabled on this server.' };
    }
    if (code && EXPOSED_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: clean(formatted.message), extensions };
    }
    // Raised by graphql-js or Apollo about the request, not thrown by our code or the driver.
    if (original instanceof GraphQLError && !original.originalError) {
      return { message: clean(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    console.error('Unexpected error:', original);
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
