// The k cheapest loopless routes over an in-memory transition graph: a line-by-line port of the career.routes
// procedure (neo4j-runner/src/main/java/careergraph/CareerRoutes.java), so that a Neo4j without the plugin gives
// the same answers. Same subgraph walk, same costs, same bound, same order of equal-cost routes.
import { UNKNOWN_TRANSITION_MONTHS } from '../domain/months.js';

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
  const subgraph = new SubgraphLoader(graph, query.optimize, avoid, knownAreas(graph, query.knownSkills), source, target, stepLimit, deadline).load();
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

// ------------------------------------------------------------------------------------------- subgraph

/** The relevant subgraph with local role numbers: forward adjacency (CSR) with one cheapest edge per role pair. */
interface Subgraph {
  ids: string[];
  idRank: Int32Array;
  source: number;
  target: number;
  outStart: Int32Array;
  outTo: Int32Array;
  outCost: Float64Array;
}

/**
 * Walks transitions backwards from the target, level by level, up to the hop limit. Only roles found this way can lie
 * on a route. Avoided roles are left out entirely.
 */
class SubgraphLoader {
  private readonly localOf: Int32Array;
  private readonly roles: number[] = []; // local number -> role number
  private edgeFrom: number[] = [];
  private edgeTo: number[] = [];
  private edgeCost: number[] = [];
  private edgeOfTail: number[] = [];
  private headOfTail: number[] = [];
  private readonly headMark: Int32Array; // headMark[area] === head + 1 while the head's areas are marked

  constructor(
    private readonly graph: TransitionGraph,
    private readonly kind: RouteCost,
    private readonly avoid: Set<string>,
    private readonly known: Set<number>,
    private readonly from: number,
    private readonly to: number,
    private readonly maxSteps: number,
    private readonly deadline: number,
  ) {
    this.localOf = new Int32Array(graph.ids.length).fill(-1);
    this.headMark = new Int32Array(kind === 'SKILLS_TO_LEARN' ? graph.areaNumberOf.size : 0);
  }

  /** Returns null when the source cannot reach the target within the hop limit. */
  load(): Subgraph | null {
    const target = this.add(this.to);
    let frontier = [target];
    for (let hops = 1; hops <= this.maxSteps && frontier.length > 0; hops += 1) {
      const next: number[] = [];
      for (const head of frontier) {
        checkDeadline(this.deadline);
        this.addIncomingEdges(head, hops, next);
      }
      frontier = next;
    }
    const source = this.localOf[this.from];
    return source === -1 ? null : this.build(source, target);
  }

  /** Records the cheapest edge from each predecessor of head; newly seen predecessors join the next level. */
  private addIncomingEdges(head: number, hops: number, next: number[]): void {
    const headRole = this.roles[head];
    if (headRole === this.from) return; // a route never re-enters its start, so edges into it are useless
    if (this.kind === 'SKILLS_TO_LEARN') this.markAreas(head);
    const tails = this.graph.incomingTails[headRole];
    const months = this.graph.incomingMonths[headRole];
    for (let i = 0; i < tails.length; i += 1) {
      const tailRole = tails[i];
      // Only the start may sit exactly maxSteps hops out; a route never leaves its target.
      if ((hops === this.maxSteps && tailRole !== this.from) || tailRole === this.to) continue;
      let tail = this.localOf[tailRole];
      if (tail === -1) {
        if (this.avoid.has(this.graph.ids[tailRole])) continue;
        tail = this.add(tailRole);
        next.push(tail);
      }
      if (tail === head) continue; // self-loop
      const cost = this.transitionCost(months[i], tailRole, head);
      if (this.headOfTail[tail] !== head) {
        this.headOfTail[tail] = head;
        this.edgeOfTail[tail] = this.addEdge(tail, head, cost);
      } else if (cost < this.edgeCost[this.edgeOfTail[tail]]) {
        this.edgeCost[this.edgeOfTail[tail]] = cost; // parallel transitions: keep the cheapest
      }
    }
  }

  private transitionCost(months: number | null, tailRole: number, head: number): number {
    if (this.kind === 'STEPS') return 1;
    if (this.kind === 'MONTHS') return monthsCost(months);
    return this.areasToLearn(tailRole, head);
  }

  /** Marks the head's areas, so each incoming transition costs one pass over its tail's areas. */
  private markAreas(head: number): void {
    for (const area of this.graph.requiredAreas[this.roles[head]]) this.headMark[area] = head + 1;
  }

  /** Areas the (marked) head requires that the tail does not, leaving out the areas the person has. */
  private areasToLearn(tailRole: number, head: number): number {
    const headAreas = this.graph.requiredAreas[this.roles[head]];
    let wanted = 0;
    for (const area of headAreas) if (!this.known.has(area)) wanted += 1;
    let shared = 0;
    for (const area of this.graph.requiredAreas[tailRole]) {
      if (this.headMark[area] === head + 1 && !this.known.has(area)) shared += 1;
    }
    return wanted - shared;
  }

  private add(role: number): number {
    const local = this.roles.length;
    this.localOf[role] = local;
    this.roles.push(role);
    this.headOfTail.push(-1);
    this.edgeOfTail.push(-1);
    return local;
  }

  private addEdge(tail: number, head: number, cost: number): number {
    this.edgeFrom.push(tail);
    this.edgeTo.push(head);
    this.edgeCost.push(cost);
    return this.edgeCost.length - 1;
  }

  private build(source: number, target: number): Subgraph {
    const n = this.roles.length;
    const edgeCount = this.edgeFrom.length;
    const outStart = new Int32Array(n + 1);
    for (let e = 0; e < edgeCount; e += 1) outStart[this.edgeFrom[e] + 1] += 1;
    for (let v = 0; v < n; v += 1) outStart[v + 1] += outStart[v];
    const fill = outStart.slice(0, n);
    const outTo = new Int32Array(edgeCount);
    const outCost = new Float64Array(edgeCount);
    for (let e = 0; e < edgeCount; e += 1) {
      const slot = fill[this.edgeFrom[e]]++;
      outTo[slot] = this.edgeTo[e];
      outCost[slot] = this.edgeCost[e];
    }
    const ids = this.roles.map((role) => this.graph.ids[role]);
    // The global id order restricted to the subgraph is the subgraph's own id order.
    const idRank = Int32Array.from(this.roles, (role) => this.graph.idRank[role]);
    return { ids, idRank, source, target, outStart, outTo, outCost };
  }
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

/** A minimal binary min-heap under a comparator. */
class BinaryHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    let i = items.length;
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(item, items[parent]) >= 0) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = item;
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    const n = items.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && this.compare(items[right], items[left]) < 0 ? right : left;
      if (this.compare(items[child], last) >= 0) break;
      items[i] = items[child];
      i = child;
    }
    items[i] = last;
    return top;
  }
}
