// Writes mapped O*NET rows in batches: one UNWIND statement per batch of a few thousand rows, each batch in its own
// write transaction. Every row is MERGEd by id and stamped, so re-running is idempotent and a run that stops
// half-way is completed by the next one.
import type { Database } from '../../db/database.js';
import type { LinkRow, NodeRow } from '../../db/write-rows.js';

/** Marks what the import owns: the release it came from and the run that last wrote it. */
export interface ImportStamp {
  importedFrom: string;
  importedAt: string;
}

export interface Progress {
  phase: string;
  done: number;
  total: number;
}

export interface BatchResult {
  written: number;
  /** Rows whose node or relationship belongs to someone else (seed, curator) and was left as it is. */
  keptOthers: number;
  /** Link rows whose end nodes were not found. */
  notFound: number;
}

export const DEFAULT_BATCH_SIZE = 2500;
const DELETE_BATCH = 10_000;

export async function writeInBatches(
  db: Database,
  statement: string,
  phase: string,
  rows: readonly (NodeRow | LinkRow)[],
  stamp: ImportStamp,
  batchSize: number,
  onProgress: (progress: Progress) => void,
): Promise<BatchResult> {
  const result: BatchResult = { written: 0, keptOthers: 0, notFound: 0 };
  onProgress({ phase, done: 0, total: rows.length });
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const [row] = await db.write((tx) => tx.run(statement, { rows: batch, stamp }));
    result.written += (row?.written as number | null) ?? 0;
    result.keptOthers += (row?.keptOthers as number | null) ?? 0;
    if (row && 'matched' in row) result.notFound += batch.length - ((row.matched as number | null) ?? 0);
    onProgress({ phase, done: Math.min(rows.length, start + batch.length), total: rows.length });
  }
  return result;
}

/** Runs a `... WITH x LIMIT $limit DELETE x RETURN count(*) AS deleted` statement until nothing is left; returns the total. */
export async function deleteInBatches(db: Database, statement: string, params: Record<string, unknown> = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.write((tx) => tx.run(statement, { ...params, limit: DELETE_BATCH }));
    const deleted = (row?.deleted as number | undefined) ?? 0;
    total += deleted;
    if (deleted < DELETE_BATCH) return total;
  }
}
