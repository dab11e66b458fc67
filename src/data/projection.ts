// Loaders that read only the properties a caller asks for. A key is an id plus a plain list of stored properties;
// the keys of one tick share one statement that reads the union of their lists ($props) and returns each node as
// its values in that order (`[k IN $props | n[k]]`), zipped with the names here.
import DataLoader from 'dataloader';
import type { Database, Row } from '../db/database.js';
import { decodeCursor, encodeCursor, type Page } from './pagination.js';

/** What to load: a node (or the nodes related to it) by id, with these stored properties. */
export interface Projection {
  id: string;
  /** Stored property names; `id` is always read, whether listed or not. */
  props: readonly string[];
}

/** Marks a record built from a projection, so a check can tell a property not read from one that is absent. */
export const PROJECTED = Symbol('projected');

export function isProjectedRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && PROJECTED in value;
}

/**
 * A record from a node's values in the order of `props`, starting at `offset` of `values` (statements that put
 * several things in one flat list): every listed property is present (null when unset).
 */
export function recordOf<T>(props: readonly string[], values: readonly unknown[], offset = 0): T {
  const record: Record<string | symbol, unknown> = { [PROJECTED]: true };
  for (let i = 0; i < props.length; i += 1) record[props[i]] = values[offset + i];
  return record as T;
}

/** The union of the keys' property lists, `id` first. */
export function mergedProperties(keys: readonly { props: readonly string[] }[]): string[] {
  const names = new Set<string>(['id']);
  for (const key of keys) for (const name of key.props) names.add(name);
  return [...names];
}

export const projectionKey = (key: Projection): string => `${key.id}\u0000${key.props.join(',')}`;

/** Loads one node per id. The statement receives $ids and $props and returns rows `{ values }`; missing ids give null. */
export function projectedByIdLoader<T>(db: Database, statement: string): DataLoader<Projection, T | null, string> {
  return new DataLoader<Projection, T | null, string>(
    async (keys) => {
      const props = mergedProperties(keys);
      const rows = await db.read(statement, { ids: [...new Set(keys.map((key) => key.id))], props });
      const byId = new Map<string, T>(rows.map((row: Row) => [(row.values as unknown[])[0] as string, recordOf<T>(props, row.values as unknown[])]));
      return keys.map((key) => byId.get(key.id) ?? null);
    },
    { cacheKeyFn: projectionKey },
  );
}

/**
 * Loads the nodes related to each id. The statement receives $ids and $props and returns rows `{ key, items }`,
 * each item a node's values; keys it does not return get an empty list.
 */
export function projectedRelatedLoader<T>(db: Database, statement: string): DataLoader<Projection, T[], string> {
  return new DataLoader<Projection, T[], string>(
    async (keys) => {
      const props = mergedProperties(keys);
      const rows = await db.read(statement, { ids: [...new Set(keys.map((key) => key.id))], props });
      const byKey = new Map<string, T[]>(
        rows.map((row: Row) => [row.key as string, (row.items as unknown[][]).map((values) => recordOf<T>(props, values))]),
      );
      return keys.map((key) => byKey.get(key.id) ?? []);
    },
    { cacheKeyFn: projectionKey },
  );
}

/** Loads many ids with the same properties and keeps the ones found, in the order asked. */
export async function loadExistingProjected<T>(
  loader: DataLoader<Projection, T | null, string>,
  ids: readonly string[],
  props: readonly string[],
): Promise<T[]> {
  const results = await loader.loadMany(ids.map((id) => ({ id, props })));
  return results.filter((item): item is T => item != null && !(item instanceof Error));
}

/** What a page reads: the nodes' stored properties, how many, after which cursor, and whether to count every match. */
export interface PageRequest {
  props: readonly string[];
  first: number;
  after?: string | null;
  /**
   * Count every node that matches the filter (totalCount). Only when the query selects it: the count reads every
   * match, where the page alone reads one node past its last (about 4 ms of Neo4j CPU for the O*NET roles).
   */
  withCount: boolean;
}

/**
 * Runs a page statement that returns nodes as values: it receives the filter parameters plus $after, $limit, $props
 * and $withCount and returns one row `{ totalCount, items, hasNextPage }` (totalCount null unless $withCount). A page
 * read without the count has a totalCount that throws when read: a selection that asks for it and was not seen
 * fails, instead of answering a wrong number.
 */
export async function readProjectedPage<T extends { id: string }>(
  db: Database,
  statement: string,
  filter: Record<string, unknown>,
  { props, first, after, withCount }: PageRequest,
): Promise<Page<T>> {
  const names = mergedProperties([{ props }]);
  const [row] = await db.read(statement, { ...filter, after: decodeCursor(after), limit: first, props: names, withCount });
  const edges = ((row?.items ?? []) as unknown[][]).map((values) => {
    const node = recordOf<T>(names, values);
    return { node, cursor: encodeCursor(node.id) };
  });
  const pageInfo = { hasNextPage: Boolean(row?.hasNextPage), endCursor: edges.at(-1)?.cursor ?? null };
  if (withCount) return { edges, pageInfo, totalCount: (row?.totalCount as number) ?? 0 };
  return Object.defineProperty({ edges, pageInfo } as Page<T>, 'totalCount', {
    enumerable: false,
    get() {
      throw new Error(`${statement}: totalCount was read from a page fetched without it (withCount false)`);
    },
  });
}
