// The k cheapest loopless routes over an in-memory transition graph: a port of the career.routes procedure
// (neo4j-runner/src/main/java/careergraph/: CareerRoutes, GraphLoader, RouteSearch), so that a Neo4j without the plugin gives the same
// answers: same costs, same bound, same order of equal-cost routes. The subgraph it bounds is smaller than the
// procedure's (route-subgraph.ts: pruned from both ends), which changes the work, not the routes.
import { UNKNOWN_TRANSITION_MONTHS } from '../domain/months.js';
import { BinaryHeap } from './route-queue.js';
import { relevantSubgraph, type Subgraph } from './route-subgraph.js';

export type RouteCost = 'STEPS' | 'MONTHS' | 'SKILLS_TO_LEARN';

/**
 * Months are summed as whole micro-months (exact in a double up to 2^53), so routes whose month totals are equal in
 * decimal also compare equal and ties fall to the tie-breaks, not to rounding noise.
 */
const MICROS_PER_MONTH = 1_000_000;

/** Upper bound on partial routes created per search, as in the procedure. */
export const MAX_PARTIAL_ROUTES = 2_000_000;

const UNREACHABLE = Number.POSITIVE_INFINITY;

/** The whole transition graph, read once per graph version (route-projection.ts builds it). */
export interface TransitionGraph {
  /** Role ids by role number. */
  ids: string[];
  numberOf: Map<string, number>;
  /** Position of each role's id in sorted id order, for cheap lexicographic tie-breaks. */
  idRank: Int32Array;
  /** Outgoing transitions as CSR: role r's heads are outHead[outStart[r]] to outHead[outStart[r + 1] - 1]. */
  outStart: Int32Array;
  outHead: Int32Array;
  /** Per role: the roles with a transition into it and that transition's typical months (null when unknown). */
  incomingTails: Int32Array[];
  incomingMonths: (number | null)[][];
  /** Per role: sorted, distinct numbers of its REQUIRED skill areas (`coalesce(s.areaId, s.id)`). */
  requiredAreas: Int32Array[];
  areaNumberOf: Map<string, number>;
}

export interface RouteSearchQuery {
  from: string;
  to: string;
  optimize: RouteCost;
  first: number;
  maxSteps: number;
  avoid: readonly string[];
  /** Skill area ids the person already has: never counted as to learn. */
  knownSkills: readonly string[];
}

export interface FoundRoute {
  rank: number;
  roleIds: string[];
  cost: number;
}

export class RouteSearchTimeout extends Error {
  constructor() {
    super('The route search took longer than the configured timeout and was stopped.');
    this.name = 'RouteSearchTimeout';
  }
}

/** Throws RouteSearchTimeout once `deadline` (a Date.now() value) has passed; the procedure's termination guard. */
function checkDeadline(deadline: number): void {
  if (Date.now() > deadline) throw new RouteSearchTimeout();
}

/** The k cheapest loopless routes with 1..maxSteps transitions, cheapest first (career.routes' contract). */
export function searchRoutes(graph: TransitionGraph, query: RouteSearchQuery, deadline = Number.POSITIVE_INFINITY): FoundRoute[] {
  const { from, to, first, maxSteps } = query;
  if (from === to || first < 1 || maxSteps < 1) return [];
  const avoid = new Set(query.avoid);
  if (avoid.has(from) || avoid.has(to)) return [];
  const source = graph.numberOf.get(from);
  const target = graph.numberOf.get(to);
  // A role without transitions is not in the projection; no route can start or end there.
  if (source === undefined || target === undefined) return [];
  let stepLimit = maxSteps;
  const avoided = new Uint8Array(graph.ids.length);
  for (const id of avoid) {
    const role = graph.numberOf.get(id);
    if (role !== undefined) avoided[role] = 1;
  }
  const subgraph = relevantSubgraph(graph, {
    source,
    target,
    maxSteps: stepLimit,
    kind: query.optimize,
    avoided,
    known: knownAreas(graph, query.knownSkills),
    monthsCost,
    checkDeadline: () => checkDeadline(deadline),
  });
  if (subgraph === null) return [];
  // A simple path has fewer steps than there are roles.
  stepLimit = Math.min(stepLimit, subgraph.ids.length - 1);
  const unitsPerCost = query.optimize === 'MONTHS' ? MICROS_PER_MONTH : 1;
  return runSearch(subgraph, stepLimit, first, unitsPerCost, deadline);
}

function knownAreas(graph: TransitionGraph, known: readonly string[]): Set<number> {
  const areas = new Set<number>();
  for (const id of known) {
    const area = graph.areaNumberOf.get(id);
    if (area !== undefined) areas.add(area);
  }
  return areas;
}

