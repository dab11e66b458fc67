// Companies, certifications, courses and platforms: small aggregates that share the same shapes of access.
import type { Database } from '../db/database.js';
import { byIdLoader, relatedLoader } from './batch.js';
import { readPage } from './pagination.js';
import type { NamedRecord, RoleRecord, SkillRecord } from './records.js';

export function createCatalogLoaders(db: Database) {
  return {
    companyById: byIdLoader<NamedRecord>(db, 'companies/by-ids'),
    rolesByCompany: relatedLoader<RoleRecord>(db, 'companies/roles'),
    certificationsByCompany: relatedLoader<NamedRecord>(db, 'companies/certifications'),
    platformsByCompany: relatedLoader<NamedRecord>(db, 'companies/platforms'),

    certificationById: byIdLoader<NamedRecord>(db, 'certifications/by-ids'),
    issuerByCertification: relatedLoader<NamedRecord>(db, 'certifications/issuer'),
    skillsByCertification: relatedLoader<SkillRecord>(db, 'certifications/skills'),
    rolesByCertification: relatedLoader<RoleRecord>(db, 'certifications/roles'),

    courseById: byIdLoader<NamedRecord>(db, 'courses/by-ids'),
    skillsByCourse: relatedLoader<SkillRecord>(db, 'courses/teaches'),
    rolesByCourse: relatedLoader<RoleRecord>(db, 'courses/recommended-for'),

    platformById: byIdLoader<NamedRecord>(db, 'platforms/by-ids'),
    vendorByPlatform: relatedLoader<NamedRecord>(db, 'platforms/vendor'),
    rolesByPlatform: relatedLoader<RoleRecord>(db, 'platforms/roles'),
    skillsByPlatform: relatedLoader<SkillRecord>(db, 'platforms/skills'),
  };
}

export type CatalogKind = 'companies' | 'certifications' | 'courses' | 'platforms';

export function findCatalogPage(
  db: Database,
  kind: CatalogKind,
  filter: { nameContains?: string | null } | null | undefined,
  first: number,
  after?: string | null,
) {
  return readPage<NamedRecord>(db, `${kind}/page`, { nameContains: filter?.nameContains ?? null }, first, after);
}

export async function listSources(db: Database): Promise<NamedRecord[]> {
  return (await db.read('sources/all')).map((row) => row.item as NamedRecord);
}
