// The similarity model: every role's block vectors (RATED, LEAF, AREA) with IDF over the roles that have
// requirements, its weighted skill list, and the roles that require each skill, in flat typed arrays. At 100,000
// roles and 5 million requirements, objects and maps per role cost gigabytes and a second per scan; these arrays
// cost a few hundred MB and let a ranking read every role in tens of milliseconds. Built in two passes, because
// IDF needs every role's features first: `addRole` per role (as pages of evidence arrive), then `build`.
import { occupationGroups } from '../domain/occupation-groups.js';
import {
  BLOCKS,
  inverseDocumentFrequency,
  requirementWeight,
  SIMILARITY_WEIGHTS,
  toolKind,
  type Block,
  type RequirementEvidence,
  type RoleEvidence,
  type SimilarityWeights,
} from './similarity-formula.js';

/** Rows of sparse vectors, one per role: role i's entries are `start[i]` to `start[i + 1]`, in insertion order. */
export interface SparseRows {
  start: Int32Array;
  feature: Int32Array;
  weight: Float64Array;
  /** Each row's Euclidean norm; 0 when the role has no such block. */
  norm: Float64Array;
}

export interface SimilarityModel {
  weights: SimilarityWeights;
  roleIds: string[];
  roleIndex: Map<string, number>;
  /** NaN when unknown. */
  jobZone: Float64Array;
  groups: (ReturnType<typeof occupationGroups> | null)[];
  /** Skills and kinds of tool share one numbering. */
  features: string[];
  featureIndex: Map<string, number>;
  blocks: Record<Block, SparseRows>;
  /** Per role, its requirement skills heaviest first (importance x IDF; ties by id), each with the skill's area. */
  skills: { start: Int32Array; skill: Int32Array; area: Int32Array; weight: Float64Array };
  /** Per skill feature, the roles that require it, in role order (an inverted index). */
  requirers: { start: Int32Array; role: Int32Array };
  /** 1 for a skill some role requires with an O*NET importance score (the RATED block's features). */
  isRated: Uint8Array;
  /** The mean unit RATED profile over the roles that have one: what a tool's users share with everyone. */
  meanRatedProfile: Float64Array;
  /** IDF of a skill or area over the roles with requirements (0 for one no role requires). */
  idf(feature: string): number;
}

/**
 * An append-only typed array that doubles when full. A number[] of 5 million entries costs 8 bytes each and copies
 * on growth too; an Int32Array costs 4, and the model's build holds a dozen such lists at once.
 */
class Growable<T extends Int32Array | Float64Array | Uint8Array> {
  data: T;
  length = 0;
  constructor(private readonly make: (size: number) => T) {
    this.data = make(1024);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data as never);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  /** A copy of exactly the entries pushed. */
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}
const int32s = () => new Growable((n) => new Int32Array(n));
const float64s = () => new Growable((n) => new Float64Array(n));

export class SimilarityModelBuilder {
  private readonly roleIds: string[] = [];
  private readonly jobZones: number[] = [];
  private readonly socCodes: (string | null)[] = [];
  private readonly features: string[] = [];
  private readonly featureIndex = new Map<string, number>();
  private readonly documentFrequency: number[] = [];
  /** The last role that counted a feature, so a role counts each feature once. */
  private readonly countedBy: number[] = [];
  private rolesWithRequirements = 0;
  // One entry per requirement, role by role.
  private readonly roleStart = int32s();
  private readonly skill = int32s();
  private readonly area = int32s();
  private readonly kind = int32s();
  private readonly baseWeight = float64s();
  private readonly isRatedRequirement = new Growable((n) => new Uint8Array(n));

  constructor(private readonly weights: SimilarityWeights = SIMILARITY_WEIGHTS) {
    this.roleStart.push(0);
  }

  feature(name: string): number {
    let n = this.featureIndex.get(name);
    if (n === undefined) {
      n = this.features.length;
      this.featureIndex.set(name, n);
      this.features.push(name);
      this.documentFrequency.push(0);
      this.countedBy.push(-1);
    }
    return n;
  }

