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
import { occupationGroups, sharedGroupBonus, type OccupationGroupLevel } from '../domain/occupation-groups.js';
import type { SkillImportance } from '../domain/skill-areas.js';

export type { SkillImportance };

/** One REQUIRES relationship as cypher/analytics/role-evidence returns it. */
export interface RequirementEvidence {
  skill: string;
  /** The end of the skill's PART_OF chain (the skill itself when it is an area). */
  area: string;
  /** The O*NET commodity class O*NET files a curated tool under (Python: object oriented development software). */
  onetClassId?: string | null;
  importance: SkillImportance;
  importanceScore?: number | null;
  level?: number | null;
  isHotTechnology?: boolean | null;
  isInDemand?: boolean | null;
}

export interface RoleEvidence {
  id: string;
  jobZone?: number | null;
  /** The role's O*NET-SOC code, when it has one (O*NET occupations, curated roles mapped to one). */
  socCode?: string | null;
  requirements: RequirementEvidence[];
}

export interface SimilarityWeights {
  /** Weight of each block's cosine in the blend. */
  rated: number;
  leaf: number;
  area: number;
  /** Subtracted per job zone between the two roles (both known). */
  jobZonePenalty: number;
  /** similarRoles: added for each SOC group the two roles share (both coded). */
  sharedGroupBonus: Readonly<Record<OccupationGroupLevel, number>>;
  /** LEAF base weights. */
  required: number;
  differentiating: number;
  /** Added to a technology's LEAF weight (times the base) when O*NET flags it hot or in demand. */
  hotBonus: number;
  inDemandBonus: number;
  /** RATED: (importance - ratedOffset) x (1 + levelShare x level / 7) x IDF ^ ratedIdfPower. */
  levelShare: number;
  ratedOffset: number;
  ratedIdfPower: number;
  /** recommendRoles divides by |role| ^ this instead of |role|: below 1, a role with many requirements is not
   * pushed down as far for having many. */
  recommendNormPower: number;
  /** recommendRoles: 1 to infer a person's rated profile from the tools they name when they name no rated skill. */
  toolProfile: number;
  /** recommendRoles: 1 to keep, of that inferred profile, only what the tools' users rate above every role's mean. */
  toolProfileLift: number;
}

/** Developed on a fixed random half of the O*NET occupations (docs/answers.md), never on the other half. */
export const SIMILARITY_WEIGHTS: Readonly<SimilarityWeights> = {
  rated: 1,
  leaf: 0.5,
  area: 0.3,
  jobZonePenalty: 0.02,
  sharedGroupBonus: { major: 0.02, minor: 0.06, broad: 0.1 },
  required: 1,
  differentiating: 0.6,
  hotBonus: 0.5,
  inDemandBonus: 0.5,
  levelShare: 1,
  ratedOffset: 2.5,
  ratedIdfPower: 1,
  recommendNormPower: 1,
  toolProfile: 1,
  toolProfileLift: 0,
};

type Block = 'rated' | 'leaf' | 'area';
const BLOCKS: readonly Block[] = ['rated', 'leaf', 'area'];

interface SparseVector {
  weights: Map<string, number>;
  norm: number;
}

interface RoleVectors {
  id: string;
  jobZone: number | null;
  groups: ReturnType<typeof occupationGroups>;
  blocks: Partial<Record<Block, SparseVector>>;
  /** The role's requirement skills with their weight (importance x IDF), heaviest first: list order. */
  skills: { skill: string; area: string; weight: number }[];
}

export interface SimilarityModel {
  weights: SimilarityWeights;
  roles: Map<string, RoleVectors>;
  /** Skills some role requires with an O*NET importance score (the RATED block's features). */
  ratedSkills: Set<string>;
  /** The roles that require each skill. */
  rolesBySkill: Map<string, string[]>;
  /** The mean unit RATED profile over the roles that have one: what a tool's users share with everyone. */
  meanRatedProfile: Map<string, number>;
  /** IDF of a skill or area over the roles with requirements (0 for one no role requires). */
  idf(feature: string): number;
}

