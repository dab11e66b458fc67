// Root lookups and pages for every aggregate, and search.
import { findCatalogPage, listSources, type CatalogKind } from '../../data/catalog.js';
import { findRolePage, listTracks } from '../../data/roles.js';
import { searchEverything } from '../../data/search.js';
import { findSkillPage } from '../../data/skills.js';
import { intInRange, nonBlank } from '../arguments.js';
import type { QueryResolvers } from '../generated.js';

const pageSize = (first: number | null | undefined) => intInRange('first', first, 1, 100, 20);

function catalogPage(kind: CatalogKind): NonNullable<QueryResolvers['companies']> {
  return (_, args, { db }) => findCatalogPage(db, kind, args.filter, pageSize(args.first), args.after);
}

export const catalogQueries: QueryResolvers = {
  role: (_, { id }, { loaders }) => loaders.roleById.load(id),
  roles: (_, args, { db }) => findRolePage(db, args.filter ?? {}, pageSize(args.first), args.after),
  tracks: (_, __, { db }) => listTracks(db),
  skill: (_, { id }, { loaders }) => loaders.skillById.load(id),
  skills: (_, args, { db }) => findSkillPage(db, args.filter ?? {}, pageSize(args.first), args.after),
  company: (_, { id }, { loaders }) => loaders.companyById.load(id),
  companies: catalogPage('companies'),
  certification: (_, { id }, { loaders }) => loaders.certificationById.load(id),
  certifications: catalogPage('certifications') as QueryResolvers['certifications'],
  course: (_, { id }, { loaders }) => loaders.courseById.load(id),
  courses: catalogPage('courses') as QueryResolvers['courses'],
  platform: (_, { id }, { loaders }) => loaders.platformById.load(id),
  platforms: catalogPage('platforms') as QueryResolvers['platforms'],
  sources: (_, __, { db }) => listSources(db),
  search: (_, args, { db }) =>
    searchEverything(db, nonBlank('text', args.text, 200), intInRange('first', args.first, 1, 50, 10)),
};
