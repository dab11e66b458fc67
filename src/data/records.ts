// Plain objects the data layer returns: node properties as stored, plus the ids needed to follow relationships.
// One record type per GraphQL object type that stands for a node or a relationship. A record read through a
// projection (projection.ts) holds the properties its query selected: the others are absent, not null.
import type { FactSource } from '../domain/facts.js';
import type { SkillImportance } from '../domain/skill-areas.js';
import type { TransitionKind } from '../domain/transitions.js';

export interface NodeRecord {
  id: string;
  source: FactSource;
  updatedAt?: string | null;
  updatedBy?: string | null;
}

export interface RoleRecord extends NodeRecord {
  title: string;
  description?: string | null;
  aliases?: string[] | null;
  isEntryLevel?: boolean | null;
  medianPayUsd?: number | null;
  growthOutlook?: string | null;
  aiImpactScore?: number | null;
  aiImpactLevel?: string | null;
  aiImpactOutlook?: string | null;
  experienceMinYears?: number | null;
  experienceMaxYears?: number | null;
  ladderFocus?: string | null;
  responsibilities?: string[] | null;
  socCode?: string | null;
  jobZone?: number | null;
  escoUri?: string | null;
  derivation?: string | null;
}

export interface SkillRecord extends NodeRecord {
  name: string;
  category: string;
  description?: string | null;
  aliases?: string[] | null;
  isHotTechnology?: boolean | null;
  isInDemand?: boolean | null;
  /** The skill's area (end of its PART_OF chain); null or absent when the skill is an area. */
  areaId?: string | null;
}

/** What companies, certifications, courses, platforms and tracks have in common (route steps list some). */
export interface NamedRecord extends NodeRecord {
  name: string;
  description?: string | null;
}

export interface CompanyRecord extends NamedRecord {
  aliases?: string[] | null;
}

export type CertificationRecord = NamedRecord;

export interface CourseRecord extends NamedRecord {
  provider?: string | null;
}

export interface PlatformRecord extends NamedRecord {
  kind?: string | null;
  useCase?: string | null;
  aliases?: string[] | null;
}

export type TrackRecord = NamedRecord;

/** A publication or dataset the graph cites. */
export interface SourceRecord {
  id: string;
  name: string;
  kind: string;
  publisher?: string | null;
  note?: string | null;
  license?: string | null;
}

export interface SalaryBandRecord extends NodeRecord {
  level: 'MID' | 'SENIOR' | 'STAFF';
  label: string;
  minUsd: number;
  maxUsd: number;
  experienceMinYears?: number | null;
  experienceMaxYears?: number | null;
  notes?: string | null;
}

/** One Role REQUIRES Skill relationship; either end may come pre-loaded. */
export interface SkillRequirementRecord {
  roleId: string;
  skillId: string;
  role?: RoleRecord;
  skill?: SkillRecord;
  importance: SkillImportance;
  importanceScore?: number | null;
  level?: number | null;
  detail?: string | null;
  source: FactSource;
}

export interface TransitionRecord {
  fromId: string;
  toId: string;
  from?: RoleRecord;
  to?: RoleRecord;
  monthsTypical?: number | null;
  monthsMin?: number | null;
  monthsMax?: number | null;
  kind?: TransitionKind | null;
  tier?: string | null;
  rank?: number | null;
  description?: string | null;
  focusSkillIds?: string[] | null;
  keyArtifacts?: string[] | null;
  source: FactSource;
  derivation?: string | null;
  updatedAt?: string | null;
  updatedBy?: string | null;
}
