import type { FactSource } from '../domain/facts.js';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RoleRecord, SkillRecord, CompanyRecord, CertificationRecord, CourseRecord, PlatformRecord, TrackRecord, SourceRecord, SalaryBandRecord, SkillRequirementRecord, TransitionRecord } from '../data/records.js';
import type { CareerRouteRecord, StepDetail } from '../data/route-assembly.js';
import type { SkillGapRecord, GapSkillRecord } from '../data/skill-gap.js';
import type { RolePairOverlapRecord, RoleSimilarityRecord, RoleRecommendationRecord, SkillDemandRecord } from '../data/analytics.js';
import type { NextRoleRecord } from '../data/next-roles.js';
import type { SearchHitRecord, SearchResultRecord } from '../data/search.js';
import type { GraphQLContext } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Where a fact comes from: `stated` (the curated career page says it), `derived` (the project inferred it; see
   * `derivation`), `onet` (imported from O*NET), `esco` (imported from ESCO), `curated` (written by a curator through the API).
   */
  FactSource: { input: FactSource; output: FactSource; }
};

/** How much AI is expected to change a role (0-100), with an outlook. */
export type AiImpact = {
  __typename?: 'AiImpact';
  level: Maybe<Scalars['String']['output']>;
  outlook: Maybe<Scalars['String']['output']>;
  score: Scalars['Int']['output'];
};

/** How long a response may be cached, and by whom (Apollo cache control). */
export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

/** A route from one role to another. */
export type CareerRoute = {
  __typename?: 'CareerRoute';
  roles: Array<Role>;
  steps: Array<RouteStep>;
  /**
   * The sum of the steps' months. A step whose months are unknown counts as 12 (a year): the same rule ranks routes
   * by MONTHS and next roles by speed. The step itself still shows its months as unknown.
   */
  totalMonths: MonthsRange;
  /** Skill areas to learn over the whole route (the sum over its steps). */
  totalSkillsToLearn: Scalars['Int']['output'];
  totalSteps: Scalars['Int']['output'];
};

/** A certification that validates skills or a role. */
export type Certification = {
  __typename?: 'Certification';
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  issuer: Maybe<Company>;
  name: Scalars['String']['output'];
  source: Scalars['FactSource']['output'];
  validatesRoles: Array<Role>;
  validatesSkills: Array<Skill>;
};

export type CertificationConnection = {
  __typename?: 'CertificationConnection';
  edges: Array<CertificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CertificationEdge = {
  __typename?: 'CertificationEdge';
  cursor: Scalars['String']['output'];
  node: Certification;
};

/** An employer. */
export type Company = {
  __typename?: 'Company';
  aliases: Array<Scalars['String']['output']>;
  /** Certifications the company issues. */
  certifications: Array<Certification>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  platforms: Array<Platform>;
  /** Roles the company hires for. */
  roles: Array<Role>;
  source: Scalars['FactSource']['output'];
};

export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  edges: Array<CompanyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  cursor: Scalars['String']['output'];
  node: Company;
};

/** A course that teaches skills and is recommended for roles. */
export type Course = {
  __typename?: 'Course';
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  provider: Maybe<Scalars['String']['output']>;
  recommendedFor: Array<Role>;
  source: Scalars['FactSource']['output'];
  teaches: Array<Skill>;
};

export type CourseConnection = {
  __typename?: 'CourseConnection';
  edges: Array<CourseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CourseEdge = {
  __typename?: 'CourseEdge';
  cursor: Scalars['String']['output'];
  node: Course;
};

/**
 * A skill to learn to move into a role, with what teaches or validates it. Either new (`fromLevel` is null) or needed
 * at a higher level than the current role needs it ("Mathematics, level 3 to 5": at least one O*NET level point).
 */
export type GapSkill = {
  __typename?: 'GapSkill';
  certifications: Array<Certification>;
  courses: Array<Course>;
  /** The O*NET level (0-7) the current role needs, for a skill both roles need. */
  fromLevel: Maybe<Scalars['Float']['output']>;
  importance: SkillImportance;
  importanceScore: Maybe<Scalars['Float']['output']>;
  /** The transition's stated gap names this skill (or a part of this area). */
  isFocus: Scalars['Boolean']['output'];
  skill: Skill;
  /** The O*NET level (0-7) the target role needs. */
  toLevel: Maybe<Scalars['Float']['output']>;
};

/** A span of months: typical, shortest and longest. Any part may be unknown. */
export type MonthsRange = {
  __typename?: 'MonthsRange';
  max: Maybe<Scalars['Float']['output']>;
  min: Maybe<Scalars['Float']['output']>;
  typical: Maybe<Scalars['Float']['output']>;
};

/**
 * Curation: each mutation needs `Authorization: Bearer <JWT>` whose `roles` claim contains "curator", validates
 * everything before writing, and writes in one transaction. What it writes carries source "curated", `updatedAt`
 * and `updatedBy`.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** True when a transition was removed, false when there was none. */
  removeTransition: Scalars['Boolean']['output'];
  /** Replaces the role's skills with exactly these. */
  setRoleSkills: Role;
  upsertRole: Role;
  upsertSkill: Skill;
  upsertTransition: Transition;
};


/**
 * Curation: each mutation needs `Authorization: Bearer <JWT>` whose `roles` claim contains "curator", validates
 * everything before writing, and writes in one transaction. What it writes carries source "curated", `updatedAt`
 * and `updatedBy`.
 */
export type MutationRemoveTransitionArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};


/**
 * Curation: each mutation needs `Authorization: Bearer <JWT>` whose `roles` claim contains "curator", validates
 * everything before writing, and writes in one transaction. What it writes carries source "curated", `updatedAt`
 * and `updatedBy`.
 */
export type MutationSetRoleSkillsArgs = {
  role: Scalars['ID']['input'];
  skills: Array<RoleSkillInput>;
};


/**
 * Curation: each mutation needs `Authorization: Bearer <JWT>` whose `roles` claim contains "curator", validates
 * everything before writing, and writes in one transaction. What it writes carries source "curated", `updatedAt`
 * and `updatedBy`.
 */
export type MutationUpsertRoleArgs = {
  input: RoleInput;
};


