// The rankings of similarRoles and recommendRoles over the similarity model (similarity-model.ts). The query's
// blocks are spread into dense arrays once, so scoring a role costs one multiply-add per entry of its rows; the best
// `first` are kept in a bounded heap instead of sorting every role. recommendRoles scores only the roles that require
// something the person has (the model's inverted index): the others are left out by the rules anyway.
import { sharedGroupBonus } from '../domain/occupation-groups.js';
import { BLOCKS, toolKind, type Block, type NamedSkill, type SimilarityWeights } from './similarity-formula.js';
import type { SimilarityModel } from './similarity-model.js';
import { TopRoles } from './similarity-top-roles.js';

export interface ScoredRole {
  roleId: string;
  score: number;
}

export interface RecommendationScore extends ScoredRole {
  /** Importance- and rarity-weighted share of the role's requirements the person has (0-1). */
  coverage: number;
  coveredSkills: string[];
  missingSkills: string[];
}

/** A query's block: its entries (features the model knows) and its norm over all its entries. */
interface QueryBlock {
  feature: number[];
  weight: number[];
  norm: number;
}
type QueryBlocks = Partial<Record<Block, QueryBlock>>;

/** Dense arrays per model, reused by every ranking (rankings run to the end without awaiting, so one at a time). */
interface Scratch {
  dense: Record<Block, Float64Array>;
  marked: Uint8Array;
  seen: Int32Array;
  seenToken: number;
}
const scratches = new WeakMap<SimilarityModel, Scratch>();

function scratchOf(model: SimilarityModel): Scratch {
  let scratch = scratches.get(model);
  if (!scratch) {
    const size = model.features.length;
    const dense = { rated: new Float64Array(size), leaf: new Float64Array(size), area: new Float64Array(size) };
    scratch = { dense, marked: new Uint8Array(size), seen: new Int32Array(model.roleIds.length), seenToken: 0 };
    scratches.set(model, scratch);
  }
  return scratch;
}

/**
 * The blend of block cosines between the query (spread in `dense`) and each of `roles` (every role when null), over
 * the blocks the query has, in 0-1, into `scores` at the role's number. Block by block, so each pass reads one block's
 * rows in order; each role's score still adds its blocks in BLOCKS order, as a role-by-role blend would.
 */
function blendAll(
  model: SimilarityModel,
  query: QueryBlocks,
  dense: Record<Block, Float64Array>,
  roles: Int32Array | null,
  normPower: number,
  scores: Float64Array,
): void {
  const count = roles ? roles.length : model.roleIds.length;
  let total = 0;
  for (const b of BLOCKS) {
    const q = query[b];
    if (!q) continue;
    total += model.weights[b];
    const blockWeight = model.weights[b];
    const { start, feature, weight, norm } = model.blocks[b];
    const values = dense[b];
    for (let i = 0; i < count; i++) {
      const r = roles ? roles[i] : i;
      const n = norm[r];
      if (n === 0) continue;
      let dot = 0;
      for (let k = start[r]; k < start[r + 1]; k++) dot += values[feature[k]] * weight[k];
      scores[r] += blockWeight * (dot / (q.norm * (normPower === 1 ? n : n ** normPower)));
    }
  }
  for (let i = 0; i < count; i++) {
    const r = roles ? roles[i] : i;
    scores[r] = total === 0 ? 0 : scores[r] / total;
  }
}

function withSpread<T>(model: SimilarityModel, query: QueryBlocks, work: (dense: Record<Block, Float64Array>) => T): T {
  const { dense } = scratchOf(model);
  for (const b of BLOCKS) query[b]?.feature.forEach((f, i) => (dense[b][f] = query[b]!.weight[i]));
  try {
    return work(dense);
  } finally {
    for (const b of BLOCKS) for (const f of query[b]?.feature ?? []) dense[b][f] = 0;
  }
}