/** Cost in the search's units of one transition with these typical months (micro-months). */
export function monthsCost(months: number | null): number {
  if (months === null) return UNKNOWN_TRANSITION_MONTHS * MICROS_PER_MONTH;
  // The search relies on nonnegative costs; NaN fails this test too.
  if (!(months >= 0)) throw new Error(`career route search: TRANSITIONS_TO has invalid monthsTypical ${months}`);
  return Math.round(months * MICROS_PER_MONTH);
}

// --------------------------------------------------------------------------------------------- search

/** A partial route: the roles so far, its cost g, and f = g + exact cheapest completion ignoring revisits. */
interface Partial {
  roles: Int32Array;
  g: number;
  f: number;
}

const stepsOf = (p: Partial) => p.roles.length - 1;

function visits(p: Partial, role: number): boolean {
  for (const r of p.roles) if (r === role) return true;
  return false;
}

function extend(p: Partial, role: number, cost: number, remaining: number): Partial {
  const roles = new Int32Array(p.roles.length + 1);
  roles.set(p.roles);
  roles[p.roles.length] = role;
  return { roles, g: p.g + cost, f: p.g + cost + remaining };
}

/**
 * Best-first search over partial simple paths with the exact cheapest completion (revisits allowed) as the bound: it
 * never overestimates and never decreases along a path, so complete routes leave the queue in non-decreasing cost
 * and the first k popped are exactly the k best.
 */
function runSearch(graph: Subgraph, maxSteps: number, k: number, unitsPerCost: number, deadline: number): FoundRoute[] {
  const toGo = cheapestCompletions(graph, maxSteps, deadline);
  const byIds = (a: Partial, b: Partial): number => {
    const length = Math.min(a.roles.length, b.roles.length);
    for (let i = 0; i < length; i += 1) {
      const c = graph.idRank[a.roles[i]] - graph.idRank[b.roles[i]];
      if (c !== 0) return c;
    }
    return a.roles.length - b.roles.length;
  };
  // Order (f, steps, role ids): with a consistent bound, equal-cost routes then come out with fewer steps first and
  // lexicographically smaller role ids next, so results are stable across calls.
  const queue = new BinaryHeap<Partial>((a, b) => (a.f < b.f ? -1 : a.f > b.f ? 1 : stepsOf(a) - stepsOf(b) || byIds(a, b)));
  const rows: FoundRoute[] = [];
  const startBound = toGo[maxSteps][graph.source];
  if (startBound === UNREACHABLE) return rows;
  queue.push({ roles: Int32Array.of(graph.source), g: 0, f: startBound });
  let created = 1;
  let pops = 0;
  while (queue.size > 0 && rows.length < k) {
    if ((++pops & 1023) === 0) checkDeadline(deadline);
    const p = queue.pop()!;
    const v = p.roles[p.roles.length - 1];
    if (v === graph.target) {
      rows.push({ rank: rows.length + 1, roleIds: Array.from(p.roles, (r) => graph.ids[r]), cost: p.g / unitsPerCost });
      continue;
    }
    const completion = toGo[maxSteps - stepsOf(p) - 1]; // steps left after taking one more transition
    for (let e = graph.outStart[v]; e < graph.outStart[v + 1]; e += 1) {
      const u = graph.outTo[e];
      if (completion[u] === UNREACHABLE || visits(p, u)) continue; // cannot reach the target in time, or would loop
      if (++created > MAX_PARTIAL_ROUTES) {
        throw new Error(`career route search: exceeded ${MAX_PARTIAL_ROUTES} partial routes; lower maxSteps or first`);
      }
      queue.push(extend(p, u, graph.outCost[e], completion[u]));
    }
  }
  return rows;
}

/**
 * toGo[r][v] = cheapest cost from v to the target using at most r transitions, revisits allowed (Bellman-Ford by
 * number of steps). It bounds every simple completion from below, and prunes roles that cannot reach the target in
 * the steps left.
 */
function cheapestCompletions(graph: Subgraph, maxSteps: number, deadline: number): Float64Array[] {
  const n = graph.ids.length;
  const toGo = [new Float64Array(n).fill(UNREACHABLE)];
  toGo[0][graph.target] = 0;
  for (let r = 1; r <= maxSteps; r += 1) {
    checkDeadline(deadline);
    const prev = toGo[r - 1];
    const cur = new Float64Array(n);
    for (let v = 0; v < n; v += 1) {
      let best = prev[v];
      for (let e = graph.outStart[v]; e < graph.outStart[v + 1]; e += 1) {
        const viaEdge = graph.outCost[e] + prev[graph.outTo[e]];
        if (viaEdge < best) best = viaEdge;
      }
      cur[v] = best;
    }
    toGo.push(cur);
  }
  return toGo;
}