/**
 * Curation: each mutation needs `Authorization: Bearer <JWT>` whose `roles` claim contains "curator", validates
 * everything before writing, and writes in one transaction. What it writes carries source "curated", `updatedAt`
 * and `updatedBy`.
 */
export type MutationUpsertSkillArgs = {
  input: SkillInput;
};


/**
 * Curation: each mutation needs `Authorization: Bearer <JWT>` whose `roles` claim contains "curator", validates
 * everything before writing, and writes in one transaction. What it writes carries source "curated", `updatedAt`
 * and `updatedBy`.
 */
export type MutationUpsertTransitionArgs = {
  input: TransitionInput;
};

export type NameFilter = {
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** A role one or two transitions away, with how well a person's skills already cover it. */
export type NextRole = {
  __typename?: 'NextRole';
  /** The share of the role's required skills the person has: the starting role's plus `knownSkills` (0-1). */
  coverage: Scalars['Float']['output'];
  /** How the role moves the person: UP (a higher job zone, or a promotion), LEVEL (same zone) or DOWN. */
  direction: NextRoleDirection;
  /** Skills the role requires that the person still lacks. */
  missingSkills: Array<Skill>;
  months: MonthsRange;
  role: Role;
  /** The fastest route there (by typical months). */
  route: CareerRoute;
  /**
   * The ranking score (0-1): 0.5 x coverage + 0.3 x speed + 0.2 x advancement, where speed = 1 - min(months, 60) / 60
   * (a route of five years or more earns no speed credit) and advancement is 1 for UP, 0.5 for LEVEL or unknown and
   * 0 for DOWN. Under ADVANCE, promotions come first whatever their score.
   */
  score: Scalars['Float']['output'];
};

export type NextRoleDirection =
  | 'DOWN'
  | 'LEVEL'
  | 'UP';

/** What "next" means in nextRoles. */
export type NextRoleIntent =
  /** Moving up: promotions first, then roles in a higher job zone; never a lower job zone, nor lower pay where pay is known. */
  | 'ADVANCE'
  /** Every role one or two transitions away, by score. */
  | 'ANY'
  /** Moving sideways: roles in the same job zone (or where either zone is unknown), never a promotion. */
  | 'LATERAL';

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** How to rank routes. */
export type PathOptimization =
  /** Least total typical months (a step of unknown months counts as 12, as in CareerRoute.totalMonths). */
  | 'MONTHS'
  /** Fewest new skill areas: on each step, the areas the next role requires that the current one does not. */
  | 'SKILLS_TO_LEARN'
  /** Fewest transitions. */
  | 'STEPS';

/** Edge hardware that models are deployed to. */
export type Platform = {
  __typename?: 'Platform';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Roles that target this platform. */
  roles: Array<Role>;
  /** Runtimes and tools that work on this platform. */
  skills: Array<Skill>;
  source: Scalars['FactSource']['output'];
  useCase: Maybe<Scalars['String']['output']>;
  vendor: Maybe<Company>;
};

export type PlatformConnection = {
  __typename?: 'PlatformConnection';
  edges: Array<PlatformEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlatformEdge = {
  __typename?: 'PlatformEdge';
  cursor: Scalars['String']['output'];
  node: Platform;
};

export type Query = {
  __typename?: 'Query';
  /**
   * The route with the fewest transitions, or null when there is none. A role is given by id or by name: its title
   * or an alias, any case ("Embedded Engineer"). An exact id wins, else the clearly best match; a name that several
   * roles answer to is refused (BAD_USER_INPUT) with the candidates' ids and titles; a name that matches nothing
   * (NOT_FOUND) gets up to 3 near spellings in `extensions.suggestions`, never chosen for you. Skills likewise, by id
   * or name. The route's `roles` show which roles the names matched.
   */
  careerPath: Maybe<CareerRoute>;
  /**
   * Up to `first` (1-10) distinct routes, best first by `optimize`. A route never visits a role twice, has at most
   * `maxSteps` (1-8) transitions and passes through none of `avoid`. With `experienceYears` (0-60, the person's
   * years of experience at the start), a ladder promotion counts only the months still needed from where the person
   * stands (see docs/answers.md); routes are still ranked by the months the transitions state. `from`, `to` and `avoid`
   * take ids or names, as `knownSkills` does (see careerPath).
   */
  careerPaths: Array<CareerRoute>;
  certification: Maybe<Certification>;
  certifications: CertificationConnection;
  companies: CompanyConnection;
  company: Maybe<Company>;
  course: Maybe<Course>;
  courses: CourseConnection;
  /**
   * Roles one or two transitions from `role` that fit `intent`, best first (see NextRole.score), personalised by the
   * skills the person already has. `first` is 1-20. Answers that depend on `knownSkills` are cached privately only.
   * `role` and `knownSkills` take ids or names (see careerPath).
   */
  nextRoles: Array<NextRole>;
  platform: Maybe<Platform>;
  platforms: PlatformConnection;
  /**
   * Roles the skills fit best: by the cosine of the skills (each weighted by its rarity) with the role's requirements,
   * blended over rated skills, tools and areas as in RoleSimilarity.score (with no rated skill named, the person's
   * rated profile is that of the roles using the named tools); only roles with a covered requirement. With `from`,
   * only roles reachable from it within `maxSteps` (1-8) transitions. `first` is 1-50. Skills and `from` by id or
   * name (see careerPath).
   */
  recommendRoles: Array<RoleRecommendation>;
  role: Maybe<Role>;
  /** Roles ordered by id. `first` is 1-100. */
  roles: RoleConnection;
  /**
   * Full-text search across roles, skills, companies, certifications, courses and platforms, over names, titles,
   * aliases and every O*NET alternate title. A whole title or name comes first, then a whole alias or alternate
   * title, then titles holding every word, then the words anywhere (each word whole or as a prefix). When that finds
   * nothing, words a letter or two away count too ("softwear" finds software). `first` is 1-50.
   */
  search: Array<SearchHit>;
  /**
   * Roles most like `role` (an id or a name, see careerPath) by skills, knowledge, tools and job zone, best first by
   * RoleSimilarity.score; only roles with something in common. `first` is 1-50.
   */
  similarRoles: Array<RoleSimilarity>;
  skill: Maybe<Skill>;
  /** Skills ranked by how many roles require them, then by how many transitions they open. `first` is 1-100. */
  skillDemand: Array<SkillDemand>;
  /** What separates two roles, at AREA grain (the default) or SKILL grain. Roles and skills by id or name (see careerPath). */
  skillGap: SkillGap;
  /** Every pair among 2-50 roles, each given by id or name (see careerPath). */
  skillOverlap: Array<RolePairOverlap>;
  skills: SkillConnection;
  /** The publications and datasets behind the graph, with their attribution. */
  sources: Array<Source>;
  tracks: Array<Track>;
};


export type QueryCareerPathArgs = {
  experienceYears?: InputMaybe<Scalars['Float']['input']>;
  from: Scalars['ID']['input'];
  knownSkills?: InputMaybe<Array<Scalars['ID']['input']>>;
  to: Scalars['ID']['input'];
};


export type QueryCareerPathsArgs = {
  avoid?: InputMaybe<Array<Scalars['ID']['input']>>;
  experienceYears?: InputMaybe<Scalars['Float']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  knownSkills?: InputMaybe<Array<Scalars['ID']['input']>>;
  maxSteps?: InputMaybe<Scalars['Int']['input']>;
  optimize?: InputMaybe<PathOptimization>;
  to: Scalars['ID']['input'];
};


export type QueryCertificationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCertificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NameFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NameFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NameFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNextRolesArgs = {
  experienceYears?: InputMaybe<Scalars['Float']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  intent?: InputMaybe<NextRoleIntent>;
  knownSkills?: InputMaybe<Array<Scalars['ID']['input']>>;
  role: Scalars['ID']['input'];
};


export type QueryPlatformArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlatformsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NameFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecommendRolesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['ID']['input']>;
  maxSteps?: InputMaybe<Scalars['Int']['input']>;
  skills: Array<Scalars['ID']['input']>;
};


export type QueryRoleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RoleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySimilarRolesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  role: Scalars['ID']['input'];
};


