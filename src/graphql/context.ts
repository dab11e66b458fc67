// The per-request context: a counting view of the database, fresh DataLoaders, and what a mutation needs to
// check who is writing.
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { createLoaders, type Loaders } from '../data/loaders.js';
import type { CacheScopeHint } from './cache-policy.js';

export interface GraphQLContext {
  db: Database;
  loaders: Loaders;
  /** The raw Authorization header; only mutations look at it. */
  authorization?: string;
  jwt: Config['jwt'];
  /** Set by resolvers whose answer depends on the person asking (their own skills): the answer is cached privately. */
  cacheScope: CacheScopeHint;
}

export function createRequestContext(database: Database, jwt: Config['jwt'] = {}, authorization?: string): GraphQLContext {
  const db = database.forRequest();
  return { db, loaders: createLoaders(db), authorization, jwt, cacheScope: { isPrivate: false } };
}
