// Query limits (graphql-armor) and production hardening, configured from Config. A refused query fails in parsing
// or validation, so it never reaches a resolver and costs the database nothing.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config.js';

export function armorProtection(config: Config) {
  const { limits } = config;
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    maxTokens: { n: limits.maxTokens, exposeLimits: true },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true, ignoreIntrospection: true },
    // "Did you mean ...?" reveals the schema: hidden in production, helpful in development.
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  return armor.protect();
}