export type QuerySkillArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySkillDemandArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySkillGapArgs = {
  from: Scalars['ID']['input'];
  grain?: InputMaybe<SkillGrain>;
  knownSkills?: InputMaybe<Array<Scalars['ID']['input']>>;
  to: Scalars['ID']['input'];
};


export type QuerySkillOverlapArgs = {
  roles: Array<Scalars['ID']['input']>;
};


export type QuerySkillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SkillFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A role in a career: a position someone holds, with its skills, pay and the roles it leads to. */
export type Role = {
  __typename?: 'Role';
  aiImpact: Maybe<AiImpact>;
  aliases: Array<Scalars['String']['output']>;
  certifications: Array<Certification>;
  courses: Array<Course>;
  derivation: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  /** For an ESCO occupation: its concept URI (http://data.europa.eu/esco/occupation/...). */
  escoUri: Maybe<Scalars['String']['output']>;
  experience: Maybe<YearsRange>;
  growthOutlook: Maybe<Scalars['String']['output']>;
  hiringCompanies: Array<Company>;
  id: Scalars['ID']['output'];
  isEntryLevel: Maybe<Scalars['Boolean']['output']>;
  /** O*NET job zone (1-5): how much preparation the occupation needs (an ESCO occupation inherits its O*NET occupation's). */
  jobZone: Maybe<Scalars['Int']['output']>;
  /** What the role concentrates on at its rung of the career ladder. */
  ladderFocus: Maybe<Scalars['String']['output']>;
  medianPayUsd: Maybe<Scalars['Int']['output']>;
  /** For a curated role: the O*NET occupation it is closest to. */
  nearestOccupation: Maybe<Role>;
  /** Transitions out of this role. */
  nextRoles: Array<Transition>;
  platforms: Array<Platform>;
  /** Transitions into this role. */
  previousRoles: Array<Transition>;
  responsibilities: Array<Scalars['String']['output']>;
  salaryBands: Array<SalaryBand>;
  /**
   * Skills the role requires or rewards, most important first (REQUIRED before DIFFERENTIATING, then O*NET
   * importance, hot and in-demand technologies, then the source's own order). At AREA grain (the default) a skill
   * required through its parts counts once, as its area.
   */
  skills: Array<SkillRequirement>;
  /** O*NET-SOC code, for imported occupations and for curated roles linked to their nearest occupation. */
  socCode: Maybe<Scalars['String']['output']>;
  source: Scalars['FactSource']['output'];
  title: Scalars['String']['output'];
  tracks: Array<Track>;
  /** When and by whom a curator last wrote this role (null for seed and imported facts). */
  updatedAt: Maybe<Scalars['String']['output']>;
  updatedBy: Maybe<Scalars['String']['output']>;
};


/** A role in a career: a position someone holds, with its skills, pay and the roles it leads to. */
export type RoleSkillsArgs = {
  grain?: InputMaybe<SkillGrain>;
  importance?: InputMaybe<SkillImportance>;
};

