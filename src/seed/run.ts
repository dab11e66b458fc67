// Loads, validates and writes the curated seed; reports what it wrote and the graph's counts afterwards.
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database.js';
import { loadSeed } from './load.js';
import { writeSeed, type SeedReport } from './write.js';

export const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countGraph(db: Database): Promise<GraphCounts> {
  const counts: GraphCounts = { nodes: {}, relationships: {} };
  for (const row of await db.read('db/count-by-label')) {
    const bucket = row.kind === 'node' ? counts.nodes : counts.relationships;
    bucket[row.name as string] = row.count as number;
  }
  return counts;
}

/** Validates everything before the first write (a bad file writes nothing), then writes in one transaction. */
export async function seedDatabase(db: Database, dir = SEED_DIR): Promise<{ report: SeedReport; counts: GraphCounts }> {
  const seed = await loadSeed(dir);
  const report = await writeSeed(db, seed);
  return { report, counts: await countGraph(db) };
}

export function describeSeed({ report, counts }: { report: SeedReport; counts: GraphCounts }): string {
  const written = Object.entries(report.written)
    .map(([statement, rows]) => `${statement}: ${rows}`)
    .join(', ');
  const format = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ');
  return [
    `Seed written (${written}).`,
    report.keptCurated > 0 ? `Kept ${report.keptCurated} curated facts unchanged (the seed never overwrites a curator).` : '',
    `Graph now: nodes: ${format(counts.nodes)}; relationships: ${format(counts.relationships)}.`,
  ]
    .filter(Boolean)
    .join('\n');
}
