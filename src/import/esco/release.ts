// What a parsed ESCO release holds: plain records of its concepts, relations and crosswalks (parse.ts reads them).

export interface EscoOccupation {
  uri: string;
  label: string;
  altLabels: string[];
  description: string | null;
  /** ISCO-08 unit group, four digits. */
  iscoGroup: string;
  /** ESCO's code, the ISCO group extended by the occupation's place below it (2654.1.7). */
  code: string | null;
}

export const SKILL_TYPES = ['skill/competence', 'knowledge'] as const;
export const REUSE_LEVELS = ['transversal', 'cross-sector', 'sector-specific', 'occupation-specific'] as const;

export interface EscoSkill {
  uri: string;
  label: string;
  altLabels: string[];
  description: string | null;
  /** Null for the few skills the release leaves untyped. */
  skillType: (typeof SKILL_TYPES)[number] | null;
  reuseLevel: (typeof REUSE_LEVELS)[number] | null;
}

export interface EscoSkillGroup {
  uri: string;
  label: string;
  description: string | null;
  code: string | null;
}

export interface BroaderLink {
  uri: string;
  broaderUri: string;
}

export interface SkillRelation {
  occupationUri: string;
  skillUri: string;
  isEssential: boolean;
}

export interface IscoGroup {
  code: string;
  label: string;
  description: string | null;
}

export interface CrosswalkLink {
  escoUri: string;
  /** O*NET-SOC 2010 code. */
  onetCode2010: string;
  /** Nesta's confidence in the match: 2 (best), 1 or 0.5. */
  confidence: number;
  semanticSimilarity: number | null;
}

export interface EscoRelease {
  version: string;
  occupations: EscoOccupation[];
  skills: EscoSkill[];
  skillGroups: EscoSkillGroup[];
  /** Level (0-3) of each node of the skills hierarchy: skill groups and the few skills placed in it. */
  hierarchyLevels: Map<string, number>;
  /** broaderRelationsSkillPillar.csv rows whose ends both exist (a skill or group -> a broader skill or group). */
  skillBroader: BroaderLink[];
  /** Occupation-skill relations whose ends both exist, one per pair (essential wins over optional). */
  relations: SkillRelation[];
  iscoGroups: IscoGroup[];
  /** Null when the crosswalks were not read. */
  crosswalk: CrosswalkLink[] | null;
  onet2010To2019: Map<string, string[]>;
  rowCounts: Record<string, number>;
  /** References to concepts the release lacks: reported and skipped. */
  dangling: {
    relations: number;
    /** The missing URIs the skipped relations name, sorted. */
    relationUris: string[];
    broader: number;
    crosswalk: number;
  };
  /** Relation rows that repeat an occupation-skill pair. */
  duplicateRelations: number;
  /** Groups the hierarchy names that skillGroups_en.csv lacks (taken from the hierarchy). */
  groupsFromHierarchy: number;
}
