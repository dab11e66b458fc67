// Provenance and importance: every node and relationship says where it comes from, and a role's skills say how
// much they matter. The GraphQL scalar FactSource and enum SkillImportance carry the same values.

/**
 * `stated`: the curated career page says it; `derived`: the project inferred it (with a `derivation`); `onet`,
 * `esco`: imported; `curated`: written by a curator through the API.
 */
export const FACT_SOURCES = ['stated', 'derived', 'onet', 'esco', 'curated'] as const;
export type FactSource = (typeof FACT_SOURCES)[number];

/** The sources a seed file may name: the seed holds the career page's facts and what the project derived from them. */
export const SEED_FACT_SOURCES = ['stated', 'derived'] as const satisfies readonly FactSource[];
export type SeedFactSource = (typeof SEED_FACT_SOURCES)[number];

/** REQUIRED skills define a role (paths, gaps and overlap compare them); DIFFERENTIATING ones set people apart. */
export const SKILL_IMPORTANCES = ['REQUIRED', 'DIFFERENTIATING'] as const;
export type SkillImportance = (typeof SKILL_IMPORTANCES)[number];