  addRole(role: Omit<RoleEvidence, 'requirements'>, requirements: Iterable<RequirementEvidence>): void {
    const index = this.roleIds.length;
    this.roleIds.push(role.id);
    this.jobZones.push(role.jobZone ?? Number.NaN);
    this.socCodes.push(role.socCode ?? null);
    let count = 0;
    for (const r of requirements) {
      const skill = this.feature(r.skill);
      const kind = this.feature(toolKind(r));
      this.skill.push(skill);
      this.area.push(this.feature(r.area));
      this.kind.push(kind);
      this.baseWeight.push(requirementWeight(r, this.weights));
      this.isRatedRequirement.push(r.importanceScore != null ? 1 : 0);
      for (const f of [skill, kind]) {
        if (this.countedBy[f] === index) continue;
        this.countedBy[f] = index;
        this.documentFrequency[f] += 1;
      }
      count += 1;
    }
    if (count > 0) this.rolesWithRequirements += 1;
    this.roleStart.push(this.skill.length);
  }

  build(): SimilarityModel {
    const w = this.weights;
    const roleCount = this.roleIds.length;
    const featureCount = this.features.length;
    const idfOf = Float64Array.from(this.documentFrequency, (df) => inverseDocumentFrequency(this.rolesWithRequirements, df));
    const isRated = new Uint8Array(featureCount);
    // Per block: where a feature sits in the current role's row (valid when `owner` is this role).
    const rows = BLOCKS.map(() => ({ start: int32s(), feature: int32s(), weight: float64s(), norm: new Float64Array(roleCount) }));
    for (const row of rows) row.start.push(0);
    const slot = BLOCKS.map(() => new Int32Array(featureCount));
    const owner = BLOCKS.map(() => new Int32Array(featureCount).fill(-1));
    const skillStart = int32s();
    skillStart.push(0);
    const skillList = int32s();
    const skillArea = int32s();
    const skillWeight = float64s();
    const skillSlot = new Int32Array(featureCount);
    const skillOwner = new Int32Array(featureCount).fill(-1);
    const requirerCount = new Int32Array(featureCount);

    for (let role = 0; role < roleCount; role++) {
      const first = skillList.length;
      for (let j = this.roleStart.data[role]; j < this.roleStart.data[role + 1]; j++) {
        const skill = this.skill.data[j];
        const rated = this.isRatedRequirement.data[j] === 1;
        const base = this.baseWeight.data[j];
        if (rated) isRated[skill] = 1;
        const b = rated ? 0 : 1;
        const value = base * (rated ? idfOf[skill] ** w.ratedIdfPower : idfOf[skill]);
        if (owner[b][skill] !== role) {
          owner[b][skill] = role;
          slot[b][skill] = rows[b].feature.length;
          rows[b].feature.push(skill);
          rows[b].weight.push(Math.max(0, value));
        } else rows[b].weight.data[slot[b][skill]] = Math.max(rows[b].weight.data[slot[b][skill]], value);
        // An area weighs the sum of its tools: thirty development tools say more about the kind of work than one.
        if (!rated) {
          const kind = this.kind.data[j];
          const add = base * idfOf[kind];
          if (owner[2][kind] !== role) {
            owner[2][kind] = role;
            slot[2][kind] = rows[2].feature.length;
            rows[2].feature.push(kind);
            rows[2].weight.push(0 + add);
          } else rows[2].weight.data[slot[2][kind]] += add;
        }
        const listed = base * idfOf[skill];
        if (skillOwner[skill] !== role) {
          skillOwner[skill] = role;
          skillSlot[skill] = skillList.length;
          skillList.push(skill);
          skillArea.push(this.area.data[j]);
          skillWeight.push(listed);
          requirerCount[skill] += 1;
        } else if (skillWeight.data[skillSlot[skill]] < listed) {
          skillArea.data[skillSlot[skill]] = this.area.data[j];
          skillWeight.data[skillSlot[skill]] = listed;
        }
      }
      sortSkills(skillList.data, skillArea.data, skillWeight.data, first, skillList.length, this.features);
      skillStart.push(skillList.length);
      for (const row of rows) {
        let sum = 0;
        for (let k = row.start.data[row.start.length - 1]; k < row.feature.length; k++) sum += row.weight.data[k] * row.weight.data[k];
        row.norm[role] = sum > 0 ? Math.sqrt(sum) : 0;
        row.start.push(row.feature.length);
      }
    }

    const skillStartArray = skillStart.done();
    const skillArray = skillList.done();
    const requirers = invert(skillStartArray, skillArray, requirerCount);
    const blocks = Object.fromEntries(
      BLOCKS.map((block, b) => [
        block,
        { start: rows[b].start.done(), feature: rows[b].feature.done(), weight: rows[b].weight.done(), norm: rows[b].norm },
      ]),
    ) as Record<Block, SparseRows>;
    const meanRatedProfile = meanProfile(blocks.rated, featureCount);
    const featureIndex = this.featureIndex;
    return {
      weights: w,
      roleIds: this.roleIds,
      roleIndex: new Map(this.roleIds.map((id, i) => [id, i])),
      jobZone: Float64Array.from(this.jobZones),
      groups: this.socCodes.map((code) => occupationGroups(code)),
      features: this.features,
      featureIndex,
      blocks,
      skills: { start: skillStartArray, skill: skillArray, area: skillArea.done(), weight: skillWeight.done() },
      requirers,
      isRated,
      meanRatedProfile,
      idf: (feature) => {
        const n = featureIndex.get(feature);
        return n === undefined ? 0 : idfOf[n];
      },
    };
  }
}

