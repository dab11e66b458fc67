// Root lookups and pages for every aggregate, and search.
import { findCatalogPage, listSources, type CatalogKind } from '../../data/catalog.js';
import { findRolePage, listTracks } from '../../data/roles.js';
import { searchEverything } from '../../data/search.js';
import { findSkillPage } from '../../data/skills.js';
import { intInRange, nonBlank } from '../arguments.js';
import { getArgumentValues, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../context.js';
import type { QueryCompaniesArgs, QueryResolvers, RoleSkillsArgs } from '../generated.js';
import { childFieldNodes, selectedProperties as selected } from '../projection.js';
import type { RequirementsQuery } from '../../data/roles.js';
import { requirementsQuery } from './types.js';

const pageSize = (first: number | null | undefined) => intInRange('first', first, 1, 100, 20);

/**
 * Role.skills' loader keys for the skills lists the role's selection has: one per response name, as graphql-js
 * resolves them, each built from that list's own nodes and arguments, so Role.skills later finds it loaded.
 */
function skillsQueries(roleId: string, info: GraphQLResolveInfo): RequirementsQuery[] {
  const byResponseName = new Map<string, FieldNode[]>();
  for (const node of childFieldNodes(info, 'skills')) {
    const name = node.alias?.value ?? node.name.value;
    byResponseName.set(name, [...(byResponseName.get(name) ?? []), node]);
  }
  const role = info.schema.getType('Role') as GraphQLObjectType;
  const field = role.getFields().skills;
  return [...byResponseName.values()].map((nodes) => {
    const skillsInfo: GraphQLResolveInfo = { ...info, fieldName: 'skills', fieldNodes: nodes, returnType: field.type, parentType: role };
    return requirementsQuery(roleId, getArgumentValues(field, nodes[0], info.variableValues) as RoleSkillsArgs, skillsInfo);
  });
}

function catalogPage<K extends CatalogKind>(kind: K) {
  return (_: unknown, args: QueryCompaniesArgs, { db }: GraphQLContext, info: GraphQLResolveInfo) =>
    findCatalogPage(db, kind, args.filter, selected(info, 'edges', 'node'), pageSize(args.first), args.after);
}

export const catalogQueries: QueryResolvers = {
  role: async (_, { id }, { loaders }, info) => {
    const props = selected(info);
    const skills = skillsQueries(id, info);
    // One statement for the role and its skills: the requirements read the role too and prime roleById with it.
    if (skills.length > 0) await loaders.requirementsByRole.loadMany(skills.map((query) => ({ ...query, roleProps: props })));
    return loaders.roleById.load({ id, props });
  },
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
