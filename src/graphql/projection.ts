// Look-ahead: turns a field's sub-selection into the stored properties the data layer must read (a plain list of
// names), so a statement returns what the query asks for and not every property a query might ask for.
import {
  getArgumentValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getDirectiveValues,
  getNamedType,
  isLeafType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * Fields whose stored properties differ from their name. A leaf field not listed reads the property of its own
 * name; an object field not listed reads nothing of its parent (a relationship, loaded through its parent's id).
 */
const STORED_PROPERTIES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Role: {
    aiImpact: ['aiImpactScore', 'aiImpactLevel', 'aiImpactOutlook'],
    experience: ['experienceMinYears', 'experienceMaxYears'],
  },
  Skill: { area: ['areaId'] },
  SalaryBand: { experience: ['experienceMinYears', 'experienceMaxYears'] },
  Transition: { months: ['monthsTypical', 'monthsMin', 'monthsMax'], focusSkills: ['focusSkillIds'] },
};

const NOTHING: readonly string[] = [];

/** The stored properties one field of a type reads from its parent's record. */
export function storedPropertiesOf(typeName: string, fieldName: string, fieldType: GraphQLOutputType): readonly string[] {
  const listed = STORED_PROPERTIES[typeName]?.[fieldName];
  if (listed) return listed;
  if (fieldName.startsWith('__')) return NOTHING;
  return isLeafType(getNamedType(fieldType)) ? [fieldName] : NOTHING;
}

/** Whether a selection applies: its @skip/@include, under this request's variables. */
function isIncluded(info: GraphQLResolveInfo, node: FieldNode | { directives?: FieldNode['directives'] }): boolean {
  if (!node.directives?.length) return true;
  const skip = getDirectiveValues(GraphQLSkipDirective, node as FieldNode, info.variableValues);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, info.variableValues);
  return include?.if !== false;
}

/** Whether a fragment typed `condition` applies to objects of `type` (the type itself, or an interface or union it is in). */
function appliesTo(info: GraphQLResolveInfo, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (!condition || condition === type.name) return true;
  const abstract = info.schema.getType(condition);
  return abstract !== undefined && !isObjectType(abstract) && info.schema.isSubType(abstract as never, type);
}

/** The field nodes selected on objects of `type` under these nodes, by field name (fragments followed). */
function subfields(info: GraphQLResolveInfo, nodes: readonly FieldNode[], type: GraphQLObjectType): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (!isIncluded(info, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        fields.set(name, [...(fields.get(name) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (appliesTo(info, selection.typeCondition?.name.value, type)) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && appliesTo(info, fragment.typeCondition.name.value, type)) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet);
  return fields;
}

/**
 * What each selection of the child field `name` will be resolved with: one per response name (aliases apart), with
 * its own nodes and arguments, as graphql-js resolves them (fragments followed, @skip/@include applied). A root
 * lookup uses it to load a child field's rows along with its own.
 */
export function childFieldInfos(info: GraphQLResolveInfo, name: string): { info: GraphQLResolveInfo; args: Record<string, unknown> }[] {
  const type = getNamedType(info.returnType);
  const field = isObjectType(type) ? type.getFields()[name] : undefined;
  if (!isObjectType(type) || !field) return [];
  const byResponseName = new Map<string, FieldNode[]>();
  for (const node of subfields(info, info.fieldNodes, type).get(name) ?? []) {
    const responseName = node.alias?.value ?? node.name.value;
    byResponseName.set(responseName, [...(byResponseName.get(responseName) ?? []), node]);
  }
  return [...byResponseName.values()].map((nodes) => ({
    info: { ...info, fieldName: name, fieldNodes: nodes, returnType: field.type, parentType: type },
    args: getArgumentValues(field, nodes[0], info.variableValues),
  }));
}

// Per field node list and path (resolvers of list items ask again), and per request's variable values: the
// compiled executor keeps one field node list per field across requests, and @skip/@include may read a variable.
const memo = new WeakMap<readonly FieldNode[], WeakMap<object, Map<string, readonly string[]>>>();

/**
 * The stored properties the current field's selection reads, `id` first and always present. `path` walks down
 * object fields first: `selectedProperties(info, 'edges', 'node')` for a connection's nodes,
 * `selectedProperties(info, 'skill')` for the skills of a list of requirements.
 */
export function selectedProperties(info: GraphQLResolveInfo, ...path: string[]): readonly string[] {
  const key = path.join('.');
  let byRequest = memo.get(info.fieldNodes);
  let byPath = byRequest?.get(info.variableValues);
  const known = byPath?.get(key);
  if (known) return known;
  let type = getNamedType(info.returnType);
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const step of path) {
    if (!isObjectType(type)) throw new Error(`selectedProperties: ${type.name} has no field "${step}" to follow`);
    const field = type.getFields()[step];
    if (!field) throw new Error(`selectedProperties: ${type.name} has no field "${step}"`);
    nodes = subfields(info, nodes, type).get(step) ?? [];
    type = getNamedType(field.type);
  }
  if (!isObjectType(type)) throw new Error(`selectedProperties: ${type.name} is not an object type`);
  const properties = new Set<string>(type.getFields().id ? ['id'] : []);
  const fields = type.getFields();
  for (const name of subfields(info, nodes, type).keys()) {
    const field = fields[name];
    if (field) for (const property of storedPropertiesOf(type.name, name, field.type)) properties.add(property);
  }
  const id = properties.delete('id');
  const result = [...(id ? ['id'] : []), ...[...properties].sort()];
  if (!byRequest) memo.set(info.fieldNodes, (byRequest = new WeakMap()));
  if (!byPath) byRequest.set(info.variableValues, (byPath = new Map()));
  byPath.set(key, result);
  return result;
}
