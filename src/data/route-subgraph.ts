// The part of the transition graph a route search needs: the roles that lie on some walk from the start to the target
// of at most maxSteps transitions. A role v qualifies when fromStart(v) + toTarget(v) <= maxSteps (fewest steps each
// way), and an edge v -> u when fromStart(v) + 1 + toTarget(u) <= maxSteps. career.routes walks backwards from the
// target up to maxSteps, which on a large graph is nearly every role (20 transitions a role: 20^4 = 160,000); the
// forward walk from the start prunes that walk to the roles that can also be reached in time. The bound computed on
// this subgraph equals the procedure's wherever the search reads it (every walk it bounds stays inside), so the
// routes and their order are the procedure's.
import type { RouteCost, TransitionGraph } from './route-search.js';

/** The relevant subgraph with local role numbers: forward adjacency (CSR) with one cheapest edge per role pair. */
export interface Subgraph {
  ids: string[];
  idRank: Int32Array;
  source: number;
  target: number;
  outStart: Int32Array;
  outTo: Int32Array;
  outCost: Float64Array;
}

export interface SubgraphQuery {
  source: number;
  target: number;
  maxSteps: number;
  kind: RouteCost;
  /** Role numbers no route may pass through. */
  avoided: Uint8Array;
  /** Area numbers the person has: never counted as to learn. */
  known: Set<number>;
  /** Cost of one transition with these typical months, in the search's units. */
  monthsCost: (months: number | null) => number;
  checkDeadline: () => void;
}

const UNSEEN = -1;

/**
 * Fewest steps from `start` to each role, up to `depth`, forwards (transitions) or backwards (into the start), through
 * the roles `allowed` says yes to. `stop` is reached but never walked on from: the target going forwards, the start
 * going backwards (a route never leaves its target nor re-enters its start).
 */
function walk(graph: TransitionGraph, q: SubgraphQuery, forwards: boolean, depth: number, allowed: (role: number) => boolean): Int8Array {
  const [start, stop] = forwards ? [q.source, q.target] : [q.target, q.source];
  const steps = new Int8Array(graph.ids.length).fill(UNSEEN);
  steps[start] = 0;
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d += 1) {
    q.checkDeadline();
    const next: number[] = [];
    const visit = (role: number) => {
      if (steps[role] !== UNSEEN || !allowed(role)) return;
      steps[role] = d;
      next.push(role);
    };
    for (const role of frontier) {
      if (role === stop) continue;
      if (forwards) for (let e = graph.outStart[role]; e < graph.outStart[role + 1]; e += 1) visit(graph.outHead[e]);
      else for (const tail of graph.incomingTails[role]) visit(tail);
    }
    frontier = next;
  }
  return steps;
}

/**
 * Fewest steps from the start and to the target of every role with fromStart + toTarget <= maxSteps. Such a role is
 * within a steps of the start or b of the target (a + b = maxSteps - 1; otherwise the two add up to more), so two
 * small walks give a superset, and walks inside that superset give the exact counts: every shortest walk between
 * such roles stays inside. On a graph of 100,000 roles this reads thousands of transitions instead of millions.
 */
function stepCounts(graph: TransitionGraph, q: SubgraphQuery): { fromStart: Int8Array; toTarget: Int8Array } {
  const open = (role: number) => q.avoided[role] === 0;
  const a = Math.ceil((q.maxSteps - 1) / 2);
  const nearStart = walk(graph, q, true, a, open);
  const nearTarget = walk(graph, q, false, q.maxSteps - 1 - a, open);
  const candidate = (role: number) => nearStart[role] !== UNSEEN || nearTarget[role] !== UNSEEN;
  const fromStart = walk(graph, q, true, q.maxSteps, candidate);
  const toTarget = walk(graph, q, false, q.maxSteps, candidate);
  for (let role = 0; role < toTarget.length; role += 1) {
    if (toTarget[role] !== UNSEEN && (fromStart[role] === UNSEEN || fromStart[role] + toTarget[role] > q.maxSteps)) toTarget[role] = UNSEEN;
  }
  return { fromStart, toTarget };
}

/** The relevant subgraph, or null when the start cannot reach the target within maxSteps. */
export function relevantSubgraph(graph: TransitionGraph, q: SubgraphQuery): Subgraph | null {
  const { fromStart, toTarget } = stepCounts(graph, q);
  if (toTarget[q.source] === UNSEEN) return null;
  const roles: number[] = [];
  const localOf = new Int32Array(graph.ids.length).fill(UNSEEN);
  for (let role = 0; role < toTarget.length; role += 1) {
    if (toTarget[role] === UNSEEN) continue;
    localOf[role] = roles.length;
    roles.push(role);
  }
  const headMark = new Int32Array(q.kind === 'SKILLS_TO_LEARN' ? graph.areaNumberOf.size : 0);
  const areasToLearn = (tail: number, head: number): number => {
    let wanted = 0;
    for (const area of graph.requiredAreas[head]) if (!q.known.has(area)) wanted += 1;
    let shared = 0;
    for (const area of graph.requiredAreas[tail]) if (headMark[area] === head + 1 && !q.known.has(area)) shared += 1;
    return wanted - shared;
  };

  // Edges grouped by tail: first count them per (tail, head) pair, keeping the cheapest of parallel transitions.
  const edgeTail: number[] = [];
  const edgeHead: number[] = [];
  const edgeCost: number[] = [];
  const edgeOfTail = new Int32Array(roles.length).fill(UNSEEN);
  for (const head of roles) {
    if (head === q.source) continue;
    q.checkDeadline();
    if (q.kind === 'SKILLS_TO_LEARN') for (const area of graph.requiredAreas[head]) headMark[area] = head + 1;
    const tails = graph.incomingTails[head];
    const months = graph.incomingMonths[head];
    const budget = q.maxSteps - toTarget[head] - 1;
    for (let i = 0; i < tails.length; i += 1) {
      const tail = tails[i];
      if (tail === head || tail === q.target || toTarget[tail] === UNSEEN || fromStart[tail] > budget) continue;
      const cost = q.kind === 'STEPS' ? 1 : q.kind === 'MONTHS' ? q.monthsCost(months[i]) : areasToLearn(tail, head);
      const local = localOf[tail];
      const known = edgeOfTail[local];
      if (known !== UNSEEN && edgeHead[known] === localOf[head]) {
        if (cost < edgeCost[known]) edgeCost[known] = cost; // parallel transitions: keep the cheapest
        continue;
      }
      edgeOfTail[local] = edgeTail.length;
      edgeTail.push(local);
      edgeHead.push(localOf[head]);
      edgeCost.push(cost);
    }
  }

  const n = roles.length;
  const outStart = new Int32Array(n + 1);
  for (const tail of edgeTail) outStart[tail + 1] += 1;
  for (let v = 0; v < n; v += 1) outStart[v + 1] += outStart[v];
  const fill = outStart.slice(0, n);
  const outTo = new Int32Array(edgeTail.length);
  const outCost = new Float64Array(edgeTail.length);
  for (let e = 0; e < edgeTail.length; e += 1) {
    const slot = fill[edgeTail[e]]++;
    outTo[slot] = edgeHead[e];
    outCost[slot] = edgeCost[e];
  }
  return {
    ids: roles.map((role) => graph.ids[role]),
    // The global id order restricted to the subgraph is the subgraph's own id order.
    idRank: Int32Array.from(roles, (role) => graph.idRank[role]),
    source: localOf[q.source],
    target: localOf[q.target],
    outStart,
    outTo,
    outCost,
  };
}
