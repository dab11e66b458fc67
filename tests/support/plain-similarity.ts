// The documented formulas of similarRoles and recommendRoles written out again on dense arrays, independently of
// src/data/similarity.ts, for tests to check the module and the API against.
import { SIMILARITY_WEIGHTS, type RequirementEvidence, type RoleEvidence } from '../../src/data/similarity.js';

/** What the AREA block counts a tool under: its area; for a tool that is its own area, O*NET's class when known. */
const kind = (q: { skill: string; area: string; onetClassId?: string | null }) => (q.area === q.skill && q.onetClassId ? q.onetClassId : q.area);

/**
 * The documented formula written out on dense arrays, independently of the module: per block the cosine of
 * weight x IDF vectors, blended by the block weights over the blocks the query has, less the job zone penalty.
 */
export function plainSimilar(evidence: RoleEvidence[], queryId: string): { roleId: string; score: number }[] {
  const w = SIMILARITY_WEIGHTS;
  const withRequirements = evidence.filter((r) => r.requirements.length > 0);
  const df = (feature: string) => withRequirements.filter((r) => r.requirements.some((q) => q.skill === feature || kind(q) === feature)).length;
  const idf = (feature: string) => Math.log(1 + withRequirements.length / df(feature));
  const weightOf = (q: RequirementEvidence) =>
    q.importanceScore != null
      ? Math.max(0, q.importanceScore - w.ratedOffset) * (1 + (w.levelShare * (q.level ?? 0)) / 7)
      : (q.importance === 'REQUIRED' ? w.required : w.differentiating) *
        (1 + (q.isHotTechnology ? w.hotBonus : 0) + (q.isInDemand ? w.inDemandBonus : 0));
  const features = [...new Set(evidence.flatMap((r) => r.requirements.flatMap((q) => [q.skill, kind(q)])))];
  const dense = (r: RoleEvidence) => {
    const block = { rated: features.map(() => 0), leaf: features.map(() => 0), area: features.map(() => 0) };
    for (const q of r.requirements) {
      const i = features.indexOf(q.skill);
      if (q.importanceScore != null) block.rated[i] = Math.max(block.rated[i], weightOf(q) * idf(q.skill) ** w.ratedIdfPower);
      else {
        block.leaf[i] = Math.max(block.leaf[i], weightOf(q) * idf(q.skill));
        const a = features.indexOf(kind(q));
        block.area[a] += weightOf(q) * idf(kind(q));
      }
    }
    return block;
  };
  const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  const query = evidence.find((r) => r.id === queryId)!;
  const q = dense(query);
  const out: { roleId: string; score: number }[] = [];
  for (const other of evidence) {
    if (other.id === queryId) continue;
    const o = dense(other);
    let score = 0;
    let total = 0;
    for (const b of ['rated', 'leaf', 'area'] as const) {
      if (norm(q[b]) === 0) continue;
      total += w[b];
      if (norm(o[b]) === 0) continue;
      score += (w[b] * q[b].reduce((s, x, i) => s + x * o[b][i], 0)) / (norm(q[b]) * norm(o[b]));
    }
    score = total === 0 ? 0 : score / total;
    if (score <= 0) continue;
    // SOC groups, written out: the first 2, 4 and 6 characters of "15-1252.00" name its major, minor and broad group.
    if (query.socCode && other.socCode) {
      if (query.socCode.slice(0, 2) === other.socCode.slice(0, 2)) score += w.sharedGroupBonus.major;
      if (query.socCode.slice(0, 4) === other.socCode.slice(0, 4)) score += w.sharedGroupBonus.minor;
      if (query.socCode.slice(0, 6) === other.socCode.slice(0, 6)) score += w.sharedGroupBonus.broad;
    }
    if (query.jobZone != null && other.jobZone != null) score -= w.jobZonePenalty * Math.abs(query.jobZone - other.jobZone);
    if (score > 0) out.push({ roleId: other.id, score });
  }
  return out.sort((a, b) => b.score - a.score || (a.roleId < b.roleId ? -1 : 1));
}

/**
 * recommendRoles' documented formula: the person's skills at IDF weight (rated ones in the RATED block, others in
 * LEAF with their areas in AREA; without a rated skill, the RATED block is the mean unit profile of the roles that
 * use the named tools), the blend of block cosines (role norms to the power recommendNormPower), only roles with a
 * requirement the person has; coverage is the weighted share of the role's requirements the person has.
 */