export type RoleConnection = {
  __typename?: 'RoleConnection';
  edges: Array<RoleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RoleEdge = {
  __typename?: 'RoleEdge';
  cursor: Scalars['String']['output'];
  node: Role;
};

export type RoleFilter = {
  /** The ESCO occupation with this concept URI. */
  escoUri?: InputMaybe<Scalars['String']['input']>;
  /** Only roles that require this skill. */
  skill?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<Scalars['FactSource']['input']>;
  /** Case-insensitive substring of the title. */
  titleContains?: InputMaybe<Scalars['String']['input']>;
  track?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A role to create or update. Fields left out keep their value; fields set to null are removed. `salaryBands`,
 * when given, replaces the role's bands.
 */
export type RoleInput = {
  aiImpactScore?: InputMaybe<Scalars['Int']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  experienceMaxYears?: InputMaybe<Scalars['Float']['input']>;
  experienceMinYears?: InputMaybe<Scalars['Float']['input']>;
  growthOutlook?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  isEntryLevel?: InputMaybe<Scalars['Boolean']['input']>;
  medianPayUsd?: InputMaybe<Scalars['Int']['input']>;
  salaryBands?: InputMaybe<Array<SalaryBandInput>>;
  title: Scalars['String']['input'];
};

/** How much two roles' required skills overlap. */
export type RolePairOverlap = {
  __typename?: 'RolePairOverlap';
  a: Role;
  b: Role;
  /** Shared skills divided by the skills of either role (0-1). */
  jaccard: Scalars['Float']['output'];
  sharedCount: Scalars['Int']['output'];
  /** The first shared skills, by name (see sharedCount for the total); `first` is 1-100. */
  sharedSkills: Array<Skill>;
  /**
   * Skill similarity (0-1), the measure that derives ESCO transitions (docs/esco-import.md): half the cosine of the
   * REQUIRED skills, half the cosine of all skills, each skill weighted by its rarity among the graph's roles, a
   * shared broader skill counting half.
   */
  similarity: Scalars['Float']['output'];
};


/** How much two roles' required skills overlap. */
export type RolePairOverlapSharedSkillsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A role that a set of skills qualifies for. */
export type RoleRecommendation = {
  __typename?: 'RoleRecommendation';
  /**
   * The share of the role's requirements the given skills cover (0-1), each requirement weighted by its importance
   * and rarity as in RoleSimilarity.score; a skill covers an area it is part of. Never 0: a role needs at least one.
   */
  coverage: Scalars['Float']['output'];
  /** The role's requirements the skills cover, the ones that weigh most first. */
  coveredSkills: Array<Skill>;
  /** The role's requirements the skills do not cover, the ones that weigh most first. */
  missingSkills: Array<Skill>;
  role: Role;
  /** Transitions from `from`, when given. */
  steps: Maybe<Scalars['Int']['output']>;
};

/** A role like the given one, with the reason. */
export type RoleSimilarity = {
  __typename?: 'RoleSimilarity';
  /** Skills this role requires that the given role does not, the ones that weigh most first. */
  missingSkills: Array<Skill>;
  role: Role;
  /**
   * Similarity (0-1) from all the requirements both roles state (docs/answers.md): the blend of three cosines,
   * rated skills and knowledge 1 (weight (importance - 2.5) x (1 + level / 7)), tools and other skills 0.5 (REQUIRED 1,
   * DIFFERENTIATING 0.6, x1.5 when hot, x1.5 when in demand), their areas 0.3, every weight times the skill's rarity
   * log(1 + roles / roles requiring it); less 0.02 per job zone apart. Never read from transitions.
   */
  score: Scalars['Float']['output'];
  /** How many skills both roles require (REQUIRED or DIFFERENTIATING). */
  sharedCount: Scalars['Int']['output'];
  /** The skills both roles require, the ones that weigh most in this role first. */
  sharedSkills: Array<Skill>;
};

/** One skill of a role. */
export type RoleSkillInput = {
  importance: SkillImportance;
  skill: Scalars['ID']['input'];
};

/** One transition on a route. */
export type RouteStep = {
  __typename?: 'RouteStep';
  /** Certifications that validate a skill to learn on this step, or the next role itself. */
  certifications: Array<Certification>;
  /** Courses that teach a skill to learn on this step, or are recommended for the next role. */
  courses: Array<Course>;
  /** The gap the source states for this transition (the career page's own words), when it states one. */
  focusSkills: Array<Skill>;
  from: Role;
  keyArtifacts: Array<Scalars['String']['output']>;
  kind: Maybe<TransitionKind>;
  months: MonthsRange;
  /**
   * Skills the next role requires that the current role does not (less the skills the person already has), the
   * transition's stated gap first, then by importance. At AREA grain (the default) a role has an area when it
   * requires the area or any of its parts.
   */
  skillsToLearn: Array<Skill>;
  source: Scalars['FactSource']['output'];
  to: Role;
};


/** One transition on a route. */
export type RouteStepSkillsToLearnArgs = {
  grain?: InputMaybe<SkillGrain>;
};

/** A total-compensation band for one level of a role, in US dollars. */
export type SalaryBand = {
  __typename?: 'SalaryBand';
  experience: Maybe<YearsRange>;
  label: Scalars['String']['output'];
  level: SalaryLevel;
  maxUsd: Scalars['Int']['output'];
  minUsd: Scalars['Int']['output'];
  notes: Maybe<Scalars['String']['output']>;
  source: Scalars['FactSource']['output'];
};

/** A salary band written by a curator. */
export type SalaryBandInput = {
  label?: InputMaybe<Scalars['String']['input']>;
  level: SalaryLevel;
  maxUsd: Scalars['Int']['input'];
  minUsd: Scalars['Int']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
};

export type SalaryLevel =
  | 'MID'
  | 'SENIOR'
  | 'STAFF';

/** A full-text match over names, titles and aliases. */
export type SearchHit = {
  __typename?: 'SearchHit';
  node: SearchResult;
  score: Scalars['Float']['output'];
};

export type SearchResult = Certification | Company | Course | Platform | Role | Skill;

/** Something a person can learn: a technique, a runtime, a tool, a language, a body of knowledge. */
export type Skill = {
  __typename?: 'Skill';
  aliases: Array<Scalars['String']['output']>;
  /** The area this skill is part of (the end of its PART_OF chain); null when the skill is an area itself. */
  area: Maybe<Skill>;
  /** For example COMPRESSION_TECHNIQUE, INFERENCE_RUNTIME, PROFILING_TOOL, PROGRAMMING_LANGUAGE; from O*NET: SKILL, KNOWLEDGE, TECHNOLOGY. */
  category: Scalars['String']['output'];
  certifications: Array<Certification>;
  courses: Array<Course>;
  description: Maybe<Scalars['String']['output']>;
  /** For inference runtimes: the execution providers (hardware back ends) they can use. */
  executionProviders: Array<Skill>;
  id: Scalars['ID']['output'];
  /** O*NET marks some technologies as hot or in demand. */
  isHotTechnology: Maybe<Scalars['Boolean']['output']>;
  isInDemand: Maybe<Scalars['Boolean']['output']>;
  name: Scalars['String']['output'];
  /** The skills this one directly consists of (for an area: its techniques, tools and platform-specific options). */
  parts: Array<Skill>;
  /** The hardware platforms a runtime or tool works on. */
  platforms: Array<Platform>;
  /**
   * Roles that require or reward this skill: first those that name it, then (unless `includeWholes` is false) those
   * that name a skill it is part of, such as its area, whose requirement's `skill` is that whole. The career page's
   * roles name areas ("Edge AI Engineer requires edge inference runtimes"), so they reach a tool such as ONNX Runtime
   * this way. Required before rewarded, then by title.
   */
  roles: Array<SkillRequirement>;
  source: Scalars['FactSource']['output'];
  updatedAt: Maybe<Scalars['String']['output']>;
  updatedBy: Maybe<Scalars['String']['output']>;
};


/** Something a person can learn: a technique, a runtime, a tool, a language, a body of knowledge. */
export type SkillRolesArgs = {
  includeWholes?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SkillConnection = {
  __typename?: 'SkillConnection';
  edges: Array<SkillEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** How much a skill is in demand across the graph. */
export type SkillDemand = {
  __typename?: 'SkillDemand';
  /** Roles that require the skill. */
  roleCount: Scalars['Int']['output'];
  skill: Skill;
  /** Transitions whose next role requires the skill and whose current role does not: doors the skill opens. */
  transitionCount: Scalars['Int']['output'];
};

export type SkillEdge = {
  __typename?: 'SkillEdge';
  cursor: Scalars['String']['output'];
  node: Skill;
};

export type SkillFilter = {
  category?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** What separates two roles. */
export type SkillGap = {
  __typename?: 'SkillGap';
  from: Role;
  /** Skills the source requires that the target does not use. */
  notUsed: Array<Skill>;
  to: Role;
  /**
   * Skills the target requires or rewards that the source does not, or needs at a higher level: the transition's
   * stated gap first, then REQUIRED before DIFFERENTIATING, then O*NET importance, hot and in-demand technologies,
   * then the source's own order.
   */
  toLearn: Array<GapSkill>;
};

/**
 * How fine-grained a list of skills is. People think in areas ("model compression", "Mathematics", "Object or
 * component oriented development software"); an area's parts are the specific techniques and tools that make it up.
 */
export type SkillGrain =
  /** Skill areas: a skill reached through its parts counts once, as its area. */
  | 'AREA'
  /** Specific skills: an area a role requires directly is listed as its parts. */
  | 'SKILL';

export type SkillImportance =
  /** A skill that sets strong candidates apart. */
  | 'DIFFERENTIATING'
  /** A skill the role cannot do without. */
  | 'REQUIRED';

/** A skill to create or update. */
export type SkillInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  category: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

/** A Role REQUIRES Skill relationship, seen from either end. */
export type SkillRequirement = {
  __typename?: 'SkillRequirement';
  detail: Maybe<Scalars['String']['output']>;
  importance: SkillImportance;
  /** O*NET importance (1-5) for imported occupations. */
  importanceScore: Maybe<Scalars['Float']['output']>;
  /** O*NET level (0-7) for imported occupations. */
  level: Maybe<Scalars['Float']['output']>;
  role: Role;
  skill: Skill;
  source: Scalars['FactSource']['output'];
};

/** A publication or dataset the graph's facts come from, with the credit it requires. */
export type Source = {
  __typename?: 'Source';
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  license: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  publisher: Maybe<Scalars['String']['output']>;
};

/** A family of related roles (for example Applied AI, and AI Engineering inside it). */
export type Track = {
  __typename?: 'Track';
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  partOf: Maybe<Track>;
  roles: Array<Role>;
};

/** A move from one role to another, with how long it usually takes. */
export type Transition = {
  __typename?: 'Transition';
  derivation: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  /** The skills the career page names as the gap to close. */
  focusSkills: Array<Skill>;
  from: Role;
  /** What to build to show you are ready. */
  keyArtifacts: Array<Scalars['String']['output']>;
  kind: Maybe<TransitionKind>;
  months: MonthsRange;
  rank: Maybe<Scalars['Int']['output']>;
  source: Scalars['FactSource']['output'];
  /** O*NET relatedness tier (Primary-Short, Primary-Long, Supplemental) and rank, for imported transitions. */
  tier: Maybe<Scalars['String']['output']>;
  to: Role;
  updatedAt: Maybe<Scalars['String']['output']>;
  updatedBy: Maybe<Scalars['String']['output']>;
};

/** A transition to create or update: months within 0-240 and monthsMin <= monthsTypical <= monthsMax. */
export type TransitionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['ID']['input'];
  keyArtifacts?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: TransitionKind;
  monthsMax: Scalars['Float']['input'];
  monthsMin: Scalars['Float']['input'];
  monthsTypical: Scalars['Float']['input'];
  to: Scalars['ID']['input'];
};

/** The kind of a move between two roles (src/domain/transitions.ts). */
export type TransitionKind =
  /** Into another line of work. */
  | 'CAREER_CHANGE'
  /** Sideways: comparable work at about the same level. */
  | 'LATERAL'
  /** Up the same ladder: more seniority in the same line of work. */
  | 'PROMOTION'
  /** From an occupation into a curated role that specialises it. */
  | 'SPECIALIZATION';

/** A span of years of experience; `max` is null when open-ended (for example 8+ years). */
export type YearsRange = {
  __typename?: 'YearsRange';
  max: Maybe<Scalars['Float']['output']>;
  min: Maybe<Scalars['Float']['output']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AiImpact: ResolverTypeWrapper<AiImpact>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CacheControlScope: CacheControlScope;
  CareerRoute: ResolverTypeWrapper<CareerRouteRecord>;
  Certification: ResolverTypeWrapper<CertificationRecord>;
  CertificationConnection: ResolverTypeWrapper<Omit<CertificationConnection, 'edges'> & { edges: Array<ResolversTypes['CertificationEdge']> }>;
  CertificationEdge: ResolverTypeWrapper<Omit<CertificationEdge, 'node'> & { node: ResolversTypes['Certification'] }>;
  Company: ResolverTypeWrapper<CompanyRecord>;
  CompanyConnection: ResolverTypeWrapper<Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversTypes['CompanyEdge']> }>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  Course: ResolverTypeWrapper<CourseRecord>;
  CourseConnection: ResolverTypeWrapper<Omit<CourseConnection, 'edges'> & { edges: Array<ResolversTypes['CourseEdge']> }>;
  CourseEdge: ResolverTypeWrapper<Omit<CourseEdge, 'node'> & { node: ResolversTypes['Course'] }>;
  FactSource: ResolverTypeWrapper<Scalars['FactSource']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GapSkill: ResolverTypeWrapper<GapSkillRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MonthsRange: ResolverTypeWrapper<MonthsRange>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameFilter: NameFilter;
  NextRole: ResolverTypeWrapper<NextRoleRecord>;
  NextRoleDirection: NextRoleDirection;
  NextRoleIntent: NextRoleIntent;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PathOptimization: PathOptimization;
  Platform: ResolverTypeWrapper<PlatformRecord>;
  PlatformConnection: ResolverTypeWrapper<Omit<PlatformConnection, 'edges'> & { edges: Array<ResolversTypes['PlatformEdge']> }>;
  PlatformEdge: ResolverTypeWrapper<Omit<PlatformEdge, 'node'> & { node: ResolversTypes['Platform'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: ResolverTypeWrapper<RoleRecord>;
  RoleConnection: ResolverTypeWrapper<Omit<RoleConnection, 'edges'> & { edges: Array<ResolversTypes['RoleEdge']> }>;
  RoleEdge: ResolverTypeWrapper<Omit<RoleEdge, 'node'> & { node: ResolversTypes['Role'] }>;
  RoleFilter: RoleFilter;
  RoleInput: RoleInput;
  RolePairOverlap: ResolverTypeWrapper<RolePairOverlapRecord>;
  RoleRecommendation: ResolverTypeWrapper<RoleRecommendationRecord>;
  RoleSimilarity: ResolverTypeWrapper<RoleSimilarityRecord>;
  RoleSkillInput: RoleSkillInput;
  RouteStep: ResolverTypeWrapper<StepDetail>;
  SalaryBand: ResolverTypeWrapper<SalaryBandRecord>;
  SalaryBandInput: SalaryBandInput;
  SalaryLevel: SalaryLevel;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  SearchResult: ResolverTypeWrapper<SearchResultRecord>;
  Skill: ResolverTypeWrapper<SkillRecord>;
  SkillConnection: ResolverTypeWrapper<Omit<SkillConnection, 'edges'> & { edges: Array<ResolversTypes['SkillEdge']> }>;
  SkillDemand: ResolverTypeWrapper<SkillDemandRecord>;
  SkillEdge: ResolverTypeWrapper<Omit<SkillEdge, 'node'> & { node: ResolversTypes['Skill'] }>;
  SkillFilter: SkillFilter;
  SkillGap: ResolverTypeWrapper<SkillGapRecord>;
  SkillGrain: SkillGrain;
  SkillImportance: SkillImportance;
  SkillInput: SkillInput;
  SkillRequirement: ResolverTypeWrapper<SkillRequirementRecord>;
  Source: ResolverTypeWrapper<SourceRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Track: ResolverTypeWrapper<TrackRecord>;
  Transition: ResolverTypeWrapper<TransitionRecord>;
  TransitionInput: TransitionInput;
  TransitionKind: TransitionKind;
  YearsRange: ResolverTypeWrapper<YearsRange>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AiImpact: AiImpact;
  Boolean: Scalars['Boolean']['output'];
  CareerRoute: CareerRouteRecord;
  Certification: CertificationRecord;
  CertificationConnection: Omit<CertificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['CertificationEdge']> };
  CertificationEdge: Omit<CertificationEdge, 'node'> & { node: ResolversParentTypes['Certification'] };
  Company: CompanyRecord;
  CompanyConnection: Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversParentTypes['CompanyEdge']> };
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  Course: CourseRecord;
  CourseConnection: Omit<CourseConnection, 'edges'> & { edges: Array<ResolversParentTypes['CourseEdge']> };
  CourseEdge: Omit<CourseEdge, 'node'> & { node: ResolversParentTypes['Course'] };
  FactSource: Scalars['FactSource']['output'];
  Float: Scalars['Float']['output'];
  GapSkill: GapSkillRecord;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MonthsRange: MonthsRange;
  Mutation: Record<PropertyKey, never>;
  NameFilter: NameFilter;
  NextRole: NextRoleRecord;
  PageInfo: PageInfo;
  Platform: PlatformRecord;
  PlatformConnection: Omit<PlatformConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlatformEdge']> };
  PlatformEdge: Omit<PlatformEdge, 'node'> & { node: ResolversParentTypes['Platform'] };
  Query: Record<PropertyKey, never>;
  Role: RoleRecord;
  RoleConnection: Omit<RoleConnection, 'edges'> & { edges: Array<ResolversParentTypes['RoleEdge']> };
  RoleEdge: Omit<RoleEdge, 'node'> & { node: ResolversParentTypes['Role'] };
  RoleFilter: RoleFilter;
  RoleInput: RoleInput;
  RolePairOverlap: RolePairOverlapRecord;
  RoleRecommendation: RoleRecommendationRecord;
  RoleSimilarity: RoleSimilarityRecord;
  RoleSkillInput: RoleSkillInput;
  RouteStep: StepDetail;
  SalaryBand: SalaryBandRecord;
  SalaryBandInput: SalaryBandInput;
  SearchHit: SearchHitRecord;
  SearchResult: SearchResultRecord;
  Skill: SkillRecord;
  SkillConnection: Omit<SkillConnection, 'edges'> & { edges: Array<ResolversParentTypes['SkillEdge']> };
  SkillDemand: SkillDemandRecord;
  SkillEdge: Omit<SkillEdge, 'node'> & { node: ResolversParentTypes['Skill'] };
  SkillFilter: SkillFilter;
  SkillGap: SkillGapRecord;
  SkillInput: SkillInput;
  SkillRequirement: SkillRequirementRecord;
  Source: SourceRecord;
  String: Scalars['String']['output'];
  Track: TrackRecord;
  Transition: TransitionRecord;
  TransitionInput: TransitionInput;
  YearsRange: YearsRange;
}>;

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AiImpactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AiImpact'] = ResolversParentTypes['AiImpact']> = ResolversObject<{
  level?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outlook?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CareerRouteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CareerRoute'] = ResolversParentTypes['CareerRoute']> = ResolversObject<{
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['RouteStep']>, ParentType, ContextType>;
  totalMonths?: Resolver<ResolversTypes['MonthsRange'], ParentType, ContextType>;
  totalSkillsToLearn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalSteps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CertificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Certification'] = ResolversParentTypes['Certification']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FactSource'], ParentType, ContextType>;
  validatesRoles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  validatesSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CertificationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CertificationConnection'] = ResolversParentTypes['CertificationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CertificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CertificationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CertificationEdge'] = ResolversParentTypes['CertificationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Certification'], ParentType, ContextType>;
}>;

export type CompanyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  certifications?: Resolver<Array<ResolversTypes['Certification']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FactSource'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CompanyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompanyConnection'] = ResolversParentTypes['CompanyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CompanyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompanyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompanyEdge'] = ResolversParentTypes['CompanyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
}>;

