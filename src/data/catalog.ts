// Companies, certifications, courses and platforms: small aggregates that share the same shapes of access.
import type { Database } from '../db/database.js';
import { projectedByIdLoader, projectedRelatedLoader, readProjectedPage, type PageRequest } from './projection.js';
import type { CertificationRecord, CompanyRecord, CourseRecord, PlatformRecord, RoleRecord, SkillRecord, SourceRecord } from './records.js';

export function createCatalogLoaders(db: Database) {
  return {
    companyById: projectedByIdLoader<CompanyRecord>(db, 'companies/by-ids'),
    rolesByCompany: projectedRelatedLoader<RoleRecord>(db, 'companies/roles'),
    certificationsByCompany: projectedRelatedLoader<CertificationRecord>(db, 'companies/certifications'),
    platformsByCompany: projectedRelatedLoader<PlatformRecord>(db, 'companies/platforms'),

    certificationById: projectedByIdLoader<CertificationRecord>(db, 'certifications/by-ids'),
    issuerByCertification: projectedRelatedLoader<CompanyRecord>(db, 'certifications/issuer'),
    skillsByCertification: projectedRelatedLoader<SkillRecord>(db, 'certifications/skills'),
    rolesByCertification: projectedRelatedLoader<RoleRecord>(db, 'certifications/roles'),

    courseById: projectedByIdLoader<CourseRecord>(db, 'courses/by-ids'),
    skillsByCourse: projectedRelatedLoader<SkillRecord>(db, 'courses/teaches'),
    rolesByCourse: projectedRelatedLoader<RoleRecord>(db, 'courses/recommended-for'),

    platformById: projectedByIdLoader<PlatformRecord>(db, 'platforms/by-ids'),
    vendorByPlatform: projectedRelatedLoader<CompanyRecord>(db, 'platforms/vendor'),
    rolesByPlatform: projectedRelatedLoader<RoleRecord>(db, 'platforms/roles'),
    skillsByPlatform: projectedRelatedLoader<SkillRecord>(db, 'platforms/skills'),
  };
}

interface CatalogRecords {
  companies: CompanyRecord;
  certifications: CertificationRecord;
  courses: CourseRecord;
  platforms: PlatformRecord;
}

export type CatalogKind = keyof CatalogRecords;

export function findCatalogPage<K extends CatalogKind>(
  db: Database,
  kind: K,
  filter: { nameContains?: string | null } | null | undefined,
  page: PageRequest,
) {
  return readProjectedPage<CatalogRecords[K]>(db, `${kind}/page`, { nameContains: filter?.nameContains ?? null }, page);
}

export async function listSources(db: Database): Promise<SourceRecord[]> {
  return (await db.read('sources/all')).map((row) => row.item as SourceRecord);
}
