// What the fuzz's request generators share.
import type { Random } from './random.js';
import type { FuzzRequest } from './requests.js';
import type { OperationGenerator } from './schema-operations.js';
import type { ValuePools } from './value-pools.js';

/** What the generators draw from: one seeded Random for all of them. */
export interface FuzzContext {
  random: Random;
  pools: ValuePools;
  operations: OperationGenerator;
  /** A role id of the seed. */
  role: () => string;
  /** A random schema operation as a request body, with its variables when it has some (and now and then when not). */
  schemaPayload: () => { query: string; variables?: Record<string, unknown> };
}

/** Request generators by name. */
export type FuzzGenerators = Record<string, () => FuzzRequest>;