/** log(1 + N / df): rare features weigh more, and one every role has still counts a little. */
export function inverseDocumentFrequency(roleCount: number, documentFrequency: number): number {
  return documentFrequency <= 0 || roleCount <= 0 ? 0 : Math.log(1 + roleCount / documentFrequency);
}

const blockOf = (r: RequirementEvidence): Block => (r.importanceScore != null ? 'rated' : 'leaf');

/**
 * The kind of tool a requirement is compared by in the AREA block: its area, or, for a curated tool that is its own
 * area, the O*NET class O*NET files it under. So a person who names Python shares a kind with the roles that list
 * thirty development tools, as a role that lists Python does.
 */
export const toolKind = (r: { skill: string; area: string; onetClassId?: string | null }): string =>
  r.area === r.skill && r.onetClassId ? r.onetClassId : r.area;

/** A requirement's weight before IDF. */
export function requirementWeight(r: RequirementEvidence, w: SimilarityWeights = SIMILARITY_WEIGHTS): number {
  if (r.importanceScore != null) return Math.max(0, r.importanceScore - w.ratedOffset) * (1 + (w.levelShare * (r.level ?? 0)) / 7);
  const base = r.importance === 'REQUIRED' ? w.required : w.differentiating;
  return base * (1 + (r.isHotTechnology ? w.hotBonus : 0) + (r.isInDemand ? w.inDemandBonus : 0));
}

function vector(weights: Map<string, number>): SparseVector | undefined {
  let sum = 0;
  for (const v of weights.values()) sum += v * v;
  return sum > 0 ? { weights, norm: Math.sqrt(sum) } : undefined;
}

function cosine(a: SparseVector, b: SparseVector, normPower = 1): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let dot = 0;
  for (const [feature, x] of small) {
    const y = large.get(feature);
    if (y !== undefined) dot += x * y;
  }
  return dot / (a.norm * b.norm ** normPower);
}

const setMax = (map: Map<string, number>, key: string, value: number) => map.set(key, Math.max(map.get(key) ?? 0, value));

/** Per-role block vectors with IDF over the roles that have requirements. */
export function buildSimilarityModel(evidence: readonly RoleEvidence[], weights: SimilarityWeights = SIMILARITY_WEIGHTS): SimilarityModel {
  const documentFrequency = new Map<string, number>();
  let roleCount = 0;
  for (const role of evidence) {
    if (role.requirements.length === 0) continue;
    roleCount += 1;
    const features = new Set<string>();
    for (const r of role.requirements) {
      features.add(r.skill);
      features.add(toolKind(r));
    }
    for (const f of features) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  }
  const idf = (feature: string) => inverseDocumentFrequency(roleCount, documentFrequency.get(feature) ?? 0);

  const roles = new Map<string, RoleVectors>();
  const ratedSkills = new Set<string>();
  const rolesBySkill = new Map<string, string[]>();
  for (const role of evidence) {
    const raw: Record<Block, Map<string, number>> = { rated: new Map(), leaf: new Map(), area: new Map() };
    const skills = new Map<string, { skill: string; area: string; weight: number }>();
    for (const r of role.requirements) {
      const block = blockOf(r);
      const weight = requirementWeight(r, weights);
      if (block === 'rated') ratedSkills.add(r.skill);
      if (!skills.has(r.skill)) rolesBySkill.set(r.skill, [...(rolesBySkill.get(r.skill) ?? []), role.id]);
      setMax(raw[block], r.skill, weight * (block === 'rated' ? idf(r.skill) ** weights.ratedIdfPower : idf(r.skill)));
      // An area weighs the sum of its tools: thirty development tools say more about the kind of work than one.
      const kind = toolKind(r);
      if (block === 'leaf') raw.area.set(kind, (raw.area.get(kind) ?? 0) + weight * idf(kind));
      const listed = skills.get(r.skill);
      if (!listed || listed.weight < weight * idf(r.skill)) skills.set(r.skill, { skill: r.skill, area: r.area, weight: weight * idf(r.skill) });
    }
    const blocks: Partial<Record<Block, SparseVector>> = {};
    for (const b of BLOCKS) {
      const v = vector(raw[b]);
      if (v) blocks[b] = v;
    }
    roles.set(role.id, {
      id: role.id,
      jobZone: role.jobZone ?? null,
      groups: occupationGroups(role.socCode),
      blocks,
      skills: [...skills.values()].sort((a, b) => b.weight - a.weight || (a.skill < b.skill ? -1 : 1)),
    });
  }
  const meanRatedProfile = new Map<string, number>();
  const profiles = [...roles.values()].flatMap((r) => (r.blocks.rated ? [r.blocks.rated] : []));
  for (const rated of profiles) {
    for (const [feature, x] of rated.weights) meanRatedProfile.set(feature, (meanRatedProfile.get(feature) ?? 0) + x / rated.norm / profiles.length);
  }
  return { weights, roles, ratedSkills, rolesBySkill, meanRatedProfile, idf };
}

