// Relay-style pages by keyset on id: a cursor is the last id seen, encoded, so pages stay stable as data grows.
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