function roleBlocks(model: SimilarityModel, r: number): QueryBlocks {
  const blocks: QueryBlocks = {};
  for (const b of BLOCKS) {
    const rows = model.blocks[b];
    if (rows.norm[r] === 0) continue;
    const range = [rows.start[r], rows.start[r + 1]] as const;
    blocks[b] = { feature: [...rows.feature.subarray(...range)], weight: [...rows.weight.subarray(...range)], norm: rows.norm[r] };
  }
  return blocks;
}

/**
 * Roles most like `roleId`, best first: the blend of block cosines, plus the bonus of the SOC groups both share,
 * less the job zone penalty. Only roles with a requirement or area in common and a positive score.
 */
export function rankSimilarRoles(model: SimilarityModel, roleId: string, first: number): ScoredRole[] {
  const q = model.roleIndex.get(roleId);
  if (q === undefined) return [];
  const w = model.weights;
  const top = new TopRoles(first);
  const query = roleBlocks(model, q);
  const scores = new Float64Array(model.roleIds.length);
  withSpread(model, query, (dense) => blendAll(model, query, dense, null, 1, scores));
  const [groupsQ, zoneQ] = [model.groups[q], model.jobZone[q]];
  for (let r = 0; r < scores.length; r++) {
    let score = scores[r];
    if (r === q || score <= 0) continue;
    if (groupsQ) score += sharedGroupBonus(groupsQ, model.groups[r], w.sharedGroupBonus);
    const zoneR = model.jobZone[r];
    if (!Number.isNaN(zoneQ) && !Number.isNaN(zoneR)) score -= w.jobZonePenalty * Math.abs(zoneQ - zoneR);
    if (score > 0) top.offer(model.roleIds[r], score);
  }
  return top.best();
}

/** A person's skills as block vectors: each named skill, and its kind of tool, at IDF weight. */
function personBlocks(model: SimilarityModel, skills: readonly NamedSkill[]): QueryBlocks {
  const w: SimilarityWeights = model.weights;
  const raw: Record<Block, Map<string, number>> = { rated: new Map(), leaf: new Map(), area: new Map() };
  const isRated = (skill: string) => model.isRated[model.featureIndex.get(skill) ?? -1] === 1;
  for (const named of skills) {
    if (isRated(named.skill)) raw.rated.set(named.skill, model.idf(named.skill));
    else {
      raw.leaf.set(named.skill, model.idf(named.skill));
      raw.area.set(toolKind(named), model.idf(toolKind(named)));
    }
  }
  // Named tools alone still say which rated skills the person likely has: the roles that use a tool share a
  // profile (Python's users rate Programming high). Without a rated skill named, the person's RATED vector is the
  // mean profile of the roles that use their tools, so Software Developers outrank a role that lists few tools.
  if (raw.rated.size === 0 && w.toolProfile > 0) toolProfile(model, [...raw.leaf.keys()], raw.rated);
  const blocks: QueryBlocks = {};
  for (const b of BLOCKS) {
    let sum = 0;
    const block: QueryBlock = { feature: [], weight: [], norm: 0 };
    for (const [name, x] of raw[b]) {
      sum += x * x;
      const f = model.featureIndex.get(name);
      if (f === undefined) continue; // no role requires it: it only adds to the norm
      block.feature.push(f);
      block.weight.push(x);
    }
    if (sum > 0) blocks[b] = { ...block, norm: Math.sqrt(sum) };
  }
  return blocks;
}

