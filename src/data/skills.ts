// The Skill aggregate: skills by id, pages of skills, and the loaders behind a skill's relationship fields.
import type { Database } from '../db/database.js';
import { byIdLoader, relatedLoader } from './batch.js';
import { readPage } from './pagination.js';
import type { NamedRecord, SkillRecord, SkillRequirementRecord } from './records.js';

export function createSkillLoaders(db: Database) {
  return {
    skillById: byIdLoader<SkillRecord>(db, 'skills/by-ids'),
    rolesBySkill: relatedLoader<SkillRequirementRecord>(db, 'skills/roles'),
    partsBySkill: relatedLoader<SkillRecord>(db, 'skills/parts'),
    executionProvidersBySkill: relatedLoader<SkillRecord>(db, 'skills/execution-providers'),
    platformsBySkill: relatedLoader<NamedRecord>(db, 'skills/platforms'),
    certificationsBySkill: relatedLoader<NamedRecord>(db, 'skills/certifications'),
    coursesBySkill: relatedLoader<NamedRecord>(db, 'skills/courses'),
  };
}

export function findSkillPage(
  db: Database,
  filter: { nameContains?: string | null; category?: string | null },
  first: number,
  after?: string | null,
) {
  const params = { nameContains: filter.nameContains ?? null, category: filter.category ?? null };
  return readPage<SkillRecord>(db, 'skills/page', params, first, after);
}
