// The per-request context: a counting view of the database and fresh DataLoaders.
import type { Database } from '../db/database.js';
import { createLoaders, type Loaders } from '../data/loaders.js';

export interface GraphQLContext {
  db: Database;
  loaders: Loaders;
}

export function createRequestContext(database: Database): GraphQLContext {
  const db = database.forRequest();
  return { db, loaders: createLoaders(db) };
}
