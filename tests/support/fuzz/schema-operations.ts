// Random operations built from the SDL (schema/*.graphql): fields, selections and arguments of the right type most
// of the time and of a wrong one otherwise, inline or as variables.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { Random } from './random.js';
import type { ValuePools } from './value-pools.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function loadSchema(): GraphQLSchema {
  const dir = join(REPO_ROOT, 'schema');
  const sdl = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
  return buildSchema(sdl);
}

/** An enum value in a literal: written bare in GraphQL, as a string in JSON variables. */
class EnumValue {
  constructor(readonly name: string) {}
}

type InputValue = null | boolean | number | string | EnumValue | InputValue[] | { [key: string]: InputValue };

function literal(value: InputValue): string {
  if (value === null) return 'null';
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')}}`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  // JSON string syntax is GraphQL string syntax, except for lone surrogates, which the parser then refuses.
  return JSON.stringify(value);
}

function toJson(value: InputValue): unknown {
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value;
}

const WRONG_DECLARED_TYPES = ['String', 'String!', 'Int', 'Int!', 'Float', 'Boolean!', '[String]', '[[ID!]!]', 'ID', 'Rol', 'RoleFilter'];

/**
 * Random operations over the schema: fields picked at random with selections of random depth (sometimes past the
 * depth limit), arguments of the right type most of the time and of a wrong one otherwise, inline or as variables.
 */
export class OperationGenerator {
  private variableDefinitions: string[] = [];
  private variables: Record<string, unknown> = {};
  private fragments: string[] = [];
  private maxDepth = 4;
  private aliasCount = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly pools: ValuePools,
  ) {}

  operation(): { query: string; variables: Record<string, unknown>; isMutation: boolean } {
    this.variableDefinitions = [];
    this.variables = {};
    this.fragments = [];
    this.aliasCount = 0;
    this.maxDepth = this.random.weighted([
      [2, 2],
      [3, 3],
      [3, 4],
      [3, 5],
      [2, 6],
      [1, 7],
      [1, 8],
    ] as const);
    const mutation = this.schema.getMutationType();
    const isMutation = mutation !== null && mutation !== undefined && this.random.chance(0.08);
    const root = isMutation ? mutation! : this.schema.getQueryType()!;
    const fields = this.random.sample(
      Object.values(root.getFields()),
      this.random.weighted([
        [6, 1],
        [3, 2],
        [1, 3],
      ] as const),
    );
    const body = fields.map((field) => this.field(field, 1)).join(' ');
    const name = this.random.chance(0.3) ? ` Fuzz${this.random.int(0, 999)}` : '';
    const definitions = this.variableDefinitions.length ? `(${this.variableDefinitions.join(', ')})` : '';
    const keyword = isMutation ? 'mutation' : 'query';
    const head = name || definitions || isMutation ? `${keyword}${name}${definitions} ` : '';
    return { query: [`${head}{ ${body} }`, ...this.fragments].join('\n'), variables: this.variables, isMutation };
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const alias = this.random.chance(0.12) ? `a${++this.aliasCount}: ` : '';
    const args = this.arguments(field.args);
    const type = getNamedType(field.type);
    if (isLeafType(type)) return `${alias}${field.name}${args}`;
    return `${alias}${field.name}${args} ${this.selection(type, depth + 1)}`;
  }

  private selection(type: GraphQLNamedType, depth: number): string {
    if (isUnionType(type)) {
      const members = this.random.sample(type.getTypes(), this.random.int(1, 3));
      return `{ __typename ${members.map((member) => `... on ${member.name} ${this.selection(member, depth)}`).join(' ')} }`;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return '';
    const all = Object.values(type.getFields());
    const leaves = all.filter((f) => isLeafType(getNamedType(f.type)));
    const candidates = depth >= this.maxDepth && leaves.length > 0 ? leaves : all;
    const chosen = this.random.sample(candidates, this.random.int(1, 4));
    const inner = chosen.map((field) => this.field(field, depth)).join(' ');
    const typename = this.random.chance(0.2) ? '__typename ' : '';
    if (this.random.chance(0.1)) {
      const fragment = `F${this.fragments.length}`;
      this.fragments.push(`fragment ${fragment} on ${type.name} { ${inner} }`);
      return `{ ${typename}...${fragment} }`;
    }
    if (this.random.chance(0.08)) return `{ ${typename}... on ${type.name} { ${inner} } }`;
    return `{ ${typename}${inner} }`;
  }

  private arguments(args: readonly GraphQLArgument[]): string {
    const written: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type);
      // Leaving out a required argument is one of the wrong inputs, but a rare one.
      if (required ? this.random.chance(0.03) : this.random.chance(0.45)) continue;
      const isRight = this.random.chance(0.78);
      const value = this.value(arg.type, isRight, 0);
      if (this.random.chance(0.35)) {
        const name = `v${this.variableDefinitions.length}`;
        const declared = this.random.chance(0.9) ? String(arg.type) : this.random.pick(WRONG_DECLARED_TYPES);
        this.variableDefinitions.push(`$${name}: ${declared}`);
        if (!this.random.chance(0.05)) this.variables[name] = toJson(value);
        written.push(`${arg.name}: $${name}`);
      } else {
        written.push(`${arg.name}: ${literal(value)}`);
      }
    }
    return written.length ? `(${written.join(', ')})` : '';
  }

  private value(type: GraphQLInputType, isRight: boolean, depth: number): InputValue {
    if (isNonNullType(type)) {
      if (!isRight && this.random.chance(0.3)) return null;
      return this.value(type.ofType, isRight, depth);
    }
    if (isListType(type)) {
      if (!isRight && this.random.chance(0.4)) return this.wrongValue();
      const length = this.random.weighted([
        [3, 0],
        [4, 1],
        [4, 2],
        [3, 3],
        [2, 5],
        [1, 50],
        [1, 1000],
      ] as const);
      return Array.from({ length }, () => this.value(type.ofType, isRight || this.random.chance(0.5), depth + 1));
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      if (isRight) return new EnumValue(this.random.pick(values));
      const near = this.random.pick(values);
      return this.random.pick<InputValue>([near.toLowerCase(), near.slice(0, -1), new EnumValue(near.slice(0, -1)), 7, '']);
    }
    if (isInputObjectType(type)) {
      if (!isRight && this.random.chance(0.3)) return this.wrongValue();
      const fields: Record<string, InputValue> = {};
      for (const field of Object.values(type.getFields())) {
        if (isNonNullType(field.type) ? !isRight && this.random.chance(0.2) : this.random.chance(0.5)) continue;
        fields[field.name] = this.value(field.type, isRight || this.random.chance(0.5), depth + 1);
      }
      if (!isRight && this.random.chance(0.3)) fields[`${this.random.pick(Object.keys(type.getFields()))}x`] = 'extra';
      return fields;
    }
    if (!isRight) return this.wrongValue();
    switch (type.name) {
      case 'ID':
        return this.pools.id();
      case 'Int':
        return this.pools.int();
      case 'Float':
        return this.pools.float();
      case 'Boolean':
        return this.random.chance(0.5);
      default:
        return this.pools.string();
    }
  }

  private wrongValue(): InputValue {
    return this.random.pick<() => InputValue>([
      () => ({}),
      () => [],
      () => [[this.pools.id()]],
      () => ({ id: this.pools.id() }),
      () => this.random.chance(0.5),
      () => this.pools.int(),
      () => this.pools.float(),
      () => this.pools.string(),
      () => new EnumValue('STEPS'),
      () => null,
    ])();
  }
}
