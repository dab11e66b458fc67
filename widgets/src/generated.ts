export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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
  FactSource: { input: string; output: string; }
};

/** How long a response may be cached, and by whom (Apollo cache control). */
export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

export type NameFilter = {
  nameContains: InputMaybe<Scalars['String']['input']>;
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

/** How to rank routes. */
export type PathOptimization =
  /** Least total typical months (a step of unknown months counts as 12, as in CareerRoute.totalMonths). */
  | 'MONTHS'
  /** Fewest new skill areas: on each step, the areas the next role requires that the current one does not. */
  | 'SKILLS_TO_LEARN'
  /** Fewest transitions. */
  | 'STEPS';

export type RoleFilter = {
  /** The ESCO occupation with this concept URI. */
  escoUri: InputMaybe<Scalars['String']['input']>;
  /** Only roles that require this skill. */
  skill: InputMaybe<Scalars['ID']['input']>;
  source: InputMaybe<Scalars['FactSource']['input']>;
  /** Case-insensitive substring of the title. */
  titleContains: InputMaybe<Scalars['String']['input']>;
  track: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A role to create or update. Fields left out keep their value; fields set to null are removed. `salaryBands`,
 * when given, replaces the role's bands.
 */
export type RoleInput = {
  aiImpactScore: InputMaybe<Scalars['Int']['input']>;
  aliases: InputMaybe<Array<Scalars['String']['input']>>;
  description: InputMaybe<Scalars['String']['input']>;
  experienceMaxYears: InputMaybe<Scalars['Float']['input']>;
  experienceMinYears: InputMaybe<Scalars['Float']['input']>;
  growthOutlook: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  isEntryLevel: InputMaybe<Scalars['Boolean']['input']>;
  medianPayUsd: InputMaybe<Scalars['Int']['input']>;
  salaryBands: InputMaybe<Array<SalaryBandInput>>;
  title: Scalars['String']['input'];
};

/** One skill of a role. */
export type RoleSkillInput = {
  importance: SkillImportance;
  skill: Scalars['ID']['input'];
};

/** A salary band written by a curator. */
export type SalaryBandInput = {
  label: InputMaybe<Scalars['String']['input']>;
  level: SalaryLevel;
  maxUsd: Scalars['Int']['input'];
  minUsd: Scalars['Int']['input'];
  notes: InputMaybe<Scalars['String']['input']>;
};

export type SalaryLevel =
  | 'MID'
  | 'SENIOR'
  | 'STAFF';

export type SkillFilter = {
  category: InputMaybe<Scalars['String']['input']>;
  nameContains: InputMaybe<Scalars['String']['input']>;
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
  aliases: InputMaybe<Array<Scalars['String']['input']>>;
  category: Scalars['String']['input'];
  description: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

/** A transition to create or update: months within 0-240 and monthsMin <= monthsTypical <= monthsMax. */
export type TransitionInput = {
  description: InputMaybe<Scalars['String']['input']>;
  from: Scalars['ID']['input'];
  keyArtifacts: InputMaybe<Array<Scalars['String']['input']>>;
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

export type CareerPathQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  optimize: InputMaybe<PathOptimization>;
  knownSkills: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type CareerPathQuery = { careerPaths: Array<{ totalSkillsToLearn: number, roles: Array<{ id: string, title: string }>, totalMonths: { typical: number | null, min: number | null, max: number | null }, steps: Array<{ kind: TransitionKind | null, from: { title: string }, to: { title: string }, months: { typical: number | null, min: number | null, max: number | null }, skillsToLearn: Array<{ id: string, name: string, parts: Array<{ id: string, name: string }> }>, certifications: Array<{ name: string }> }> }> };

export type NextRolesQueryVariables = Exact<{
  role: Scalars['ID']['input'];
  knownSkills: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
}>;


export type NextRolesQuery = { nextRoles: Array<{ coverage: number, role: { id: string, title: string }, route: { roles: Array<{ title: string }> }, months: { typical: number | null }, missingSkills: Array<{ name: string }> }> };

export type SimilarRolesQueryVariables = Exact<{
  role: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
}>;


export type SimilarRolesQuery = { similarRoles: Array<{ score: number, sharedCount: number, role: { id: string, title: string }, missingSkills: Array<{ name: string }> }> };

export type SkillOverlapQueryVariables = Exact<{
  roles: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type SkillOverlapQuery = { skillOverlap: Array<{ sharedCount: number, jaccard: number, a: { id: string, title: string }, b: { id: string, title: string } }> };
