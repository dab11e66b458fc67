// Full-text search over names, titles and aliases. User text never reaches Lucene's query syntax: it is cut into
// words, and each word becomes an escaped prefix term, all of which must match.
import type { Database } from '../db/database.js';
import type { NodeRecord } from './records.js';

export interface SearchHitRecord {
  score: number;
  node: NodeRecord & { __typename: string };
}

export function toLuceneQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((word) => `${word}*`).join(' AND ');
}

export async function searchEverything(db: Database, text: string, first: number): Promise<SearchHitRecord[]> {
  const query = toLuceneQuery(text);
  if (query === null) return [];
  const rows = await db.read('search/full-text', { query, limit: first });
  return rows.map((row) => ({
    score: row.score as number,
    node: { ...(row.item as NodeRecord), __typename: row.kind as string },
  }));
}