/** Sorts one role's skill list (`first` to `end`) heaviest first, ties by skill id. */
function sortSkills(skill: Int32Array, area: Int32Array, weight: Float64Array, first: number, end: number, names: string[]): void {
  if (end - first < 2) return;
  const order = Array.from({ length: end - first }, (_, i) => first + i);
  order.sort((a, b) => weight[b] - weight[a] || (names[skill[a]] < names[skill[b]] ? -1 : 1));
  const [s, a, w] = [order.map((i) => skill[i]), order.map((i) => area[i]), order.map((i) => weight[i])];
  for (let i = 0; i < order.length; i++) [skill[first + i], area[first + i], weight[first + i]] = [s[i], a[i], w[i]];
}

/** The roles of each skill from the roles' skill lists, in role order. */
function invert(start: Int32Array, skill: Int32Array, count: Int32Array): SimilarityModel['requirers'] {
  const postingStart = new Int32Array(count.length + 1);
  for (let f = 0; f < count.length; f++) postingStart[f + 1] = postingStart[f] + count[f];
  const fill = postingStart.slice(0, count.length);
  const role = new Int32Array(skill.length);
  for (let r = 0; r + 1 < start.length; r++) for (let k = start[r]; k < start[r + 1]; k++) role[fill[skill[k]]++] = r;
  return { start: postingStart, role };
}

function meanProfile(rated: SparseRows, featureCount: number): Float64Array {
  const mean = new Float64Array(featureCount);
  let profiles = 0;
  for (let r = 0; r < rated.norm.length; r++) if (rated.norm[r] > 0) profiles += 1;
  for (let r = 0; r < rated.norm.length; r++) {
    if (rated.norm[r] === 0) continue;
    for (let k = rated.start[r]; k < rated.start[r + 1]; k++) mean[rated.feature[k]] += rated.weight[k] / rated.norm[r] / profiles;
  }
  return mean;
}

/** The model of a list of roles' evidence (tests, the eval, small graphs). */
export function buildSimilarityModel(evidence: readonly RoleEvidence[], weights: SimilarityWeights = SIMILARITY_WEIGHTS): SimilarityModel {
  const builder = new SimilarityModelBuilder(weights);
  for (const role of evidence) builder.addRole(role, role.requirements);
  return builder.build();
}
