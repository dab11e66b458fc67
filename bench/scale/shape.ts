// The shape of the scale bench's generated graphs (generate.ts), in numbers.
//
// The shape, from O*NET 29.3 as the import maps it (1,016 occupations: 20 related occupations each, about 22 REQUIRED
// rated skills and knowledge areas of 68, about 35 technologies of 8,775 in 134 commodity classes, technology
// popularity close to Zipf's law, 6,140 technologies used by one occupation only):
// - roles in clusters of CLUSTER_SIZE, clusters spread over the 23 SOC major groups; job zones 1-5 as O*NET's;
// - 20 transitions per role: ranks 1-5 Primary-Short and 6-10 Primary-Long to roles of its cluster, 11-20
//   Supplemental (six to other clusters of its major group, four to any role); months and kind by the import's rule
//   (src/import/onet/transition-rule.ts) from the job zones and the target's preparation;
// - 12-30 REQUIRED rated skills and knowledge areas of a fixed content model of 68 (popular ones more often, each
//   major group favouring a dozen), with importance 3.0-4.7 and a level;
// - 10-50 DIFFERENTIATING technologies, half from the cluster's own pool and half by popularity (Zipf) from a
//   vocabulary that grows with the graph (8,775 x (roles / 1,016)^0.6, Heaps' law); only technologies some role uses
//   are written; each belongs to a commodity class (PART_OF), as mapTechnologyClasses makes them for the import.
import type { RelatednessTier } from '../../src/import/onet/transition-rule.js';

export const CLUSTER_SIZE = 40;
export const CLUSTER_POOL_SIZE = 60;
export const RATED_PER_ROLE = { min: 12, max: 30 } as const;
export const TECHNOLOGIES_PER_ROLE = { min: 10, max: 50 } as const;
/** O*NET's content model: 35 skills and 33 knowledge areas. */
export const CONTENT_MODEL = { skills: 35, knowledge: 33 } as const;
/** Related occupations per role, by tier, in rank order (O*NET lists 5 + 5 + 10). */
export const TIERS: readonly { tier: RelatednessTier; count: number }[] = [
  { tier: 'Primary-Short', count: 5 },
  { tier: 'Primary-Long', count: 5 },
  { tier: 'Supplemental', count: 10 },
];
export const TRANSITIONS_PER_ROLE = TIERS.reduce((sum, t) => sum + t.count, 0);
/** Of the Supplemental ones, how many go to other clusters of the role's major group (the rest go anywhere). */
export const SUPPLEMENTAL_IN_GROUP = 6;
/** The 23 SOC major groups. */
export const MAJOR_GROUPS = [
  '11',
  '13',
  '15',
  '17',
  '19',
  '21',
  '23',
  '25',
  '27',
  '29',
  '31',
  '33',
  '35',
  '37',
  '39',
  '41',
  '43',
  '45',
  '47',
  '49',
  '51',
  '53',
  '55',
];
/** O*NET 29.3's roles per job zone 1-5 (31, 295, 219, 224, 154). */
export const JOB_ZONE_WEIGHTS = [31, 295, 219, 224, 154];
/** Typical preparation (related work experience + on-the-job training, months) per job zone, drawn 0.5-1.5x. */
export const PREPARATION_MONTHS = [6, 18, 36, 60, 90];
/** The share of a cluster's roles at the cluster's own job zone. */
export const SAME_ZONE_SHARE = 0.6;

/** The technology vocabulary a graph of `roles` roles draws from (Heaps' law around O*NET's 8,775 at 1,016). */
export const technologyVocabulary = (roles: number): number => Math.max(200, Math.round(8775 * (roles / 1016) ** 0.6));
/** Commodity classes the vocabulary falls in (134 at O*NET's size, growing slowly). */
export const commodityClasses = (roles: number): number => Math.max(10, Math.round(134 * (roles / 1016) ** 0.3));
