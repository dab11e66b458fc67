// Query limits (graphql-armor) and production hardening, configured from Config. A refused query fails before
// execution (in HTTP handling, parsing or validation), so it never reaches a resolver and costs the database nothing.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Lexer, Source, TokenKind } from 'graphql';
import type { Config } from '../config.js';
import { ErrorCode } from './errors.js';

export function armorProtection(config: Config) {
  const { limits } = config;
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    // armor's token plugin throws inside Apollo's parsing hook, which Apollo answers with a 500; the token limit
    // is enforced by tokenLimitRefusal() below instead.
    maxTokens: { enabled: false },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true, ignoreIntrospection: true },
    // "Did you mean ...?" reveals the schema: hidden in production, helpful in development.
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  return armor.protect();
}

/** Counts lexical tokens up to max + 1; a document the lexer cannot read is left for the parser to report. */
export function countTokens(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (count <= max && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // a syntax error: the GraphQL parser reports it with its location
  }
  return count;
}

/** The refusal of a query document of more than `max` tokens (HTTP 400, before Apollo parses it), or null. */
export function tokenLimitRefusal(query: unknown, max: number) {
  if (typeof query !== 'string' || countTokens(query, max) <= max) return null;
  return {
    errors: [
      { message: `Syntax Error: Token limit of ${max} exceeded.`, extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED, limit: 'maxTokens', max } },
    ],
  };
}
