// Comparing the graph's counts (countGraph) before and after an import.
import type { GraphCounts } from '../../src/seed/run.js';

/** Counts after minus counts before, leaving out what did not change. */
export function difference(after: GraphCounts, base: GraphCounts): GraphCounts {
  const diff = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(
      [...new Set([...Object.keys(a), ...Object.keys(b)])].map((name) => [name, (a[name] ?? 0) - (b[name] ?? 0)] as const).filter(([, n]) => n !== 0),
    );
  return { nodes: diff(after.nodes, base.nodes), relationships: diff(after.relationships, base.relationships) };
}
