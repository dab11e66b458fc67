// Every DataLoader, made fresh for each request so no cache outlives it (one user's data never leaks to another).
import type { Database } from '../db/database.js';
import { createCatalogLoaders } from './catalog.js';
import { createRoleLoaders, createTrackLoaders } from './roles.js';
import { createSkillLoaders } from './skills.js';

export function createLoaders(db: Database) {
  return {
    ...createRoleLoaders(db),
    ...createTrackLoaders(db),
    ...createSkillLoaders(db),
    ...createCatalogLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
