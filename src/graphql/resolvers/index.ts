// The executable schema: SDL from schema/*.graphql joined with the resolvers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resolvers } from '../generated.js';
import { catalogQueries } from './catalog.js';
import { curationMutations } from './curation.js';
import { pathQueries } from './paths.js';
import { typeResolvers } from './types.js';

const SCHEMA_DIR = fileURLToPath(new URL('../../../schema/', import.meta.url));

export function loadTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(SCHEMA_DIR, file), 'utf8'))
    .join('\n');
}

export const resolvers: Resolvers = {
  ...typeResolvers,
  Query: { ...catalogQueries, ...pathQueries },
  Mutation: curationMutations,
};
