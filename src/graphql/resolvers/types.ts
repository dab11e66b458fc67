// Field resolvers: each relationship field goes through a per-request DataLoader (one statement per field kind).
import { loadExisting } from '../../data/batch.js';
import { roleSkillsAtGrain } from '../../data/roles.js';
import type { Resolvers } from '../generated.js';

const list = <T>(value: T[] | null | undefined): T[] => value ?? [];
const first = <T>(items: T[]): T | null => items[0] ?? null;

export const typeResolvers: Resolvers = {
  Role: {
    aliases: (role) => list(role.aliases),
    responsibilities: (role) => list(role.responsibilities),
    aiImpact: (role) =>
      role.aiImpactScore == null
        ? null
        : { score: role.aiImpactScore, level: role.aiImpactLevel ?? null, outlook: role.aiImpactOutlook ?? null },
    experience: (role) =>
      role.experienceMinYears == null && role.experienceMaxYears == null
        ? null
        : { min: role.experienceMinYears ?? null, max: role.experienceMaxYears ?? null },
    skills: async (role, { importance, grain }, { loaders }) =>
      roleSkillsAtGrain(role.id, await loaders.requirementsByRole.load(role.id), grain ?? 'AREA', importance),
    hiringCompanies: (role, _, { loaders }) => loaders.hiringCompaniesByRole.load(role.id),
    nextRoles: (role, _, { loaders }) => loaders.nextRolesByRole.load(role.id),
    previousRoles: (role, _, { loaders }) => loaders.previousRolesByRole.load(role.id),
    certifications: (role, _, { loaders }) => loaders.certificationsByRole.load(role.id),
    courses: (role, _, { loaders }) => loaders.coursesByRole.load(role.id),
    platforms: (role, _, { loaders }) => loaders.platformsByRole.load(role.id),
    salaryBands: (role, _, { loaders }) => loaders.salaryBandsByRole.load(role.id),
    tracks: (role, _, { loaders }) => loaders.tracksByRole.load(role.id),
    nearestOccupation: async (role, _, { loaders }) => first(await loaders.nearestOccupationByRole.load(role.id)),
  },
  SalaryBand: {
    experience: (band) =>
      band.experienceMinYears == null ? null : { min: band.experienceMinYears, max: band.experienceMaxYears ?? null },
  },
  Track: {
    partOf: async (track, _, { loaders }) => first(await loaders.partOfByTrack.load(track.id)),
    roles: (track, _, { loaders }) => loaders.rolesByTrack.load(track.id),
  },
  SkillRequirement: {
    // Synchronous when the row came with its end already loaded (the usual case): no promise per item.
    role: (req, _, { loaders }) => req.role ?? loaders.roleById.load(req.roleId).then((r) => r!),
    skill: (req, _, { loaders }) => req.skill ?? loaders.skillById.load(req.skillId).then((s) => s!),
  },
  Transition: {
    from: (t, _, { loaders }) => t.from ?? loaders.roleById.load(t.fromId).then((r) => r!),
    to: (t, _, { loaders }) => t.to ?? loaders.roleById.load(t.toId).then((r) => r!),
    months: (t) => ({ typical: t.monthsTypical ?? null, min: t.monthsMin ?? null, max: t.monthsMax ?? null }),
    focusSkills: (t, _, { loaders }) => loadExisting(loaders.skillById, list(t.focusSkillIds)),
    keyArtifacts: (t) => list(t.keyArtifacts),
  },
  Skill: {
    aliases: (skill) => list(skill.aliases),
    area: (skill, _, { loaders }) => (skill.areaId ? loaders.skillById.load(skill.areaId) : null),
    parts: (skill, _, { loaders }) => loaders.partsBySkill.load(skill.id),
    roles: (skill, _, { loaders }) => loaders.rolesBySkill.load(skill.id),
    executionProviders: (skill, _, { loaders }) => loaders.executionProvidersBySkill.load(skill.id),
    platforms: (skill, _, { loaders }) => loaders.platformsBySkill.load(skill.id),
    certifications: (skill, _, { loaders }) => loaders.certificationsBySkill.load(skill.id),
    courses: (skill, _, { loaders }) => loaders.coursesBySkill.load(skill.id),
  },
  Company: {
    aliases: (company) => list(company.aliases),
    roles: (company, _, { loaders }) => loaders.rolesByCompany.load(company.id),
    certifications: (company, _, { loaders }) => loaders.certificationsByCompany.load(company.id),
    platforms: (company, _, { loaders }) => loaders.platformsByCompany.load(company.id),
  },
  Certification: {
    issuer: async (cert, _, { loaders }) => first(await loaders.issuerByCertification.load(cert.id)),
    validatesSkills: (cert, _, { loaders }) => loaders.skillsByCertification.load(cert.id),
    validatesRoles: (cert, _, { loaders }) => loaders.rolesByCertification.load(cert.id),
  },
  Course: {
    teaches: (course, _, { loaders }) => loaders.skillsByCourse.load(course.id),
    recommendedFor: (course, _, { loaders }) => loaders.rolesByCourse.load(course.id),
  },
  Platform: {
    aliases: (platform) => list(platform.aliases),
    vendor: async (platform, _, { loaders }) => first(await loaders.vendorByPlatform.load(platform.id)),
    roles: (platform, _, { loaders }) => loaders.rolesByPlatform.load(platform.id),
    skills: (platform, _, { loaders }) => loaders.skillsByPlatform.load(platform.id),
  },
  SearchResult: {
    __resolveType: (node) => (node as unknown as { __typename: 'Role' }).__typename,
  },
  CareerRoute: {
    // The steps carry their roles; a route's first role is its first step's `from`.
    roles: (route, _, { loaders }) =>
      route.steps.length > 0 && route.steps.every((s) => s.from && s.to)
        ? [route.steps[0].from!, ...route.steps.map((s) => s.to!)]
        : loadExisting(loaders.roleById, route.roleIds),
  },
  RouteStep: {
    skillsToLearn: (step, { grain }) => step.skillsToLearn[grain ?? 'AREA'],
    from: (step, _, { loaders }) => step.from ?? loaders.roleById.load(step.fromId).then((r) => r!),
    to: (step, _, { loaders }) => step.to ?? loaders.roleById.load(step.toId).then((r) => r!),
  },
  NextRole: {
    months: (next) => next.route.totalMonths,
  },
  SkillGap: {
    from: async (gap, _, { loaders }) => (await loaders.roleById.load(gap.fromId))!,
    to: async (gap, _, { loaders }) => (await loaders.roleById.load(gap.toId))!,
  },
  RolePairOverlap: {
    a: async (pair, _, { loaders }) => (await loaders.roleById.load(pair.aId))!,
    b: async (pair, _, { loaders }) => (await loaders.roleById.load(pair.bId))!,
    sharedSkills: (pair, { first: count }, { loaders }) => {
      const ids = pair.shared.slice(0, Math.max(0, Math.min(count ?? 5, 100))).map((s) => s.id);
      return loadExisting(loaders.skillById, ids);
    },
  },
};