export type CourseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recommendedFor?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FactSource'], ParentType, ContextType>;
  teaches?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CourseConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CourseConnection'] = ResolversParentTypes['CourseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CourseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CourseEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CourseEdge'] = ResolversParentTypes['CourseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
}>;

export interface FactSourceScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['FactSource'], any> {
  name: 'FactSource';
}

export type GapSkillResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GapSkill'] = ResolversParentTypes['GapSkill']> = ResolversObject<{
  certifications?: Resolver<Array<ResolversTypes['Certification']>, ParentType, ContextType>;
  courses?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType>;
  fromLevel?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['SkillImportance'], ParentType, ContextType>;
  importanceScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  isFocus?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
  toLevel?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MonthsRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MonthsRange'] = ResolversParentTypes['MonthsRange']> = ResolversObject<{
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  typical?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  removeTransition?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveTransitionArgs, 'from' | 'to'>>;
  setRoleSkills?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationSetRoleSkillsArgs, 'role' | 'skills'>>;
  upsertRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType, RequireFields<MutationUpsertRoleArgs, 'input'>>;
  upsertSkill?: Resolver<ResolversTypes['Skill'], ParentType, ContextType, RequireFields<MutationUpsertSkillArgs, 'input'>>;
  upsertTransition?: Resolver<ResolversTypes['Transition'], ParentType, ContextType, RequireFields<MutationUpsertTransitionArgs, 'input'>>;
}>;