/** The blend of block cosines over the blocks the query has, in 0-1. */
function blend(query: Partial<Record<Block, SparseVector>>, other: Partial<Record<Block, SparseVector>>, w: SimilarityWeights, normPower = 1): number {
  let score = 0;
  let total = 0;
  for (const b of BLOCKS) {
    const q = query[b];
    if (!q) continue;
    total += w[b];
    const o = other[b];
    if (o) score += w[b] * cosine(q, o, normPower);
  }
  return total === 0 ? 0 : score / total;
}

export interface ScoredRole {
  roleId: string;
  score: number;
}

const byScore = (a: ScoredRole, b: ScoredRole) => b.score - a.score || (a.roleId < b.roleId ? -1 : a.roleId > b.roleId ? 1 : 0);

/**
 * Roles most like `roleId`, best first: the blend of block cosines, plus the bonus of the SOC groups both share,
 * less the job zone penalty. Only roles with a requirement or area in common and a positive score.
 */
export function rankSimilarRoles(model: SimilarityModel, roleId: string, first: number): ScoredRole[] {
  const query = model.roles.get(roleId);
  if (!query) return [];
  const w = model.weights;
  const scored: ScoredRole[] = [];
  for (const other of model.roles.values()) {
    if (other.id === roleId) continue;
    let score = blend(query.blocks, other.blocks, w);
    if (score <= 0) continue;
    score += sharedGroupBonus(query.groups, other.groups, w.sharedGroupBonus);
    if (query.jobZone != null && other.jobZone != null) score -= w.jobZonePenalty * Math.abs(query.jobZone - other.jobZone);
    if (score > 0) scored.push({ roleId: other.id, score });
  }
  return scored.sort(byScore).slice(0, first);
}

/** A person's skills as block vectors: each named skill, and its kind of tool, at IDF weight. */
function personVectors(model: SimilarityModel, skills: readonly NamedSkill[]) {
  const raw: Record<Block, Map<string, number>> = { rated: new Map(), leaf: new Map(), area: new Map() };
  for (const named of skills) {
    if (model.ratedSkills.has(named.skill)) raw.rated.set(named.skill, model.idf(named.skill));
    else {
      raw.leaf.set(named.skill, model.idf(named.skill));
      raw.area.set(toolKind(named), model.idf(toolKind(named)));
    }
  }
  // Named tools alone still say which rated skills the person likely has: the roles that use a tool share a
  // profile (Python's users rate Programming high). Without a rated skill named, the person's RATED vector is the
  // mean profile of the roles that use their tools, so Software Developers outrank a role that lists few tools.
  if (raw.rated.size === 0 && model.weights.toolProfile > 0) {
    for (const skill of raw.leaf.keys()) {
      const users = model.rolesBySkill.get(skill) ?? [];
      for (const roleId of users) {
        const rated = model.roles.get(roleId)?.blocks.rated;
        if (!rated) continue;
        for (const [feature, x] of rated.weights) raw.rated.set(feature, (raw.rated.get(feature) ?? 0) + x / rated.norm / users.length);
      }
    }
    // What the users of the tools rate above everyone's mean: Python's users rate Programming far above the mean,
    // Reading Comprehension about at it, so the profile points at programming work rather than at all work.
    if (model.weights.toolProfileLift > 0) {
      const tools = raw.leaf.size;
      for (const [feature, x] of raw.rated) {
        const lifted = x - model.weights.toolProfileLift * tools * (model.meanRatedProfile.get(feature) ?? 0);
        if (lifted > 0) raw.rated.set(feature, lifted);
        else raw.rated.delete(feature);
      }
    }
  }
  const blocks: Partial<Record<Block, SparseVector>> = {};
  for (const b of BLOCKS) {
    const v = vector(raw[b]);
    if (v) blocks[b] = v;
  }
  return blocks;
}

