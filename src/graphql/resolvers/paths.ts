// Path planning and skill analytics: check arguments and ids, then hand over to src/data.
import { findSimilarRoles, findSkillDemand, findSkillOverlap, recommendRoles } from '../../data/analytics.js';
import { findSkillGap } from '../../data/skill-gap.js';
import { findNextRoles } from '../../data/next-roles.js';
import { findCareerRoutes, type RouteQuery, type StepSelection } from '../../data/paths.js';
import type { Database } from '../../db/database.js';
import { idList, intInRange } from '../arguments.js';
import { badUserInput } from '../errors.js';
import { resolveReferences, type ReferencesByArgument } from '../references.js';
import { SLUG_PATTERN } from '../../domain/slugs.js';
import type { CacheScopeHint } from '../cache-policy.js';
import type { QueryCareerPathsArgs, QueryResolvers } from '../generated.js';
import { childFieldInfos, selectedProperties as selected } from '../projection.js';
import type { GraphQLResolveInfo } from 'graphql';

/** Roles given by id or name (title or alias, any case), as ids in argument order; NOT_FOUND or BAD_USER_INPUT names the argument. */
function requireRoles(db: Database, references: ReferencesByArgument): Promise<string[]> {
  return resolveReferences(db, 'Role', references);
}

/** Skills a person names (ids or names) must exist: a typo would otherwise silently count a skill as still to learn. */
async function existingSkillIds(db: Database, argument: string, references: readonly string[] | null | undefined, min = 0): Promise<string[]> {
  const list = idList(argument, references, min, 200);
  return resolveReferences(db, 'Skill', { [argument]: list });
}

/** An answer shaped by a person's own skills may be cached by their browser, never by a shared cache. */
function cachePrivatelyIf(isPersonal: boolean, cacheScope: CacheScopeHint): void {
  if (isPersonal) cacheScope.isPrivate = true;
}

/** Years of experience a person states: 0-60, or null when they did not say. */
function experienceYears(value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || value < 0 || value > 60) throw badUserInput('experienceYears', `must be between 0 and 60 (got ${value})`);
  return value;
}

/** Whether the selection at `path` (object fields below the current one) has any of the fields `names`. */
function selectsAny(info: GraphQLResolveInfo, path: readonly string[], names: readonly string[]): boolean {
  let infos = [info];
  for (const field of path) infos = infos.flatMap((parent) => childFieldInfos(parent, field).map((child) => child.info));
  return infos.some((parent) => names.some((name) => childFieldInfos(parent, name).length > 0));
}

/** What the steps of the CareerRoute at `route` read: its roles' selected properties, and whether it asks what helps. */
function stepSelection(info: GraphQLResolveInfo, route: readonly string[], otherRoleProps: readonly string[] = []): StepSelection {
  const roleProps = [...selected(info, ...route, 'roles'), ...selected(info, ...route, 'steps', 'from'), ...selected(info, ...route, 'steps', 'to')];
  return {
    roleProps: [...new Set([...roleProps, ...otherRoleProps])],
    withHelps: selectsAny(info, [...route, 'steps'], ['certifications', 'courses']),
  };
}

async function routeQuery(db: Database, args: QueryCareerPathsArgs, info: GraphQLResolveInfo): Promise<RouteQuery> {
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
    skillProps: selected(info, 'steps', 'skillsToLearn'),
    steps: stepSelection(info, []),
  };
  if (query.avoid.length > 0) query.avoid = await requireRoles(db, { avoid: query.avoid });
  return query;
}

/**
 * Routes between two roles given by id or name. Ends shaped like ids (slugs) are tried as ids first and resolved only
 * when nothing comes back (a found route proves them); other text is resolved first. When the ends name other roles
 * than the text tried, the search runs with their ids.
 */
async function findRoutesBetweenKnownRoles(db: Database, query: RouteQuery) {
  const mayBeIds = SLUG_PATTERN.test(query.from) && SLUG_PATTERN.test(query.to);
  const routes = mayBeIds ? await findCareerRoutes(db, query) : [];
  if (routes.length > 0) return routes;
  const [from, to] = await requireRoles(db, { from: query.from, to: query.to });
  if (from === to) throw badUserInput('to', `must differ from \`from\` (both name ${from})`);
  if (mayBeIds && from === query.from && to === query.to) return routes;
  return findCareerRoutes(db, { ...query, from, to });
}

export const pathQueries: QueryResolvers = {
  careerPath: async (_, args, { db, cacheScope }, info) => {
    cachePrivatelyIf(Boolean(args.knownSkills?.length) || args.experienceYears != null, cacheScope);
    const query = await routeQuery(db, { ...args, optimize: 'STEPS', first: 1, maxSteps: 8 }, info);
    const [route] = await findRoutesBetweenKnownRoles(db, query);
    return route ?? null;
  },
  careerPaths: async (_, args, { db, cacheScope }, info) => {
    cachePrivatelyIf(Boolean(args.knownSkills?.length) || args.experienceYears != null, cacheScope);
    return findRoutesBetweenKnownRoles(db, await routeQuery(db, args, info));
  },
  nextRoles: async (_, { role, knownSkills, first, intent, experienceYears: years }, { db, cacheScope }, info) => {
    cachePrivatelyIf(Boolean(knownSkills?.length) || years != null, cacheScope);
    const limit = intInRange('first', first, 1, 20, 5);
    const known = await existingSkillIds(db, 'knownSkills', knownSkills);
    const [roleId] = await requireRoles(db, { role });
    const skillProps = selected(info, 'route', 'steps', 'skillsToLearn');
    // A next role is its route's last role (next-roles.ts).
    const steps = stepSelection(info, ['route'], selected(info, 'role'));
    return findNextRoles(db, {
      roleId,
      knownSkills: known,
      first: limit,
      intent: intent ?? 'ADVANCE',
      experienceYears: experienceYears(years),
      skillProps,
      steps,
    });
  },
  skillGap: async (_, { from, to, knownSkills, grain }, { db, cacheScope }, info) => {
    cachePrivatelyIf(Boolean(knownSkills?.length), cacheScope);
    const known = await existingSkillIds(db, 'knownSkills', knownSkills);
    const [fromId, toId] = await requireRoles(db, { from, to });
    const skillProps = [...new Set([...selected(info, 'toLearn', 'skill'), ...selected(info, 'notUsed')])];
    return findSkillGap(db, fromId, toId, known, grain ?? 'AREA', skillProps);
  },
  skillOverlap: async (_, { roles }, { db }) => {
    // Checked again once resolved: two names may name one role.
    const ids = idList('roles', await requireRoles(db, { roles: idList('roles', roles, 2, 50) }), 2, 50);
    return findSkillOverlap(db, ids);
  },
  similarRoles: async (_, { role, first }, { db }) => {
    const limit = intInRange('first', first, 1, 50, 5);
    const [roleId] = await requireRoles(db, { role });
    return findSimilarRoles(db, roleId, limit);
  },
  recommendRoles: async (_, args, { db, cacheScope }) => {
    cachePrivatelyIf(true, cacheScope); // the skill set is the person's own
    const skills = await existingSkillIds(db, 'skills', args.skills, 1);
    const first = intInRange('first', args.first, 1, 50, 5);
    const maxSteps = intInRange('maxSteps', args.maxSteps, 1, 8, 3);
    const [from] = args.from == null ? [null] : await requireRoles(db, { from: args.from });
    return recommendRoles(db, skills, first, from, maxSteps);
  },
  skillDemand: (_, { first }, { db }) => findSkillDemand(db, intInRange('first', first, 1, 100, 20)),
};