export type NextRoleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NextRole'] = ResolversParentTypes['NextRole']> = ResolversObject<{
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['NextRoleDirection'], ParentType, ContextType>;
  missingSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  months?: Resolver<ResolversTypes['MonthsRange'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  route?: Resolver<ResolversTypes['CareerRoute'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlatformResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FactSource'], ParentType, ContextType>;
  useCase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vendor?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlatformConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlatformConnection'] = ResolversParentTypes['PlatformConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PlatformEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlatformEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlatformEdge'] = ResolversParentTypes['PlatformEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  careerPath?: Resolver<Maybe<ResolversTypes['CareerRoute']>, ParentType, ContextType, RequireFields<QueryCareerPathArgs, 'from' | 'to'>>;
  careerPaths?: Resolver<Array<ResolversTypes['CareerRoute']>, ParentType, ContextType, RequireFields<QueryCareerPathsArgs, 'first' | 'from' | 'maxSteps' | 'optimize' | 'to'>>;
  certification?: Resolver<Maybe<ResolversTypes['Certification']>, ParentType, ContextType, RequireFields<QueryCertificationArgs, 'id'>>;
  certifications?: Resolver<ResolversTypes['CertificationConnection'], ParentType, ContextType, RequireFields<QueryCertificationsArgs, 'first'>>;
  companies?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType, RequireFields<QueryCourseArgs, 'id'>>;
  courses?: Resolver<ResolversTypes['CourseConnection'], ParentType, ContextType, RequireFields<QueryCoursesArgs, 'first'>>;
  nextRoles?: Resolver<Array<ResolversTypes['NextRole']>, ParentType, ContextType, RequireFields<QueryNextRolesArgs, 'first' | 'intent' | 'role'>>;
  platform?: Resolver<Maybe<ResolversTypes['Platform']>, ParentType, ContextType, RequireFields<QueryPlatformArgs, 'id'>>;
  platforms?: Resolver<ResolversTypes['PlatformConnection'], ParentType, ContextType, RequireFields<QueryPlatformsArgs, 'first'>>;
  recommendRoles?: Resolver<Array<ResolversTypes['RoleRecommendation']>, ParentType, ContextType, RequireFields<QueryRecommendRolesArgs, 'first' | 'maxSteps' | 'skills'>>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType, RequireFields<QueryRoleArgs, 'id'>>;
  roles?: Resolver<ResolversTypes['RoleConnection'], ParentType, ContextType, RequireFields<QueryRolesArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  similarRoles?: Resolver<Array<ResolversTypes['RoleSimilarity']>, ParentType, ContextType, RequireFields<QuerySimilarRolesArgs, 'first' | 'role'>>;
  skill?: Resolver<Maybe<ResolversTypes['Skill']>, ParentType, ContextType, RequireFields<QuerySkillArgs, 'id'>>;
  skillDemand?: Resolver<Array<ResolversTypes['SkillDemand']>, ParentType, ContextType, RequireFields<QuerySkillDemandArgs, 'first'>>;
  skillGap?: Resolver<ResolversTypes['SkillGap'], ParentType, ContextType, RequireFields<QuerySkillGapArgs, 'from' | 'grain' | 'to'>>;
  skillOverlap?: Resolver<Array<ResolversTypes['RolePairOverlap']>, ParentType, ContextType, RequireFields<QuerySkillOverlapArgs, 'roles'>>;
  skills?: Resolver<ResolversTypes['SkillConnection'], ParentType, ContextType, RequireFields<QuerySkillsArgs, 'first'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  tracks?: Resolver<Array<ResolversTypes['Track']>, ParentType, ContextType>;
}>;

export type RoleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = ResolversObject<{
  aiImpact?: Resolver<Maybe<ResolversTypes['AiImpact']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  certifications?: Resolver<Array<ResolversTypes['Certification']>, ParentType, ContextType>;
  courses?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType>;
  derivation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  escoUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  experience?: Resolver<Maybe<ResolversTypes['YearsRange']>, ParentType, ContextType>;
  growthOutlook?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hiringCompanies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isEntryLevel?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  jobZone?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ladderFocus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medianPayUsd?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nearestOccupation?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  nextRoles?: Resolver<Array<ResolversTypes['Transition']>, ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
  previousRoles?: Resolver<Array<ResolversTypes['Transition']>, ParentType, ContextType>;
  responsibilities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  salaryBands?: Resolver<Array<ResolversTypes['SalaryBand']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['SkillRequirement']>, ParentType, ContextType, RequireFields<RoleSkillsArgs, 'grain'>>;
  socCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FactSource'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tracks?: Resolver<Array<ResolversTypes['Track']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RoleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleConnection'] = ResolversParentTypes['RoleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RoleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RoleEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleEdge'] = ResolversParentTypes['RoleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type RolePairOverlapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RolePairOverlap'] = ResolversParentTypes['RolePairOverlap']> = ResolversObject<{
  a?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  jaccard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, RequireFields<RolePairOverlapSharedSkillsArgs, 'first'>>;
  similarity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RoleRecommendationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleRecommendation'] = ResolversParentTypes['RoleRecommendation']> = ResolversObject<{
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  coveredSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  missingSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  steps?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type RoleSimilarityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RoleSimilarity'] = ResolversParentTypes['RoleSimilarity']> = ResolversObject<{
  missingSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharedSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
}>;

export type RouteStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RouteStep'] = ResolversParentTypes['RouteStep']> = ResolversObject<{
  certifications?: Resolver<Array<ResolversTypes['Certification']>, ParentType, ContextType>;
  courses?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType>;
  focusSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  keyArtifacts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['TransitionKind']>, ParentType, ContextType>;
  months?: Resolver<ResolversTypes['MonthsRange'], ParentType, ContextType>;
  skillsToLearn?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType, RequireFields<RouteStepSkillsToLearnArgs, 'grain'>>;
  source?: Resolver<ResolversTypes['FactSource'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type SalaryBandResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SalaryBand'] = ResolversParentTypes['SalaryBand']> = ResolversObject<{
  experience?: Resolver<Maybe<ResolversTypes['YearsRange']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SalaryLevel'], ParentType, ContextType>;
  maxUsd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minUsd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FactSource'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SearchResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Certification' | 'Company' | 'Course' | 'Platform' | 'Role' | 'Skill', ParentType, ContextType>;
}>;

export type SkillResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Skill'] = ResolversParentTypes['Skill']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  area?: Resolver<Maybe<ResolversTypes['Skill']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  certifications?: Resolver<Array<ResolversTypes['Certification']>, ParentType, ContextType>;
  courses?: Resolver<Array<ResolversTypes['Course']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  executionProviders?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isHotTechnology?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  isInDemand?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  platforms?: Resolver<Array<ResolversTypes['Platform']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['SkillRequirement']>, ParentType, ContextType, RequireFields<SkillRolesArgs, 'includeWholes'>>;
  source?: Resolver<ResolversTypes['FactSource'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SkillConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillConnection'] = ResolversParentTypes['SkillConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SkillEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SkillDemandResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillDemand'] = ResolversParentTypes['SkillDemand']> = ResolversObject<{
  roleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
  transitionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SkillEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillEdge'] = ResolversParentTypes['SkillEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
}>;

export type SkillGapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillGap'] = ResolversParentTypes['SkillGap']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  notUsed?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  toLearn?: Resolver<Array<ResolversTypes['GapSkill']>, ParentType, ContextType>;
}>;

