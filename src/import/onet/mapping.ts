// Maps a parsed O*NET release onto the career graph: occupations to Roles (occupation-roles.ts), skills and
// knowledge (element-ratings.ts) and technologies (technology-mapping.ts) to Skills, ratings to REQUIRES (derived
// where O*NET rates nothing: derived-requirement-links.ts), related occupations to TRANSITIONS_TO
// (related-transitions.ts). Pure: rows in, rows to write out. docs/onet-import.md states every rule; keep the two in step.
import type { LinkRow, NodeRow } from '../../db/write-rows.js';
import { mapDerivedRequirements } from './derived-requirement-links.js';
import { mapElementRatings } from './element-ratings.js';
import { preparationByOccupation, type Preparation } from './experience.js';
import { mapOccupationRoles } from './occupation-roles.js';
import type { OnetRelease } from './release.js';
import { mapRelatedTransitions } from './related-transitions.js';
import { occupationId, releaseSourceId } from './slug.js';
import { mapTechnologies, mapTechnologyClasses } from './technology-mapping.js';

export interface MappingOptions {
  /** REQUIRES only for a skill or knowledge area whose importance (IM) is at least this. */
  importanceThreshold: number;
  /** At most this many aliases (alternate titles) per role. */
  aliasCap: number;
  /** How many similar rated occupations an unrated occupation's requirements are derived from (default 5). */
  neighbours?: number;
}

export const DEFAULT_IMPORTANCE_THRESHOLD = 3.0;
export const DEFAULT_ALIAS_CAP = 60;

export const ONET_PUBLISHER = 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)';

/**
 * The credit the CC BY 4.0 license asks for, as O*NET words it, with the notice it asks for when the data is
 * modified (the import derives months, kinds and links the release does not state).
 */
export function attribution(version: string): string {
  return (
    `This product includes information from the O*NET ${version} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). ` +
    'Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. ' +
    'Career graph has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.'
  );
}

export interface MappingStats {
  /** Skill/knowledge ratings with importance below the threshold: no relationship. */
  belowThreshold: number;
  /** Ratings O*NET recommends suppressing (low precision) or marks not relevant: no relationship. */
  suppressedOrNotRelevant: number;
  /** Importance ratings without a matching level rating (level left empty). */
  missingLevel: number;
  /** Roles whose aliases were cut to the cap, and how many alternate titles that left out. */
  rolesWithCappedAliases: number;
  aliasesLeftOut: number;
  /** Technology names that share an id with another spelling (kept as aliases of one Skill). */
  technologySpellingsMerged: number;
  /** Occupations without usable skill/knowledge ratings, whose REQUIRES are derived from similar rated ones. */
  occupationsDerived: number;
  /** Of those, the ones where no element reached the threshold (the highest few were taken instead). */
  derivedFallbacks: number;
  /** Rated occupations none of whose own ratings reaches the threshold: their highest few are REQUIRED (derived). */
  ratedBelowThreshold: number;
}

export interface OccupationFacts {
  roleId: string;
  jobZone: number | null;
  preparation: Preparation;
}

export interface OnetGraph {
  sourceId: string;
  source: NodeRow;
  roles: NodeRow[];
  /** Skill and knowledge areas of the content model (category SKILL / KNOWLEDGE). */
  elementSkills: NodeRow[];
  technologySkills: NodeRow[];
  /** REQUIRES with importance REQUIRED (skills and knowledge at or above the threshold). */
  requiredSkills: LinkRow[];
  /** REQUIRES with importance DIFFERENTIATING (technology examples). */
  technologyRequirements: LinkRow[];
  /** UNSPSC commodity classes of technologies (category TECHNOLOGY_CLASS): a technology's area. */
  technologyClasses: NodeRow[];
  /** (technology)-[:PART_OF]->(commodity class). */
  technologyAreas: LinkRow[];
  /** REQUIRES with importance REQUIRED derived for occupations without ratings (source 'derived'). */
  derivedRequirements: LinkRow[];
  transitions: LinkRow[];
  /** Per SOC code, what the curated links need. */
  occupations: Map<string, OccupationFacts>;
  stats: MappingStats;
}

export function mapRelease(release: OnetRelease, options: MappingOptions): OnetGraph {
  const stats: MappingStats = {
    belowThreshold: 0,
    suppressedOrNotRelevant: 0,
    missingLevel: 0,
    rolesWithCappedAliases: 0,
    aliasesLeftOut: 0,
    technologySpellingsMerged: 0,
    occupationsDerived: 0,
    derivedFallbacks: 0,
    ratedBelowThreshold: 0,
  };
  const sourceId = releaseSourceId(release.version);
  const preparation = preparationByOccupation(
    release.occupations.map((o) => o.soc),
    release.jobZones,
    release.experience,
    release.experienceCategories,
  );

  const occupations = new Map<string, OccupationFacts>();
  for (const o of release.occupations) {
    occupations.set(o.soc, { roleId: occupationId(o.soc), jobZone: release.jobZones.get(o.soc) ?? null, preparation: preparation.get(o.soc)! });
  }

  const roles = mapOccupationRoles(release, options.aliasCap, stats);
  const { nodes: elementSkills, links: requiredSkills } = mapElementRatings(release, options.importanceThreshold, stats);
  const { nodes: technologySkills, links: technologyRequirements } = mapTechnologies(release, stats);
  const { nodes: technologyClasses, links: technologyAreas } = mapTechnologyClasses(technologySkills);
  const derivedRequirements = mapDerivedRequirements(release, options, stats);
  const transitions = mapRelatedTransitions(release, occupations);

  const source: NodeRow = {
    id: sourceId,
    props: {
      name: `O*NET ${release.version} Database`,
      publisher: ONET_PUBLISHER,
      kind: 'DATASET',
      license: 'CC BY 4.0',
      note: attribution(release.version),
      version: release.version,
      source: 'onet',
    },
  };

  return {
    sourceId,
    source,
    roles,
    elementSkills,
    technologySkills,
    requiredSkills,
    technologyRequirements,
    technologyClasses,
    technologyAreas,
    derivedRequirements,
    transitions,
    occupations,
    stats,
  };
}
