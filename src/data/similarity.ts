// The score math of similarRoles and recommendRoles: roles as importance- and rarity-weighted vectors of their
// requirements, compared block by block with cosine similarity. Pure: evidence rows in, ranked ids out.
//
// Three blocks, each a sparse vector per role, compared separately so that a role's hundreds of technologies do
// not drown its few dozen rated skills (and the other way round):
//   RATED   skills and knowledge with an O*NET importance score: (importance - 2.5) x (1 + level / 7) x IDF, so a
//           skill rated "very important" at a high level outweighs one that is merely important;
//   LEAF    every other requirement (technologies, curated skills): a base weight by importance, a bonus for hot
//           and in-demand technologies, x IDF;
//   AREA    the areas of the LEAF block's skills (a technology's commodity class, a curated skill's area): the sum of
//           the area's tools' LEAF weights, x the area's IDF; two roles that use different tools of one kind still
//           share the kind.
// IDF is log(1 + N / df) over the N roles with requirements: a skill every role has weighs about log 2, one that
// a single role has weighs log(1 + N). Job zone: similarity loses JOB_ZONE_PENALTY per zone apart. Occupation
// group: two roles in one SOC group gain its bonus (src/domain/occupation-groups.ts).
//
// The parts: similarity-formula.ts (weights, IDF, a requirement's weight), similarity-model.ts (the vectors of
// every role in typed arrays), similarity-rank.ts (the rankings), similarity-source.ts (reading the evidence from
// Neo4j in pages and caching the model by the graph's fingerprint).
export {
  inverseDocumentFrequency,
  requirementWeight,
  SIMILARITY_WEIGHTS,
  toolKind,
  type NamedSkill,
  type RequirementEvidence,
  type RoleEvidence,
  type SimilarityWeights,
  type SkillImportance,
} from './similarity-formula.js';
export { buildSimilarityModel, SimilarityModelBuilder, type SimilarityModel } from './similarity-model.js';
export {
  compareRequirements,
  rankRecommendations,
  rankSimilarRoles,
  weightedSkillsOf,
  type RecommendationScore,
  type ScoredRole,
} from './similarity-rank.js';
