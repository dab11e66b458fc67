// Provenance: every node and relationship says where it comes from. The GraphQL scalar FactSource carries these
// values. (How much a skill matters to a role, SKILL_IMPORTANCES, lives with the skill rules in skill-areas.ts.)

/**
 * `stated`: the curated career page says it; `derived`: the project inferred it (with a `derivation`); `onet`,
 * `esco`: imported; `curated`: written by a curator through the API.
 */
export const FACT_SOURCES = ['stated', 'derived', 'onet', 'esco', 'curated'] as const;
export type FactSource = (typeof FACT_SOURCES)[number];

/** The sources a seed file may name: the seed holds the career page's facts and what the project derived from them. */
export const SEED_FACT_SOURCES = ['stated', 'derived'] as const satisfies readonly FactSource[];
export type SeedFactSource = (typeof SEED_FACT_SOURCES)[number];
