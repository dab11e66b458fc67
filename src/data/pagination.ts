// Relay-style pages by keyset on id: a cursor is the last id seen, encoded, so pages stay stable as data grows.
import type { Database } from '../db/database.js';
import { BadInputError } from '../domain/errors.js';

export interface Page<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export const encodeCursor = (id: string): string => Buffer.from(`id:${id}`, 'utf8').toString('base64url');

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor == null) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('id:')) throw new BadInputError('after', `is not a cursor this API issued ("${cursor}")`);
  return text.slice(3);
}

/**
 * Runs a page statement: it receives the filter parameters plus $after and $limit and returns one row
 * `{ totalCount, items, hasNextPage }`.
 */
export async function readPage<T extends { id: string }>(
  db: Database,
  statement: string,
  filter: Record<string, unknown>,
  first: number,
  after: string | null | undefined,
): Promise<Page<T>> {
  const [row] = await db.read(statement, { ...filter, after: decodeCursor(after), limit: first });
  const items = (row?.items ?? []) as T[];
  const edges = items.map((node) => ({ node, cursor: encodeCursor(node.id) }));
  return {
    edges,
    pageInfo: { hasNextPage: Boolean(row?.hasNextPage), endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: (row?.totalCount as number) ?? 0,
  };
}
