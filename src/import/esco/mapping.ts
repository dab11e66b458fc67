// Maps a parsed ESCO release onto the career graph: occupations to Roles in ISCO tracks (occupation-mapping.ts),
// skills and knowledge to Skills with the skill pillar's hierarchy as PART_OF, so skill groups are areas
// (skill-mapping.ts), relations to REQUIRES, crosswalk matches to NEAREST_OCCUPATION, and transitions derived from
// skill similarity (similarity-transitions.ts). Pure: release and the graph's existing skills and O*NET occupations
// in, rows to write out. docs/esco-import.md states every rule.
import type { LinkRow, NodeRow } from '../../db/write-rows.js';
import { slugify } from '../../domain/slugs.js';
import { DEFAULT_ALIAS_CAP } from '../onet/mapping.js';
import { mapEscoOccupations, mapIscoTracks } from './occupation-mapping.js';
import type { EscoRelease } from './release.js';
import { mapSimilarityTransitions } from './similarity-transitions.js';
import { mapEscoSkills } from './skill-mapping.js';

export const ESCO_PUBLISHER = 'European Commission';

/** The acknowledgement Commission Decision 2011/833/EU asks for, with the notice that the project modifies it. */
export const ESCO_ATTRIBUTION =
  'This service uses the ESCO classification of the European Commission. ' +
  'Modified: Career graph adds to ESCO v1.1.1 transitions derived from skill similarity, job zones and links to O*NET occupations, ' +
  'and merges ESCO skills into existing skills of the same name; these are not part of ESCO.';

export const NESTA_CROSSWALK_ATTRIBUTION =
  "ESCO to O*NET-SOC 2010 crosswalk from Nesta's Mapping Career Causeways (github.com/nestauk/mapping-career-causeways), MIT licence; " +
  "O*NET-SOC 2010 to 2019 through O*NET's crosswalk (CC BY 4.0, USDOL/ETA).";

/** A skill already in the graph that the ESCO import does not own (curated seed, O*NET, curator). */
export interface ExistingSkill {
  id: string;
  name: string;
  source: string;
}

export interface OnetOccupation {
  id: string;
  socCode: string;
  jobZone: number | null;
}

export interface MappingOptions {
  aliasCap?: number;
  threshold?: number;
  maxTransitions?: number;
}

export interface EscoMappingStats {
  /** ESCO skills that are an existing skill of the same name (linked, never changed). */
  skillsMerged: number;
  mergedExamples: string[];
  /** Skills whose hierarchy offered more than one broader concept (one was kept: the rule in docs). */
  skillsWithSeveralBroader: number;
  /** PART_OF links dropped because they closed a cycle. */
  cyclesBroken: number;
  /** ESCO occupations with at least one O*NET occupation, and the links. */
  occupationsLinked: number;
  crosswalkCodesUnknown: number;
  occupationsWithJobZone: number;
  /** Similar pairs (above the threshold, within job-zone reach) before the cap, and occupations with none. */
  similarPairsAboveThreshold: number;
  occupationsWithoutTransitions: number;
}

export interface EscoGraph {
  sourceId: string;
  sources: NodeRow[];
  tracks: NodeRow[];
  trackParts: LinkRow[];
  roles: NodeRow[];
  roleTracks: LinkRow[];
  skills: NodeRow[];
  skillGroups: NodeRow[];
  partOf: LinkRow[];
  requires: LinkRow[];
  nearestOccupations: LinkRow[];
  equivalentMoves: LinkRow[];
  transitions: LinkRow[];
  stats: EscoMappingStats;
}

export const sourceIdOf = (version: string) => `esco-${slugify(version)}`;
export const NESTA_SOURCE_ID = 'nesta-mapping-career-causeways';

export function mapEscoRelease(
  release: EscoRelease,
  existing: { skills: readonly ExistingSkill[]; onetOccupations: readonly OnetOccupation[] },
  options: MappingOptions = {},
): EscoGraph {
  const aliasCap = options.aliasCap ?? DEFAULT_ALIAS_CAP;
  const stats: EscoMappingStats = {
    skillsMerged: 0,
    mergedExamples: [],
    skillsWithSeveralBroader: 0,
    cyclesBroken: 0,
    occupationsLinked: 0,
    crosswalkCodesUnknown: 0,
    occupationsWithJobZone: 0,
    similarPairsAboveThreshold: 0,
    occupationsWithoutTransitions: 0,
  };
  const sourceId = sourceIdOf(release.version);
  const esco = `ESCO v${release.version}`;

  const { tracks, trackParts } = mapIscoTracks(release);
  const { skills, skillGroups, partOf, nodeIdOf } = mapEscoSkills(release, existing.skills, aliasCap, stats);
  const { roles, roleTracks, nearestOccupations, equivalentMoves, roleIds, jobZoneOf } = mapEscoOccupations(
    release,
    existing.onetOccupations,
    aliasCap,
    stats,
  );

  // REQUIRES: essential -> REQUIRED, optional -> DIFFERENTIATING.
  const requires: LinkRow[] = release.relations.map((r) => ({
    from: roleIds.get(r.occupationUri)!,
    to: nodeIdOf.get(r.skillUri)!,
    props: { importance: r.isEssential ? 'REQUIRED' : 'DIFFERENTIATING', source: 'esco', derivation: null },
  }));

  const transitions = mapSimilarityTransitions(release, requires, partOf, roleIds, jobZoneOf, options, stats);

  const sources: NodeRow[] = [
    {
      id: sourceId,
      props: {
        name: `${esco} (European Skills, Competences, Qualifications and Occupations)`,
        publisher: ESCO_PUBLISHER,
        kind: 'DATASET',
        license: 'Reuse authorised with acknowledgement (Commission Decision 2011/833/EU)',
        note: ESCO_ATTRIBUTION,
        version: release.version,
        source: 'esco',
      },
    },
  ];
  if (release.crosswalk !== null) {
    sources.push({
      id: NESTA_SOURCE_ID,
      props: {
        name: 'Mapping Career Causeways: ESCO to O*NET crosswalk',
        publisher: 'Nesta',
        kind: 'DATASET',
        license: 'MIT',
        note: NESTA_CROSSWALK_ATTRIBUTION,
        source: 'esco',
      },
    });
  }
  return {
    sourceId,
    sources,
    tracks,
    trackParts,
    roles,
    roleTracks,
    skills,
    skillGroups,
    partOf,
    requires,
    nearestOccupations,
    equivalentMoves,
    transitions,
    stats,
  };
}
