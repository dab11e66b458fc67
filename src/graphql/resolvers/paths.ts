// Path planning and skill analytics: check arguments and ids, then hand over to src/data.
import { findSimilarRoles, findSkillDemand, findSkillOverlap, recommendRoles } from '../../data/analytics.js';
import { findSkillGap } from '../../data/skill-gap.js';
import { findNextRoles } from '../../data/next-roles.js';
import { findCareerRoutes, type RouteQuery } from '../../data/paths.js';
import { findMissingRoleIds } from '../../data/roles.js';
import { findMissingSkillIds } from '../../data/skills.js';
import type { Database } from '../../db/database.js';
import { idList, intInRange } from '../arguments.js';
import { badUserInput, notFound } from '../errors.js';
import type { GraphQLResolveInfo } from 'graphql';
import { cacheControlFromInfo } from '@apollo/cache-control-types';
import type { QueryCareerPathsArgs, QueryResolvers } from '../generated.js';

async function requireRoles(db: Database, ids: string[]): Promise<void> {
  const missing = await findMissingRoleIds(db, [...new Set(ids)]);
  if (missing.length > 0) throw notFound('role', missing);
}

/** Skill ids a person names must exist: a typo would otherwise silently count a skill as still to learn. */
async function existingSkillIds(db: Database, argument: string, ids: readonly string[] | null | undefined, min = 0): Promise<string[]> {
  const list = idList(argument, ids, min, 200);
  const missing = await findMissingSkillIds(db, list);
  if (missing.length > 0) throw badUserInput(argument, `no skill with id ${missing.map((id) => `"${id}"`).join(', ')}`);
  return list;
}

/** An answer shaped by a person's own skills may be cached by their browser, never by a shared cache. */
function cachePrivatelyIf(isPersonal: boolean, info: GraphQLResolveInfo): void {
  if (isPersonal) cacheControlFromInfo(info).setCacheHint({ scope: 'PRIVATE' });
}

/** Years of experience a person states: 0-60, or null when they did not say. */
function experienceYears(value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || value < 0 || value > 60) throw badUserInput('experienceYears', `must be between 0 and 60 (got ${value})`);
  return value;
}

async function routeQuery(db: Database, args: QueryCareerPathsArgs): Promise<RouteQuery> {
  if (args.from === args.to) throw badUserInput('to', 'must differ from `from`');
  const query: RouteQuery = {
    from: args.from,
    to: args.to,
    optimize: args.optimize ?? 'STEPS',
    first: intInRange('first', args.first, 1, 10, 3),
    maxSteps: intInRange('maxSteps', args.maxSteps, 1, 8, 6),
    avoid: idList('avoid', args.avoid, 0, 50),
    knownSkills: await existingSkillIds(db, 'knownSkills', args.knownSkills),
    experienceYears: experienceYears(args.experienceYears),
  };
  if (query.avoid.length > 0) await requireRoles(db, query.avoid);
  return query;
}

/** Routes between two roles; the ends are checked only when nothing comes back (a found route proves them). */
async function findRoutesBetweenKnownRoles(db: Database, query: RouteQuery) {
  const routes = await findCareerRoutes(db, query);
  if (routes.length === 0) await requireRoles(db, [query.from, query.to]);
  return routes;
}

export const pathQueries: QueryResolvers = {
  careerPath: async (_, args, { db }, info) => {
    cachePrivatelyIf(Boolean(args.knownSkills?.length) || args.experienceYears != null, info);
    const query = await routeQuery(db, { ...args, optimize: 'STEPS', first: 1, maxSteps: 8 });
    const [route] = await findRoutesBetweenKnownRoles(db, query);
    return route ?? null;
  },
  careerPaths: async (_, args, { db }, info) => {
    cachePrivatelyIf(Boolean(args.knownSkills?.length) || args.experienceYears != null, info);
    return findRoutesBetweenKnownRoles(db, await routeQuery(db, args));
  },
  nextRoles: async (_, { role, knownSkills, first, intent, experienceYears: years }, { db }, info) => {
    cachePrivatelyIf(Boolean(knownSkills?.length) || years != null, info);
    const limit = intInRange('first', first, 1, 20, 5);
    const known = await existingSkillIds(db, 'knownSkills', knownSkills);
    await requireRoles(db, [role]);
    return findNextRoles(db, { roleId: role, knownSkills: known, first: limit, intent: intent ?? 'ADVANCE', experienceYears: experienceYears(years) });
  },
  skillGap: async (_, { from, to, knownSkills, grain }, { db }, info) => {
    cachePrivatelyIf(Boolean(knownSkills?.length), info);
    const known = await existingSkillIds(db, 'knownSkills', knownSkills);
    await requireRoles(db, [from, to]);
    return findSkillGap(db, from, to, known, grain ?? 'AREA');
  },
  skillOverlap: async (_, { roles }, { db }) => {
    const ids = idList('roles', roles, 2, 50);
    await requireRoles(db, ids);
    return findSkillOverlap(db, ids);
  },
  similarRoles: async (_, { role, first }, { db }) => {
    const limit = intInRange('first', first, 1, 50, 5);
    await requireRoles(db, [role]);
    return findSimilarRoles(db, role, limit);
  },
  recommendRoles: async (_, args, { db }, info) => {
    cachePrivatelyIf(true, info); // the skill set is the person's own
    const skills = await existingSkillIds(db, 'skills', args.skills, 1);
    const first = intInRange('first', args.first, 1, 50, 5);
    const maxSteps = intInRange('maxSteps', args.maxSteps, 1, 8, 3);
    if (args.from != null) await requireRoles(db, [args.from]);
    return recommendRoles(db, skills, first, args.from ?? null, maxSteps);
  },
  skillDemand: (_, { first }, { db }) => findSkillDemand(db, intInRange('first', first, 1, 100, 20)),
};
