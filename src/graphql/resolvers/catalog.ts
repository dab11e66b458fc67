// Root lookups and pages for every aggregate, and search.
import { findCatalogPage, listSources, type CatalogKind } from '../../data/catalog.js';
import { findRolePage, listTracks } from '../../data/roles.js';
import { searchEverything } from '../../data/search.js';
import type { PageRequest } from '../../data/projection.js';
import { findSkillPage } from '../../data/skills.js';
import { intInRange, nonBlank } from '../arguments.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../context.js';
import type { QueryCompaniesArgs, QueryResolvers } from '../generated.js';
import { childFieldInfos, selectedProperties as selected } from '../projection.js';
import { requirementsQuery, transitionsQuery } from './types.js';

/**
 * What a connection field's selection reads: its nodes' properties, and the count only when `totalCount` is selected
 * (the count reads every match; the page alone stops one node past its last).
 */
function pageRequest(args: { first?: number | null; after?: string | null }, info: GraphQLResolveInfo): PageRequest {
  return {
    props: selected(info, 'edges', 'node'),
    first: intInRange('first', args.first, 1, 100, 20),
    after: args.after,
    withCount: childFieldInfos(info, 'totalCount').length > 0,
  };
}

function catalogPage<K extends CatalogKind>(kind: K) {
  return (_: unknown, args: QueryCompaniesArgs, { db }: GraphQLContext, info: GraphQLResolveInfo) =>
    findCatalogPage(db, kind, args.filter, pageRequest(args, info));
}

export const catalogQueries: QueryResolvers = {
  role: async (_, { id }, { loaders }, info) => {
    const props = selected(info);
    // The statement of one relationship kind the selection asks for (all its lists: one batch) reads the role along
    // and primes roleById: one statement fewer for a role with its skills or transitions. One kind only, so an
    // unknown id still costs a single statement.
    const kinds = [
      childFieldInfos(info, 'skills').map(
        (skills) => () => loaders.requirementsByRole.load({ ...requirementsQuery(id, skills.args, skills.info), roleProps: props }),
      ),
      childFieldInfos(info, 'nextRoles').map(
        (next) => () => loaders.nextRolesByRole.load({ ...transitionsQuery(id, next.info, 'to'), roleProps: props }),
      ),
      childFieldInfos(info, 'previousRoles').map(
        (previous) => () => loaders.previousRolesByRole.load({ ...transitionsQuery(id, previous.info, 'from'), roleProps: props }),
      ),
    ];
    const along = kinds.find((loads) => loads.length > 0);
    if (along) await Promise.allSettled(along.map((load) => load()));
    return loaders.roleById.load({ id, props });
  },
  roles: (_, args, { db }, info) => findRolePage(db, args.filter ?? {}, pageRequest(args, info)),
  tracks: (_, __, { db }) => listTracks(db),
  skill: (_, { id }, { loaders }, info) => loaders.skillById.load({ id, props: selected(info) }),
  skills: (_, args, { db }, info) => findSkillPage(db, args.filter ?? {}, pageRequest(args, info)),
  company: (_, { id }, { loaders }, info) => loaders.companyById.load({ id, props: selected(info) }),
  companies: catalogPage('companies'),
  certification: (_, { id }, { loaders }, info) => loaders.certificationById.load({ id, props: selected(info) }),
  certifications: catalogPage('certifications'),
  course: (_, { id }, { loaders }, info) => loaders.courseById.load({ id, props: selected(info) }),
  courses: catalogPage('courses'),
  platform: (_, { id }, { loaders }, info) => loaders.platformById.load({ id, props: selected(info) }),
  platforms: catalogPage('platforms'),
  sources: (_, __, { db }) => listSources(db),
  search: (_, args, { db }) => searchEverything(db, nonBlank('text', args.text, 200), intInRange('first', args.first, 1, 50, 10)),
};
