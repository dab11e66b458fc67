// Fuzz inputs for the HTTP API, all drawn from one seeded RNG so a failing run can be replayed: random operations
// built from the SDL (right and wrong argument values), and hostile requests (bad JSON, wrong content types,
// oversized bodies and documents, deep nesting, alias and fragment bombs, unicode, GET with and without CSRF headers).
import { seededRandom } from '../../src/seeded-random.js';
import type { FuzzContext, FuzzGenerators } from './fuzz/context.js';
import { documentAttacks } from './fuzz/document-attacks.js';
import { httpRequests } from './fuzz/http-requests.js';
import { Random } from './fuzz/random.js';
import { post, type FuzzRequest } from './fuzz/requests.js';
import { loadSchema, OperationGenerator } from './fuzz/schema-operations.js';
import { loadSeedIds, ValuePools } from './fuzz/value-pools.js';

/** Every generator of the fuzz, by name, with the share of requests it makes. */
const WEIGHTS: [number, string][] = [
  [30, 'schema-operation'],
  [6, 'get'],
  [4, 'malformed-json'],
  [4, 'content-type'],
  [4, 'body-shape'],
  [3, 'batched'],
  [4, 'huge-string'],
  [4, 'deep-nesting'],
  [4, 'alias-bomb'],
  [4, 'fragment-cycle'],
  [5, 'wrong-variables'],
  [5, 'unknown-ids'],
  [5, 'unicode'],
  [3, 'oversized-document'],
  [4, 'suggestion-bait'],
  [2, 'curation'],
  [2, 'http-method'],
  [1, 'path'],
  [1, 'huge-url'],
];

/** The fuzz of one seed: `next()` draws a generator by weight and makes its request. */
export function createFuzzer(seed: number): { next(): FuzzRequest; random: Random } {
  const random = new Random(seededRandom(seed));
  const pools = new ValuePools(random, loadSeedIds());
  const operations = new OperationGenerator(loadSchema(), random, pools);
  const role = () => random.pick(pools.roleIds);
  const schemaPayload = () => {
    const { query, variables } = operations.operation();
    return Object.keys(variables).length || random.chance(0.3) ? { query, variables } : { query };
  };
  const context: FuzzContext = { random, pools, operations, role, schemaPayload };
  const generators: FuzzGenerators = {
    'schema-operation': () => post('schema-operation', schemaPayload()),
    ...httpRequests(context),
    ...documentAttacks(context),
  };
  const entries = WEIGHTS.map(([weight, name]) => {
    if (generators[name] === undefined) throw new Error(`No fuzz generator named "${name}"`);
    return [weight, generators[name]] as const;
  });
  return { next: () => random.weighted(entries)(), random };
}
