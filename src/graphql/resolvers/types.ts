// Field resolvers: each relationship field goes through a per-request DataLoader (one statement per field kind).
// Each loader key carries the properties the field's selection reads (projection.ts), so statements return only those.
import { loadExistingProjected } from '../../data/projection.js';
import { roleSkillsAtGrain, type RequirementsQuery, type TransitionsQuery } from '../../data/roles.js';
import type { GraphQLResolveInfo } from 'graphql';
import { intInRange } from '../arguments.js';
import type { Resolvers, RoleSkillsArgs } from '../generated.js';
import { childFieldInfos, selectedProperties as selected } from '../projection.js';

/**
 * What Role.skills loads, from its arguments and selection (`info` of a skills field). One home for the key: a root
 * lookup that reads the role's skills along with the role (catalog.ts) builds the same one.
 */
export function requirementsQuery(roleId: string, args: RoleSkillsArgs, info: GraphQLResolveInfo): RequirementsQuery {
  return {
    id: roleId,
    props: selected(info, 'skill'),
    requirementProps: selected(info),
    grain: args.grain ?? 'AREA',
    importance: args.importance ?? null,
  };
}

/**
 * What Role.nextRoles (`to`) or Role.previousRoles (`from`) loads, from its selection; as requirementsQuery. When the
 * other end asks for its own transitions the same way once (`nextRoles { to { nextRoles { ... } } }`), they are read
 * in the same statement, with the key their own resolvers will build.
 */
export function transitionsQuery(roleId: string, info: GraphQLResolveInfo, otherEnd: 'to' | 'from'): TransitionsQuery {
  const further = childFieldInfos(info, otherEnd).flatMap((end) => childFieldInfos(end.info, info.fieldName));
  return {
    id: roleId,
    props: selected(info, otherEnd),
    transitionProps: selected(info),
    further: further.length === 1 ? { props: selected(further[0].info, otherEnd), transitionProps: selected(further[0].info) } : undefined,
  };
}

const list = <T>(value: T[] | null | undefined): T[] => value ?? [];
const first = <T>(items: T[]): T | null => items[0] ?? null;