export type SkillRequirementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SkillRequirement'] = ResolversParentTypes['SkillRequirement']> = ResolversObject<{
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['SkillImportance'], ParentType, ContextType>;
  importanceScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['Skill'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FactSource'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  license?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TrackResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Track'] = ResolversParentTypes['Track']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Track']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
}>;

export type TransitionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Transition'] = ResolversParentTypes['Transition']> = ResolversObject<{
  derivation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  focusSkills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  keyArtifacts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['TransitionKind']>, ParentType, ContextType>;
  months?: Resolver<ResolversTypes['MonthsRange'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FactSource'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type YearsRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['YearsRange'] = ResolversParentTypes['YearsRange']> = ResolversObject<{
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  AiImpact?: AiImpactResolvers<ContextType>;
  CareerRoute?: CareerRouteResolvers<ContextType>;
  Certification?: CertificationResolvers<ContextType>;
  CertificationConnection?: CertificationConnectionResolvers<ContextType>;
  CertificationEdge?: CertificationEdgeResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  Course?: CourseResolvers<ContextType>;
  CourseConnection?: CourseConnectionResolvers<ContextType>;
  CourseEdge?: CourseEdgeResolvers<ContextType>;
  FactSource?: GraphQLScalarType;
  GapSkill?: GapSkillResolvers<ContextType>;
  MonthsRange?: MonthsRangeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NextRole?: NextRoleResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  PlatformConnection?: PlatformConnectionResolvers<ContextType>;
  PlatformEdge?: PlatformEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RoleConnection?: RoleConnectionResolvers<ContextType>;
  RoleEdge?: RoleEdgeResolvers<ContextType>;
  RolePairOverlap?: RolePairOverlapResolvers<ContextType>;
  RoleRecommendation?: RoleRecommendationResolvers<ContextType>;
  RoleSimilarity?: RoleSimilarityResolvers<ContextType>;
  RouteStep?: RouteStepResolvers<ContextType>;
  SalaryBand?: SalaryBandResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  Skill?: SkillResolvers<ContextType>;
  SkillConnection?: SkillConnectionResolvers<ContextType>;
  SkillDemand?: SkillDemandResolvers<ContextType>;
  SkillEdge?: SkillEdgeResolvers<ContextType>;
  SkillGap?: SkillGapResolvers<ContextType>;
  SkillRequirement?: SkillRequirementResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Track?: TrackResolvers<ContextType>;
  Transition?: TransitionResolvers<ContextType>;
  YearsRange?: YearsRangeResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = GraphQLContext> = ResolversObject<{
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
}>;
