// The Role aggregate: roles by id, pages of roles, and the loaders behind every relationship field of a role.
import type { Database } from '../db/database.js';
import { byIdLoader, relatedLoader } from './batch.js';
import { readPage } from './pagination.js';
import type { SkillGrain, SkillImportance } from '../domain/skill-areas.js';
import type { NamedRecord, RoleRecord, SalaryBandRecord, SkillRequirementRecord, TransitionRecord } from './records.js';
import { requirementsAtGrain, type RequirementRow } from './skill-grain.js';

export function createRoleLoaders(db: Database) {
  return {
    roleById: byIdLoader<RoleRecord>(db, 'roles/by-ids'),
    requirementsByRole: relatedLoader<RequirementRow>(db, 'roles/skills'),
    hiringCompaniesByRole: relatedLoader<NamedRecord>(db, 'roles/hiring-companies'),
    nextRolesByRole: relatedLoader<TransitionRecord>(db, 'roles/next-roles'),
    previousRolesByRole: relatedLoader<TransitionRecord>(db, 'roles/previous-roles'),
    certificationsByRole: relatedLoader<NamedRecord>(db, 'roles/certifications'),
    coursesByRole: relatedLoader<NamedRecord>(db, 'roles/courses'),
    platformsByRole: relatedLoader<NamedRecord>(db, 'roles/platforms'),
    salaryBandsByRole: relatedLoader<SalaryBandRecord>(db, 'roles/salary-bands'),
    tracksByRole: relatedLoader<NamedRecord>(db, 'roles/tracks'),
    nearestOccupationByRole: relatedLoader<RoleRecord>(db, 'roles/nearest-occupation'),
  };
}

/** A role's skills at a grain, most important first, optionally of one importance only. */
export function roleSkillsAtGrain(
  roleId: string,
  rows: readonly RequirementRow[],
  grain: SkillGrain,
  importance: SkillImportance | null | undefined,
): SkillRequirementRecord[] {
  return requirementsAtGrain(rows, grain)
    .filter((r) => !importance || r.importance === importance)
    .map((r) => ({
      roleId,
      skillId: r.skill.id,
      skill: r.skill,
      importance: r.importance,
      importanceScore: r.importanceScore ?? null,
      level: r.level ?? null,
      detail: r.detail ?? null,
      source: r.source,
    }));
}

export interface RoleFilter {
  titleContains?: string | null;
  track?: string | null;
  skill?: string | null;
  source?: string | null;
  escoUri?: string | null;
}

export function findRolePage(db: Database, filter: RoleFilter, first: number, after?: string | null) {
  const params = {
    titleContains: filter.titleContains ?? null,
    track: filter.track ?? null,
    skill: filter.skill ?? null,
    source: filter.source ?? null,
    escoUri: filter.escoUri ?? null,
  };
  return readPage<RoleRecord>(db, 'roles/page', params, first, after);
}

export async function listTracks(db: Database): Promise<NamedRecord[]> {
  return (await db.read('tracks/all')).map((row) => row.item as NamedRecord);
}

export function createTrackLoaders(db: Database) {
  return {
    trackById: byIdLoader<NamedRecord>(db, 'tracks/by-ids'),
    partOfByTrack: relatedLoader<NamedRecord>(db, 'tracks/part-of'),
    rolesByTrack: relatedLoader<RoleRecord>(db, 'tracks/roles'),
  };
}