/** A skill a person names, with its area (and O*NET's class of a curated tool). */
export interface NamedSkill {
  skill: string;
  area: string;
  onetClassId?: string | null;
}

export interface RecommendationScore extends ScoredRole {
  /** Importance- and rarity-weighted share of the role's requirements the person has (0-1). */
  coverage: number;
  coveredSkills: string[];
  missingSkills: string[];
}

/**
 * Roles the named skills fit best, by the blend of block cosines between the person (each skill at IDF weight)
 * and the role; `candidates` limits the roles considered. A person has a requirement when they name it, or when
 * it is an area and they name one of its parts. Only roles with a positive score and at least one requirement the
 * person has.
 */
export function rankRecommendations(
  model: SimilarityModel,
  skills: readonly NamedSkill[],
  first: number,
  candidates?: ReadonlySet<string>,
): RecommendationScore[] {
  const named = new Set(skills.map((s) => s.skill));
  const areas = new Set(skills.map((s) => s.area));
  const person = personVectors(model, skills);
  const has = (s: { skill: string }) => named.has(s.skill) || areas.has(s.skill);
  const scored: RecommendationScore[] = [];
  for (const role of model.roles.values()) {
    if (candidates && !candidates.has(role.id)) continue;
    const score = blend(person, role.blocks, model.weights, model.weights.recommendNormPower);
    if (score <= 0) continue;
    const covered = role.skills.filter(has);
    // A role that shares only an area (another tool of the same kind) is not one the skills qualify for.
    if (covered.length === 0) continue;
    const total = role.skills.reduce((sum, s) => sum + s.weight, 0);
    const coveredWeight = covered.reduce((sum, s) => sum + s.weight, 0);
    scored.push({
      roleId: role.id,
      score,
      coverage: total === 0 ? 0 : coveredWeight / total,
      coveredSkills: covered.map((s) => s.skill),
      missingSkills: role.skills.filter((s) => !has(s)).map((s) => s.skill),
    });
  }
  return scored.sort(byScore).slice(0, first);
}

/** The skills `otherId` shares with `roleId` and those only `otherId` requires, each by `otherId`'s weight. */
export function compareRequirements(model: SimilarityModel, roleId: string, otherId: string): { shared: string[]; missing: string[] } {
  const mine = new Set(model.roles.get(roleId)?.skills.map((s) => s.skill) ?? []);
  const theirs = model.roles.get(otherId)?.skills ?? [];
  return {
    shared: theirs.filter((s) => mine.has(s.skill)).map((s) => s.skill),
    missing: theirs.filter((s) => !mine.has(s.skill)).map((s) => s.skill),
  };
}

/** The model's evidence for one role: its requirement skills, heaviest first (for tests and the eval). */
export function weightedSkillsOf(model: SimilarityModel, roleId: string): { skill: string; weight: number }[] {
  return (model.roles.get(roleId)?.skills ?? []).map(({ skill, weight }) => ({ skill, weight }));
}
