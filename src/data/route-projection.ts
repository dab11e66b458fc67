// The read-only transition graph the in-API route search runs on: built from the rows of
// cypher/graph/transition-projection, numbered densely, and kept until the graph version changes.
import type { TransitionGraph } from './route-search.js';

export interface ProjectionRow {
  id: string;
  /** [target role id, typical months or null] per outgoing transition (parallel transitions included). */
  transitions: [string, number | null][];
  /** Areas of the role's REQUIRED skills, possibly repeated. */
  areas: string[];
}

/** Numbers roles and areas, turns outgoing transitions into incoming lists, and sorts and dedupes each role's areas. */
export function buildTransitionGraph(rows: readonly ProjectionRow[]): TransitionGraph {
  const ids: string[] = [];
  const numberOf = new Map<string, number>();
  const roleNumber = (id: string): number => {
    let n = numberOf.get(id);
    if (n === undefined) {
      n = ids.length;
      numberOf.set(id, n);
      ids.push(id);
    }
    return n;
  };
  for (const row of rows) roleNumber(row.id);

  const tails: number[][] = ids.map(() => []);
  const months: (number | null)[][] = ids.map(() => []);
  const areasByRole: string[][] = ids.map(() => []);
  for (const row of rows) {
    const tail = numberOf.get(row.id)!;
    areasByRole[tail] = row.areas;
    for (const [toId, typical] of row.transitions) {
      const head = roleNumber(toId);
      if (head >= tails.length) {
        // A target without a row of its own (only when the graph changed between the statement's reads).
        tails.push([]);
        months.push([]);
        areasByRole.push([]);
      }
      tails[head].push(tail);
      months[head].push(typical ?? null);
    }
  }

  const areaNumberOf = new Map<string, number>();
  const requiredAreas = areasByRole.map((areas) => {
    const numbers = new Set<number>();
    for (const area of areas) {
      let n = areaNumberOf.get(area);
      if (n === undefined) {
        n = areaNumberOf.size;
        areaNumberOf.set(area, n);
      }
      numbers.add(n);
    }
    return Int32Array.from([...numbers].sort((a, b) => a - b));
  });

  // Sorted by UTF-16 code units, as Java's String.compareTo, so ties break as in career.routes.
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b));
  const idRank = new Int32Array(ids.length);
  order.forEach((role, rank) => {
    idRank[role] = rank;
  });

  // Outgoing transitions as CSR (the forward walk of route-subgraph.ts), from the incoming lists.
  const outStart = new Int32Array(ids.length + 1);
  for (const list of tails) for (const tail of list) outStart[tail + 1] += 1;
  for (let role = 0; role < ids.length; role += 1) outStart[role + 1] += outStart[role];
  const fill = outStart.slice(0, ids.length);
  const outHead = new Int32Array(outStart[ids.length]);
  tails.forEach((list, head) => {
    for (const tail of list) outHead[fill[tail]++] = head;
  });

  return {
    ids,
    numberOf,
    idRank,
    outStart,
    outHead,
    incomingTails: tails.map((list) => Int32Array.from(list)),
    incomingMonths: months,
    requiredAreas,
    areaNumberOf,
  };
}
