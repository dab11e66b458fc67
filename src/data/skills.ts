// The Skill aggregate: skills by id, pages of skills, and the loaders behind a skill's relationship fields.
import DataLoader from 'dataloader';
import type { Database, Row } from '../db/database.js';
import type { SkillImportance } from '../domain/skill-areas.js';
import {
  mergedProperties,
  projectedByIdLoader,
  projectedRelatedLoader,
  projectionKey,
  readProjectedPage,
  recordOf,
  type PageRequest,
  type Projection,
} from './projection.js';
import type { FactSource } from '../domain/facts.js';
import type { CertificationRecord, CourseRecord, PlatformRecord, RoleRecord, SkillRecord, SkillRequirementRecord } from './records.js';

export function createSkillLoaders(db: Database) {
  return {
    skillById: projectedByIdLoader<SkillRecord>(db, 'skills/by-ids'),
    rolesBySkill: requirersLoader(db, false),
    rolesBySkillWithWholes: requirersLoader(db, true),
    partsBySkill: projectedRelatedLoader<SkillRecord>(db, 'skills/parts'),
    executionProvidersBySkill: projectedRelatedLoader<SkillRecord>(db, 'skills/execution-providers'),
    platformsBySkill: projectedRelatedLoader<PlatformRecord>(db, 'skills/platforms'),
    certificationsBySkill: projectedRelatedLoader<CertificationRecord>(db, 'skills/certifications'),
    coursesBySkill: projectedRelatedLoader<CourseRecord>(db, 'skills/courses'),
  };
}

/**
 * The REQUIRES relationships into each skill, with the requiring role's properties (`props`); with `includeWholes`,
 * then those into the skills it is part of.
 */
function requirersLoader(db: Database, includeWholes: boolean): DataLoader<Projection, SkillRequirementRecord[], string> {
  return new DataLoader<Projection, SkillRequirementRecord[], string>(
    async (keys) => {
      const props = mergedProperties(keys);
      const rows = await db.read('skills/roles', { ids: [...new Set(keys.map((key) => key.id))], props, includeWholes });
      const byKey = new Map<string, SkillRequirementRecord[]>(
        rows.map((row: Row) => {
          const items = (row.items as unknown[][]).map(([importance, importanceScore, level, detail, source, skillId, values]) => {
            const role = recordOf<RoleRecord>(props, values as unknown[]);
            return {
              roleId: role.id,
              skillId: skillId as string,
              role,
              importance: importance as SkillImportance,
              importanceScore: importanceScore as number | null,
              level: level as number | null,
              detail: detail as string | null,
              source: source as FactSource,
            };
          });
          return [row.key as string, items];
        }),
      );
      return keys.map((key) => byKey.get(key.id) ?? []);
    },
    { cacheKeyFn: projectionKey },
  );
}

export function findSkillPage(db: Database, filter: { nameContains?: string | null; category?: string | null }, page: PageRequest) {
  const nameContains = filter.nameContains ?? null;
  if (filter.category == null) return readProjectedPage<SkillRecord>(db, 'skills/page', { nameContains }, page);
  return readProjectedPage<SkillRecord>(db, 'skills/page-in-category', { nameContains, category: filter.category }, page);
}