export function plainRecommend(
  evidence: RoleEvidence[],
  named: { skill: string; area: string; onetClassId?: string | null }[],
): { roleId: string; score: number; coverage: number; covered: string[]; missing: string[] }[] {
  const w = SIMILARITY_WEIGHTS;
  const withRequirements = evidence.filter((r) => r.requirements.length > 0);
  const df = (feature: string) => withRequirements.filter((r) => r.requirements.some((q) => q.skill === feature || kind(q) === feature)).length;
  const idf = (feature: string) => (df(feature) === 0 ? 0 : Math.log(1 + withRequirements.length / df(feature)));
  const weightOf = (q: RequirementEvidence) =>
    q.importanceScore != null
      ? Math.max(0, q.importanceScore - w.ratedOffset) * (1 + (w.levelShare * (q.level ?? 0)) / 7)
      : (q.importance === 'REQUIRED' ? w.required : w.differentiating) *
        (1 + (q.isHotTechnology ? w.hotBonus : 0) + (q.isInDemand ? w.inDemandBonus : 0));
  type Blocks = Record<'rated' | 'leaf' | 'area', Map<string, number>>;
  const blocksOf = (r: RoleEvidence): Blocks => {
    const b: Blocks = { rated: new Map(), leaf: new Map(), area: new Map() };
    const put = (m: Map<string, number>, k: string, v: number) => m.set(k, Math.max(m.get(k) ?? 0, v));
    for (const q of r.requirements) {
      if (q.importanceScore != null) put(b.rated, q.skill, weightOf(q) * idf(q.skill) ** w.ratedIdfPower);
      else {
        put(b.leaf, q.skill, weightOf(q) * idf(q.skill));
        b.area.set(kind(q), (b.area.get(kind(q)) ?? 0) + weightOf(q) * idf(kind(q)));
      }
    }
    return b;
  };
  const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((s, x) => s + x * x, 0));
  const isRated = (skill: string) => evidence.some((r) => r.requirements.some((q) => q.skill === skill && q.importanceScore != null));
  const person: Blocks = { rated: new Map(), leaf: new Map(), area: new Map() };
  for (const n of named) {
    if (isRated(n.skill)) person.rated.set(n.skill, idf(n.skill));
    else {
      person.leaf.set(n.skill, idf(n.skill));
      person.area.set(kind(n), idf(kind(n)));
    }
  }
  if (person.rated.size === 0 && w.toolProfile > 0) {
    for (const skill of person.leaf.keys()) {
      const users = evidence.filter((r) => r.requirements.some((q) => q.skill === skill));
      for (const user of users) {
        const rated = blocksOf(user).rated;
        const n = norm(rated);
        if (n === 0) continue;
        for (const [f, x] of rated) person.rated.set(f, (person.rated.get(f) ?? 0) + x / n / users.length);
      }
    }
    // Keep what the users rate above the mean unit profile of all rated roles (times the number of tools).
    const profiles = evidence.map((r) => blocksOf(r).rated).filter((rated) => norm(rated) > 0);
    for (const [f, x] of [...person.rated]) {
      const mean = profiles.reduce((sum, rated) => sum + (rated.get(f) ?? 0) / norm(rated), 0) / profiles.length;
      const lifted = x - w.toolProfileLift * person.leaf.size * mean;
      if (lifted > 0) person.rated.set(f, lifted);
      else person.rated.delete(f);
    }
  }
  const out = [];
  for (const role of evidence) {
    const b = blocksOf(role);
    let score = 0;
    let total = 0;
    for (const k of ['rated', 'leaf', 'area'] as const) {
      if (norm(person[k]) === 0) continue;
      total += w[k];
      if (norm(b[k]) === 0) continue;
      let dot = 0;
      for (const [f, x] of person[k]) dot += x * (b[k].get(f) ?? 0);
      score += (w[k] * dot) / (norm(person[k]) * norm(b[k]) ** w.recommendNormPower);
    }
    score = total === 0 ? 0 : score / total;
    const skillWeight = new Map<string, number>();
    for (const q of role.requirements) skillWeight.set(q.skill, Math.max(skillWeight.get(q.skill) ?? 0, weightOf(q) * idf(q.skill)));
    const has = (s: string) => named.some((n) => n.skill === s || n.area === s);
    const covered = [...skillWeight.keys()].filter(has);
    if (score <= 0 || covered.length === 0) continue;
    const sum = (ids: string[]) => ids.reduce((s, id) => s + skillWeight.get(id)!, 0);
    out.push({
      roleId: role.id,
      score,
      coverage: sum(covered) / sum([...skillWeight.keys()]),
      covered,
      missing: [...skillWeight.keys()].filter((s) => !has(s)),
    });
  }
  return out.sort((a, b) => b.score - a.score || (a.roleId < b.roleId ? -1 : 1));
}
