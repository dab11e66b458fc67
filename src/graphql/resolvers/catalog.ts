// Root lookups and pages for every aggregate, and search.
import { findCatalogPage, listSources, type CatalogKind } from '../../data/catalog.js';
import { findRolePage, listTracks } from '../../data/roles.js';
import { searchEverything } from '../../data/search.js';
import { findSkillPage } from '../../data/skills.js';
import { intInRange, nonBlank } from '../arguments.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../context.js';
import type { QueryCompaniesArgs, QueryResolvers } from '../generated.js';
import { selectedProperties as selected } from '../projection.js';

const pageSize = (first: number | null | undefined) => intInRange('first', first, 1, 100, 20);

function catalogPage<K extends CatalogKind>(kind: K) {
  return (_: unknown, args: QueryCompaniesArgs, { db }: GraphQLContext, info: GraphQLResolveInfo) =>
    findCatalogPage(db, kind, args.filter, selected(info, 'edges', 'node'), pageSize(args.first), args.after);
}

export const catalogQueries: QueryResolvers = {
  role: (_, { id }, { loaders }, info) => loaders.roleById.load({ id, props: selected(info) }),
  roles: (_, args, { db }, info) => findRolePage(db, args.filter ?? {}, selected(info, 'edges', 'node'), pageSize(args.first), args.after),
  tracks: (_, __, { db }) => listTracks(db),
  skill: (_, { id }, { loaders }, info) => loaders.skillById.load({ id, props: selected(info) }),
  skills: (_, args, { db }, info) => findSkillPage(db, args.filter ?? {}, selected(info, 'edges', 'node'), pageSize(args.first), args.after),
  company: (_, { id }, { loaders }, info) => loaders.companyById.load({ id, props: selected(info) }),
  companies: catalogPage('companies'),
  certification: (_, { id }, { loaders }, info) => loaders.certificationById.load({ id, props: selected(info) }),
  certifications: catalogPage('certifications'),
  course: (_, { id }, { loaders }, info) => loaders.courseById.load({ id, props: selected(info) }),
  courses: catalogPage('courses'),
  platform: (_, { id }, { loaders }, info) => loaders.platformById.load({ id, props: selected(info) }),
  platforms: catalogPage('platforms'),
  sources: (_, __, { db }) => listSources(db),
  search: (_, args, { db }) =>
    searchEverything(db, nonBlank('text', args.text, 200), intInRange('first', args.first, 1, 50, 10)),
};
