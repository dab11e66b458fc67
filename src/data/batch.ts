// Batch functions for DataLoader: one Cypher statement per batch (UNWIND $ids), results in the order of the keys.
import DataLoader from 'dataloader';
import type { Database, Row } from '../db/database.js';

/**
 * Loads a list of related items per key. The statement receives $ids and returns rows `{ key, items }`;
 * keys it does not return get an empty list.
 */
export function relatedLoader<T>(db: Database, statement: string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await db.read(statement, { ids: [...keys] });
    const byKey = new Map<string, T[]>(rows.map((row: Row) => [row.key as string, row.items as T[]]));
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/** Loads one node per id. The statement receives $ids and returns rows `{ item }`; missing ids give null. */
export function byIdLoader<T extends { id: string }>(db: Database, statement: string): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.read(statement, { ids: [...ids] });
    const byId = new Map<string, T>(rows.map((row: Row) => [(row.item as T).id, row.item as T]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads many ids and keeps the ones found, in the order asked. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const results = await loader.loadMany(ids);
  return results.filter((item): item is T => item != null && !(item instanceof Error));
}