export const typeResolvers: Resolvers = {
  Role: {
    aliases: (role) => list(role.aliases),
    responsibilities: (role) => list(role.responsibilities),
    aiImpact: (role) =>
      role.aiImpactScore == null ? null : { score: role.aiImpactScore, level: role.aiImpactLevel ?? null, outlook: role.aiImpactOutlook ?? null },
    experience: (role) =>
      role.experienceMinYears == null && role.experienceMaxYears == null
        ? null
        : { min: role.experienceMinYears ?? null, max: role.experienceMaxYears ?? null },
    skills: async (role, args, { loaders }, info) => {
      const query = requirementsQuery(role.id, args, info);
      return roleSkillsAtGrain(role.id, await loaders.requirementsByRole.load(query), query.grain, query.importance);
    },
    hiringCompanies: (role, _, { loaders }, info) => loaders.hiringCompaniesByRole.load({ id: role.id, props: selected(info) }),
    nextRoles: (role, _, { loaders }, info) => loaders.nextRolesByRole.load(transitionsQuery(role.id, info, 'to')),
    previousRoles: (role, _, { loaders }, info) => loaders.previousRolesByRole.load(transitionsQuery(role.id, info, 'from')),
    certifications: (role, _, { loaders }, info) => loaders.certificationsByRole.load({ id: role.id, props: selected(info) }),
    courses: (role, _, { loaders }, info) => loaders.coursesByRole.load({ id: role.id, props: selected(info) }),
    platforms: (role, _, { loaders }, info) => loaders.platformsByRole.load({ id: role.id, props: selected(info) }),
    salaryBands: (role, _, { loaders }, info) => loaders.salaryBandsByRole.load({ id: role.id, props: selected(info) }),
    tracks: (role, _, { loaders }, info) => loaders.tracksByRole.load({ id: role.id, props: selected(info) }),
    nearestOccupation: async (role, _, { loaders }, info) =>
      first(await loaders.nearestOccupationByRole.load({ id: role.id, props: selected(info) })),
  },
  SalaryBand: {
    experience: (band) => (band.experienceMinYears == null ? null : { min: band.experienceMinYears, max: band.experienceMaxYears ?? null }),
  },
  Track: {
    partOf: async (track, _, { loaders }, info) => first(await loaders.partOfByTrack.load({ id: track.id, props: selected(info) })),
    roles: (track, _, { loaders }, info) => loaders.rolesByTrack.load({ id: track.id, props: selected(info) }),
  },
  SkillRequirement: {
    // Synchronous when the row came with its end already loaded (the usual case): no promise per item.
    role: (req, _, { loaders }, info) => req.role ?? loaders.roleById.load({ id: req.roleId, props: selected(info) }).then((r) => r!),
    skill: (req, _, { loaders }, info) => req.skill ?? loaders.skillById.load({ id: req.skillId, props: selected(info) }).then((s) => s!),
  },
  Transition: {
    from: (t, _, { loaders }, info) => t.from ?? loaders.roleById.load({ id: t.fromId, props: selected(info) }).then((r) => r!),
    to: (t, _, { loaders }, info) => t.to ?? loaders.roleById.load({ id: t.toId, props: selected(info) }).then((r) => r!),
    months: (t) => ({ typical: t.monthsTypical ?? null, min: t.monthsMin ?? null, max: t.monthsMax ?? null }),
    focusSkills: (t, _, { loaders }, info) => loadExistingProjected(loaders.skillById, list(t.focusSkillIds), selected(info)),
    keyArtifacts: (t) => list(t.keyArtifacts),
  },
  Skill: {
    aliases: (skill) => list(skill.aliases),
    area: (skill, _, { loaders }, info) => (skill.areaId ? loaders.skillById.load({ id: skill.areaId, props: selected(info) }) : null),
    parts: (skill, _, { loaders }, info) => loaders.partsBySkill.load({ id: skill.id, props: selected(info) }),
    // The requirements' own fields always come along; the projection is the role's, under `role`.
    roles: (skill, { includeWholes }, { loaders }, info) =>
      (includeWholes === false ? loaders.rolesBySkill : loaders.rolesBySkillWithWholes).load({ id: skill.id, props: selected(info, 'role') }),
    executionProviders: (skill, _, { loaders }, info) => loaders.executionProvidersBySkill.load({ id: skill.id, props: selected(info) }),
    platforms: (skill, _, { loaders }, info) => loaders.platformsBySkill.load({ id: skill.id, props: selected(info) }),
    certifications: (skill, _, { loaders }, info) => loaders.certificationsBySkill.load({ id: skill.id, props: selected(info) }),
    courses: (skill, _, { loaders }, info) => loaders.coursesBySkill.load({ id: skill.id, props: selected(info) }),
  },
  Company: {
    aliases: (company) => list(company.aliases),
    roles: (company, _, { loaders }, info) => loaders.rolesByCompany.load({ id: company.id, props: selected(info) }),
    certifications: (company, _, { loaders }, info) => loaders.certificationsByCompany.load({ id: company.id, props: selected(info) }),
    platforms: (company, _, { loaders }, info) => loaders.platformsByCompany.load({ id: company.id, props: selected(info) }),
  },
  Certification: {
    issuer: async (cert, _, { loaders }, info) => first(await loaders.issuerByCertification.load({ id: cert.id, props: selected(info) })),
    validatesSkills: (cert, _, { loaders }, info) => loaders.skillsByCertification.load({ id: cert.id, props: selected(info) }),
    validatesRoles: (cert, _, { loaders }, info) => loaders.rolesByCertification.load({ id: cert.id, props: selected(info) }),
  },
  Course: {
    teaches: (course, _, { loaders }, info) => loaders.skillsByCourse.load({ id: course.id, props: selected(info) }),
    recommendedFor: (course, _, { loaders }, info) => loaders.rolesByCourse.load({ id: course.id, props: selected(info) }),
  },
  Platform: {
    aliases: (platform) => list(platform.aliases),
    vendor: async (platform, _, { loaders }, info) => first(await loaders.vendorByPlatform.load({ id: platform.id, props: selected(info) })),
    roles: (platform, _, { loaders }, info) => loaders.rolesByPlatform.load({ id: platform.id, props: selected(info) }),
    skills: (platform, _, { loaders }, info) => loaders.skillsByPlatform.load({ id: platform.id, props: selected(info) }),
  },
  SearchResult: {
    __resolveType: (node) => node.__typename,
  },
  CareerRoute: {
    // The steps carry their roles; a route's first role is its first step's `from`.
    roles: (route, _, { loaders }, info) =>
      route.steps.length > 0 && route.steps.every((s) => s.from && s.to)
        ? [route.steps[0].from!, ...route.steps.map((s) => s.to!)]
        : loadExistingProjected(loaders.roleById, route.roleIds, selected(info)),
  },
  RouteStep: {
    skillsToLearn: (step, { grain }) => step.skillsToLearn(grain ?? 'AREA'),
    certifications: (step) => step.helps().certifications,
    courses: (step) => step.helps().courses,
    from: (step, _, { loaders }, info) => step.from ?? loaders.roleById.load({ id: step.fromId, props: selected(info) }).then((r) => r!),
    to: (step, _, { loaders }, info) => step.to ?? loaders.roleById.load({ id: step.toId, props: selected(info) }).then((r) => r!),
  },
  NextRole: {
    months: (next) => next.route.totalMonths,
  },
  SkillGap: {
    from: async (gap, _, { loaders }, info) => (await loaders.roleById.load({ id: gap.fromId, props: selected(info) }))!,
    to: async (gap, _, { loaders }, info) => (await loaders.roleById.load({ id: gap.toId, props: selected(info) }))!,
  },
  RolePairOverlap: {
    a: async (pair, _, { loaders }, info) => (await loaders.roleById.load({ id: pair.aId, props: selected(info) }))!,
    b: async (pair, _, { loaders }, info) => (await loaders.roleById.load({ id: pair.bId, props: selected(info) }))!,
    sharedSkills: (pair, { first: count }, { loaders }, info) => {
      const ids = pair.shared.slice(0, intInRange('first', count, 1, 100, 5)).map((s) => s.id);
      return loadExistingProjected(loaders.skillById, ids, selected(info));
    },
  },
};