/** Adds to `rated` the mean unit RATED profile of the roles that require each tool (summed over the tools). */
function toolProfile(model: SimilarityModel, tools: string[], rated: Map<string, number>): void {
  const { dense, marked } = scratchOf(model);
  const sums = dense.rated;
  // The rated features in the order they were first met (the order of the person's vector).
  const order: number[] = [];
  const rows = model.blocks.rated;
  const { start, role } = model.requirers;
  try {
    for (const tool of tools) {
      const t = model.featureIndex.get(tool);
      if (t === undefined) continue;
      const users = start[t + 1] - start[t];
      for (let u = start[t]; u < start[t + 1]; u++) {
        const r = role[u];
        const norm = rows.norm[r];
        if (norm === 0) continue;
        for (let k = rows.start[r]; k < rows.start[r + 1]; k++) {
          const f = rows.feature[k];
          if (marked[f] === 0) {
            marked[f] = 1;
            order.push(f);
          }
          sums[f] += rows.weight[k] / norm / users;
        }
      }
    }
    for (const f of order) rated.set(model.features[f], sums[f]);
  } finally {
    for (const f of order) [sums[f], marked[f]] = [0, 0];
  }
  // What the users of the tools rate above everyone's mean: Python's users rate Programming far above the mean,
  // Reading Comprehension about at it, so the profile points at programming work rather than at all work.
  if (model.weights.toolProfileLift > 0) {
    for (const [feature, x] of rated) {
      const mean = model.meanRatedProfile[model.featureIndex.get(feature) ?? -1] ?? 0;
      const lifted = x - model.weights.toolProfileLift * tools.length * mean;
      if (lifted > 0) rated.set(feature, lifted);
      else rated.delete(feature);
    }
  }
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
  const scratch = scratchOf(model);
  const person = personBlocks(model, skills);
  const has = [...new Set(skills.flatMap((s) => [s.skill, s.area]))].flatMap((name) => model.featureIndex.get(name) ?? []);
  const top = new TopRoles(first);
  const { start, role } = model.requirers;
  const token = ++scratch.seenToken;
  // A role that shares only an area (another tool of the same kind) is not one the skills qualify for: only the
  // requirers of what the person has are scored.
  const scored: number[] = [];
  for (const f of has) {
    for (let u = start[f]; u < start[f + 1]; u++) {
      const r = role[u];
      if (scratch.seen[r] === token) continue;
      scratch.seen[r] = token;
      if (!candidates || candidates.has(model.roleIds[r])) scored.push(r);
    }
  }
  const roles = Int32Array.from(scored);
  const scores = new Float64Array(model.roleIds.length);
  withSpread(model, person, (dense) => blendAll(model, person, dense, roles, model.weights.recommendNormPower, scores));
  for (const r of roles) if (scores[r] > 0) top.offer(model.roleIds[r], scores[r]);
  for (const f of has) scratch.marked[f] = 1;
  try {
    return top.best().map(({ roleId, score }) => ({ roleId, score, ...coverageOf(model, model.roleIndex.get(roleId)!, scratch.marked) }));
  } finally {
    for (const f of has) scratch.marked[f] = 0;
  }
}

function coverageOf(model: SimilarityModel, r: number, marked: Uint8Array) {
  const { start, skill, weight } = model.skills;
  const coveredSkills: string[] = [];
  const missingSkills: string[] = [];
  let total = 0;
  let coveredWeight = 0;
  for (let k = start[r]; k < start[r + 1]; k++) total += weight[k];
  for (let k = start[r]; k < start[r + 1]; k++) {
    if (marked[skill[k]] === 1) {
      coveredWeight += weight[k];
      coveredSkills.push(model.features[skill[k]]);
    } else missingSkills.push(model.features[skill[k]]);
  }
  return { coverage: total === 0 ? 0 : coveredWeight / total, coveredSkills, missingSkills };
}

function skillsOf(model: SimilarityModel, roleId: string): { skill: string; weight: number }[] {
  const r = model.roleIndex.get(roleId);
  if (r === undefined) return [];
  const { start, skill, weight } = model.skills;
  return Array.from({ length: start[r + 1] - start[r] }, (_, i) => ({ skill: model.features[skill[start[r] + i]], weight: weight[start[r] + i] }));
}

/** The skills `otherId` shares with `roleId` and those only `otherId` requires, each by `otherId`'s weight. */
export function compareRequirements(model: SimilarityModel, roleId: string, otherId: string): { shared: string[]; missing: string[] } {
  const mine = new Set(skillsOf(model, roleId).map((s) => s.skill));
  const theirs = skillsOf(model, otherId);
  return {
    shared: theirs.filter((s) => mine.has(s.skill)).map((s) => s.skill),
    missing: theirs.filter((s) => !mine.has(s.skill)).map((s) => s.skill),
  };
}

/** The model's evidence for one role: its requirement skills, heaviest first (for tests and the eval). */
export const weightedSkillsOf = skillsOf;
