// Fuzz inputs for the HTTP API, all drawn from one seeded RNG so a failing run can be replayed: random operations
// built from the SDL (right and wrong argument values), and hostile requests (bad JSON, wrong content types,
// oversized bodies and documents, deep nesting, alias and fragment bombs, unicode, GET with and without CSRF headers).
import { createHmac } from 'node:crypto';
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

import { seededRandom } from '../../src/seeded-random.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export class Random {
  constructor(private readonly next: () => number) {}

  float(): number {
    return this.next();
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return chosen;
  }

  /** Picks a generator by weight. */
  weighted<T>(entries: readonly (readonly [number, T])[]): T {
    const total = entries.reduce((sum, [weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [weight, value] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][1];
  }
}

export interface FuzzRequest {
  /** Which generator made it, for the summary. */
  kind: string;
  method: string;
  /** Path and query string, sent as is. */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

// -------------------------------------------------------------------------------------------------- the SDL

export function loadSchema(): GraphQLSchema {
  const dir = join(REPO_ROOT, 'schema');
  const sdl = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'))
    .join('\n');
  return buildSchema(sdl);
}

/** The seed's ids by kind (roles, skills, ...), so that some generated lookups hit real nodes. */
export function loadSeedIds(): Record<string, string[]> {
  const dir = join(REPO_ROOT, 'seed');
  const ids: Record<string, string[]> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const content = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    for (const [kind, items] of Object.entries(content)) {
      if (!Array.isArray(items)) continue;
      ids[kind] = items.map((item) => (item as { id?: unknown }).id).filter((id): id is string => typeof id === 'string');
    }
  }
  return ids;
}

// ------------------------------------------------------------------------------------------- value pools

const INTERESTING_INTS = [
  0, 1, 2, 3, 5, 8, 10, 11, 20, 50, 51, 100, 101, -1, -5, -100, 2147483647, 2147483648, -2147483648, -2147483649,
  9007199254740991, 1e20,
];
const INTERESTING_FLOATS = [0, 0.5, 1.5, -1, -0.0001, 240, 241, 1e308, -1e308, 5e-324, 3.14159];
// Cypher keywords in lower case on purpose: Cypher does not care, and the leak check looks for upper-case MATCH.
const INJECTIONS = [
  `"}) match (n) detach delete n //`,
  `' or 1=1 --`,
  `\\"; return 1; //`,
  `$id`,
  `{id: "x"}`,
  `\`backtick\``,
  `<script>alert(1)</script>`,
  `../../etc/passwd`,
  `%00`,
  `\${7*7}`,
  `{{7*7}}`,
];
// Lucene query syntax reaches the full-text index through `search(text:)`.
const LUCENE = ['*', '?', 'a AND', 'OR', '"', '\\', '(', ')', '[a TO', 'a~', 'a^2', 'title:x', '/re/', '&&', '||', '!', '{', '-', '+', 'a*b?c'];
const UNICODE = [
  '\u0000', '\u0001\u0002\u0003', '\u0007', '\t\n\r', '\u001b[31m', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200d',
  '\u202e', '\u2028\u2029', '\ufeff', '\ufffd', '\uffff', '\ud800', '\udfff', '\ud83c', '🏃\u200d♂️', '👩‍👩‍👧‍👦',
  'e\u0301', 'İ', 'ß', 'ﬃ', 'Ω', 'Ǆ', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '中文', 'العربية', 'עברית', 'Ｆｕｌｌｗｉｄｔｈ', '\u0301\u0301\u0301',
];

export class ValuePools {
  readonly roleIds: string[];
  readonly skillIds: string[];
  readonly allIds: string[];

  constructor(private readonly random: Random, seedIds: Record<string, string[]>) {
    this.roleIds = seedIds.roles ?? [];
    this.skillIds = seedIds.skills ?? [];
    this.allIds = Object.values(seedIds).flat();
  }

  unicodeString(maxLength = 12): string {
    let out = '';
    const length = this.random.int(1, maxLength);
    while (out.length < length) {
      out += this.random.chance(0.5) ? this.random.pick(UNICODE) : String.fromCharCode(this.random.int(0x20, 0x7e));
    }
    return out;
  }

  unknownId(): string {
    return this.random.weighted<() => string>([
      [4, () => `no-such-${this.random.int(0, 1e6)}`],
      [1, () => ''],
      [1, () => ' '],
      [1, () => `${this.random.pick(this.roleIds)} `],
      [1, () => this.random.pick(this.roleIds).toUpperCase()],
      [2, () => this.random.pick(INJECTIONS)],
      [2, () => this.unicodeString()],
      [1, () => 'x'.repeat(this.random.pick([256, 5_000, 50_000]))],
    ])();
  }

  id(): string {
    if (this.random.chance(0.6)) return this.random.pick(this.random.chance(0.5) ? this.roleIds : this.allIds);
    return this.unknownId();
  }

  string(): string {
    return this.random.weighted<() => string>([
      [3, () => this.random.pick(['', 'a', 'edge', 'Engineer', 'AI', 'ml', 'cpp', 'python', 'stated', 'derived', 'onet', 'curated'])],
      [2, () => this.random.pick(LUCENE)],
      [2, () => this.random.pick(INJECTIONS)],
      [3, () => this.unicodeString()],
      [1, () => 'ab'.repeat(this.random.pick([500, 5_000, 30_000]))],
      [2, () => this.id()],
    ])();
  }

  int(): number {
    return this.random.chance(0.7) ? this.random.pick(INTERESTING_INTS) : this.random.int(-1000, 1000);
  }

  float(): number {
    return this.random.chance(0.7) ? this.random.pick(INTERESTING_FLOATS) : (this.random.float() - 0.5) * 1000;
  }
}

// --------------------------------------------------------------------------------- operations from the SDL

/** An enum value in a literal: written bare in GraphQL, as a string in JSON variables. */
class EnumValue {
  constructor(readonly name: string) {}
}

type InputValue = null | boolean | number | string | EnumValue | InputValue[] | { [key: string]: InputValue };

function literal(value: InputValue): string {
  if (value === null) return 'null';
  if (value instanceof EnumValue) return value.name;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')}}`;
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
    this.maxDepth = this.random.weighted([[2, 2], [3, 3], [3, 4], [3, 5], [2, 6], [1, 7], [1, 8]] as const);
    const mutation = this.schema.getMutationType();
    const isMutation = mutation !== null && mutation !== undefined && this.random.chance(0.08);
    const root = isMutation ? mutation! : this.schema.getQueryType()!;
    const fields = this.random.sample(Object.values(root.getFields()), this.random.weighted([[6, 1], [3, 2], [1, 3]] as const));
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
        if (!(this.random.chance(0.05))) this.variables[name] = toJson(value);
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
      const length = this.random.weighted([[3, 0], [4, 1], [4, 2], [3, 3], [2, 5], [1, 50], [1, 1000]] as const);
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

// ----------------------------------------------------------------------------------------- hostile requests

const JSON_HEADERS = { 'content-type': 'application/json' };
const PATH_QUERY = `{ careerPath(from: "embedded-software-engineer", to: "senior-edge-ai-engineer") { totalSteps } }`;

export function post(kind: string, payload: unknown, headers: Record<string, string> = JSON_HEADERS): FuzzRequest {
  return { kind, method: 'POST', path: '/graphql', headers, body: JSON.stringify(payload) };
}

function get(kind: string, params: Record<string, string>, headers: Record<string, string>): FuzzRequest {
  return { kind, method: 'GET', path: `/graphql?${new URLSearchParams(params).toString()}`, headers };
}

/** An HS256 JWT signed with `secret`, written by hand so the fuzz needs no library to make bad tokens. */
function hs256(payload: Record<string, unknown>, secret: string, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }): string {
  const encode = (part: unknown) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** Every generator of the fuzz, by name, with the share of requests it makes. */
export function createFuzzer(seed: number): { next(): FuzzRequest; random: Random } {
  const random = new Random(seededRandom(seed));
  const pools = new ValuePools(random, loadSeedIds());
  const operations = new OperationGenerator(loadSchema(), random, pools);
  const role = () => random.pick(pools.roleIds);
  const schemaPayload = () => {
    const { query, variables } = operations.operation();
    return Object.keys(variables).length || random.chance(0.3) ? { query, variables } : { query };
  };

  const generators: [number, string, () => FuzzRequest][] = [
    [30, 'schema-operation', () => post('schema-operation', schemaPayload())],

    [6, 'get', () => {
      const { query, variables } = operations.operation();
      const params: Record<string, string> = { query };
      if (Object.keys(variables).length) params.variables = JSON.stringify(variables);
      if (random.chance(0.1)) params.variables = '{"id": ';
      if (random.chance(0.1)) params.extensions = '{"persistedQuery":{"version":1,"sha256Hash":"00"}}';
      const headers = random.weighted<Record<string, string>>([
        [3, {}],
        [3, { 'apollo-require-preflight': 'true' }],
        [1, { 'x-apollo-operation-name': 'Fuzz' }],
        [1, { 'content-type': 'application/json' }],
        [1, { 'content-type': 'text/plain' }],
        [1, { 'apollo-require-preflight': 'true', accept: 'application/graphql-response+json' }],
      ]);
      return get('get', params, headers);
    }],

    [4, 'malformed-json', () => {
      const valid = JSON.stringify({ query: PATH_QUERY });
      const body = random.pick([
        '',
        '{',
        '{"query":',
        '{"query": "{ __typename }",}',
        "{'query': '{ __typename }'}",
        '{"query": "{ __typename }"} trailing',
        valid.slice(0, random.int(1, valid.length - 1)),
        'null',
        'true',
        '42',
        '"just a string"',
        'NaN',
        '{"query": "\\x41"}',
        '{"query": "\u0000"}',
        `{"query": "${'\\u'}"}`,
        '[[[[[[[[[[[[[[[[[[[[',
        `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
        `{"variables": ${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}, "query": "{ __typename }"}`,
        '\ufeff{"query": "{ __typename }"}',
        '{"query": "{ __typename }", "query": "{ sources { id } }"}',
        '{"__proto__": {"query": "{ __typename }"}}',
        '{"constructor": {"prototype": {"polluted": true}}, "query": "{ __typename }"}',
      ]);
      return { kind: 'malformed-json', method: 'POST', path: '/graphql', headers: JSON_HEADERS, body };
    }],

    [4, 'content-type', () => {
      const body = JSON.stringify({ query: PATH_QUERY });
      const headers = random.pick<Record<string, string>>([
        {},
        { 'content-type': 'text/plain' },
        { 'content-type': 'text/plain;charset=utf-8' },
        { 'content-type': 'application/x-www-form-urlencoded' },
        { 'content-type': 'multipart/form-data; boundary=x' },
        { 'content-type': 'application/graphql' },
        { 'content-type': 'application/xml' },
        { 'content-type': 'application/json; charset=latin1' },
        { 'content-type': 'application/json; charset=utf-16' },
        { 'content-type': 'application/json; charset=nonsense' },
        { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        { 'content-type': 'application/json', 'content-encoding': 'br' },
        { 'content-type': 'application/json', 'content-encoding': 'nonsense' },
        { 'content-type': 'application/jsonx' },
        { 'content-type': 'json' },
        { 'content-type': '*/*' },
        { 'content-type': 'application/json', accept: 'text/html' },
        { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        { 'content-type': 'application/json', accept: 'application/xml' },
        { 'content-type': 'application/graphql-response+json' },
      ]);
      const raw = random.chance(0.2) ? 'query=%7B__typename%7D' : body;
      return { kind: 'content-type', method: 'POST', path: '/graphql', headers, body: raw };
    }],

    [4, 'body-shape', () =>
      post('body-shape', random.pick<unknown>([
        {},
        { query: null },
        { query: 123 },
        { query: ['{ __typename }'] },
        { query: { kind: 'Document' } },
        { query: '' },
        { query: '   ' },
        { query: PATH_QUERY, variables: 'not an object' },
        { query: PATH_QUERY, variables: '{"a": 1}' },
        { query: PATH_QUERY, variables: [1, 2] },
        { query: PATH_QUERY, variables: null },
        { query: PATH_QUERY, operationName: 42 },
        { query: PATH_QUERY, operationName: 'Missing' },
        { query: 'query A { __typename } query B { __typename }' },
        { query: 'query A { __typename } query B { __typename }', operationName: 'B' },
        { query: 'query A { __typename } query A { __typename }', operationName: 'A' },
        { query: PATH_QUERY, extensions: 'x' },
        { query: PATH_QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
        { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
        { extensions: { persistedQuery: { version: 2, sha256Hash: 42 } } },
        { query: 'subscription { sources { id } }' },
        JSON.parse('{"query": "{ __typename }", "variables": {"__proto__": {"polluted": true}}}'),
      ]))],

    [3, 'batched', () => {
      const count = random.pick([0, 1, 2, 10, 100]);
      return { kind: 'batched', method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: JSON.stringify(Array.from({ length: count }, schemaPayload)) };
    }],

    [4, 'huge-string', () => {
      // Around the body limit (100kb = 102,400 bytes): 60 kB and 99 kB fit, 104 kB, 500 kB and 2 MB do not.
      const size = random.pick([60_000, 99_000, 104_000, 500_000, 2_000_000]);
      const unit = random.pick(['a', 'é', '🏃', ' ']);
      const filler = unit.repeat(Math.floor(size / Buffer.byteLength(unit)));
      return random.pick<() => FuzzRequest>([
        () => post('huge-string', { query: `query($t: String!) { search(text: $t) { score } }`, variables: { t: filler } }),
        () => post('huge-string', { query: `{ role(id: ${JSON.stringify(filler)}) { id } }` }),
        () => post('huge-string', { query: `query($id: ID!) { role(id: $id) { id } }`, variables: { id: filler } }),
        () => post('huge-string', { query: `# ${filler.replace(/\s/g, 'x')}\n{ __typename }` }),
        () => post('huge-string', { query: `{ __typename }`, variables: { unused: filler } }),
      ])();
    }],

    [4, 'deep-nesting', () => {
      const depth = random.pick([5, 6, 7, 8, 12, 30]);
      const nested = (d: number): string => (d <= 0 ? 'id' : `nextRoles { to { ${nested(d - 2)} } }`);
      return random.pick<() => FuzzRequest>([
        () => post('deep-nesting', { query: `{ role(id: "${role()}") { ${nested(depth)} } }` }),
        () => post('deep-nesting', { query: `{ ${'tracks { roles { '.repeat(Math.ceil(depth / 2))}id${' } }'.repeat(Math.ceil(depth / 2))} }` }),
        () => post('deep-nesting', { query: `{ ${'a { '.repeat(depth * 100)}b${' }'.repeat(depth * 100)} }` }),
        () => post('deep-nesting', { query: `{ roles(filter: ${'{titleContains: '.repeat(depth * 10)}"x"${'}'.repeat(depth * 10)}) { totalCount } }` }),
        () => post('deep-nesting', { query: `{ skillOverlap(roles: ${'['.repeat(depth * 15)}"ml-engineer"${']'.repeat(depth * 15)}) { jaccard } }` }),
        () => post('deep-nesting', { query: `query($r: [ID!]!) { skillOverlap(roles: $r) { jaccard } }`, variables: { r: JSON.parse(`${'['.repeat(depth * 20)}"x"${']'.repeat(depth * 20)}`) } }),
      ])();
    }],

    [4, 'alias-bomb', () => {
      const count = random.pick([10, 15, 16, 50, 300]);
      const field = random.pick([
        '__typename',
        `careerPaths(from: "embedded-software-engineer", to: "senior-edge-ai-engineer", first: 10, maxSteps: 8) { steps { skillsToLearn { id } } }`,
        `role(id: "${role()}") { skills { skill { roles { role { id } } } } }`,
        `skillDemand(first: 100) { skill { id } }`,
      ]);
      return random.pick<() => FuzzRequest>([
        () => post('alias-bomb', { query: `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }` }),
        () => post('alias-bomb', { query: `{ ...F ${'...F '.repeat(count)} } fragment F on Query { x1: ${field} x2: ${field} }` }),
        () => post('alias-bomb', { query: `{ __typename ${'@include(if: true) '.repeat(count)} }` }),
        () => post('alias-bomb', { query: `{ role(id: "ml-engineer") { ${Array.from({ length: count }, (_, i) => `t${i}: title`).join(' ')} } }` }),
      ])();
    }],

    [4, 'fragment-cycle', () => {
      const chain = random.int(2, 40);
      return post('fragment-cycle', { query: random.pick([
        `{ role(id: "${role()}") { ...A } } fragment A on Role { nextRoles { to { ...A } } }`,
        `{ role(id: "${role()}") { ...A } } fragment A on Role { ...B } fragment B on Role { ...A }`,
        `{ ...Q } fragment Q on Query { ...Q }`,
        `{ role(id: "x") { ...A } } fragment A on Role { ... on Role { ...A } }`,
        `{ ...F0 } ${Array.from({ length: chain }, (_, i) => `fragment F${i} on Query { ...F${(i + 1) % chain} }`).join(' ')}`,
        // Not a cycle but an explosion: each fragment spreads the next one twice (2^chain paths).
        `{ ...E0 } ${Array.from({ length: Math.min(chain, 30) }, (_, i) => `fragment E${i} on Query { __typename ...E${i + 1} ...E${i + 1} }`).join(' ')} fragment E${Math.min(chain, 30)} on Query { __typename }`,
        `{ ...Missing }`,
        `{ __typename } fragment Unused on Query { __typename }`,
        `{ role(id: "x") { ...R } } fragment R on Skill { id }`,
      ]) });
    }],

    [5, 'wrong-variables', () => {
      const bad = (): unknown => random.pick<unknown>([123, -1, 1.5, true, null, {}, [], ['x'], 'x', '', 2147483648, 1e300, { id: 'x' }]);
      return random.pick<() => FuzzRequest>([
        () => post('wrong-variables', { query: `query($id: ID!) { role(id: $id) { id } }`, variables: { id: bad() } }),
        () => post('wrong-variables', { query: `query($id: ID!) { role(id: $id) { id } }`, variables: {} }),
        () => post('wrong-variables', { query: `query($first: Int) { roles(first: $first) { totalCount } }`, variables: { first: random.pick<unknown>(['10', 1e10, -1, 0, 101, 3.7, true, [], 2147483648]) } }),
        () => post('wrong-variables', { query: `query($o: PathOptimization) { careerPaths(from: "ml-engineer", to: "edge-ai-engineer", optimize: $o) { totalSteps } }`, variables: { o: random.pick<unknown>(['STEP', 'steps', 1, '', 'MONTHS ', ['STEPS']]) } }),
        () => post('wrong-variables', { query: `query($f: RoleFilter) { roles(filter: $f) { totalCount } }`, variables: { f: random.pick<unknown>([{ titleContain: 'a' }, { titleContains: 5 }, 'str', [], { source: {} }]) } }),
        () => post('wrong-variables', { query: `query($id: String!) { role(id: $id) { id } }`, variables: { id: 'ml-engineer' } }),
        () => post('wrong-variables', { query: `query($n: Int = "five") { roles(first: $n) { totalCount } }` }),
        () => post('wrong-variables', { query: `query($s: [ID!]!) { recommendRoles(skills: $s) { coverage } }`, variables: { s: random.pick<unknown>([[], [null], 'cpp', [1, 2], Array.from({ length: 1000 }, (_, i) => `s${i}`)]) } }),
        () => post('wrong-variables', { query: `query($i: SkillInput!) { __typename }`, variables: { i: { id: 1 } } }),
        () => post('wrong-variables', { query: `query($x: Float) { careerPaths(from: "ml-engineer", to: "edge-ai-engineer", first: $x) { totalSteps } }`, variables: { x: 2 } }),
      ])();
    }],

    [5, 'unknown-ids', () => {
      const id = JSON.stringify(pools.unknownId());
      const other = JSON.stringify(random.chance(0.5) ? role() : pools.unknownId());
      return post('unknown-ids', { query: random.pick([
        `{ role(id: ${id}) { id title } }`,
        `{ skill(id: ${id}) { id } company(id: ${id}) { id } certification(id: ${id}) { id } course(id: ${id}) { id } platform(id: ${id}) { id } }`,
        `{ careerPath(from: ${id}, to: ${other}) { totalSteps } }`,
        `{ careerPaths(from: ${other}, to: ${id}, avoid: [${id}]) { totalSteps } }`,
        `{ skillGap(from: ${id}, to: ${other}, knownSkills: [${id}]) { toLearn { skill { id } } } }`,
        `{ similarRoles(role: ${id}) { score } }`,
        `{ nextRoles(role: ${id}, knownSkills: [${id}]) { score } }`,
        `{ recommendRoles(skills: [${id}], from: ${id}) { coverage } }`,
        `{ skillOverlap(roles: [${id}, ${other}]) { jaccard } }`,
        `{ roles(filter: { track: ${id}, skill: ${id} }) { totalCount } }`,
        `{ roles(after: ${id}) { totalCount edges { cursor } } }`,
        `{ skills(after: ${id}, first: 5) { pageInfo { hasNextPage } } }`,
      ]) });
    }],

    [5, 'unicode', () => {
      const text = pools.unicodeString(40);
      return random.pick<() => FuzzRequest>([
        () => post('unicode', { query: `query($t: String!) { search(text: $t) { score node { __typename } } }`, variables: { t: text } }),
        () => post('unicode', { query: `query($id: ID!) { role(id: $id) { id } }`, variables: { id: text } }),
        () => post('unicode', { query: `query($f: RoleFilter) { roles(filter: $f) { totalCount } }`, variables: { f: { titleContains: text } } }),
        () => post('unicode', { query: `{ search(text: ${JSON.stringify(text)}) { score } }` }),
        () => post('unicode', { query: `{ role(id: "${text}") { id } }` }),
        () => post('unicode', { query: `${text}{ __typename }` }),
        () => post('unicode', { query: `{ __typename }`, operationName: text }),
        () => ({ kind: 'unicode', method: 'POST', path: '/graphql', headers: JSON_HEADERS, body: Buffer.concat([Buffer.from('{"query": "{ role(id: \\"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from('\\") { id } }"}')]) }),
      ])();
    }],

    [3, 'oversized-document', () => {
      const tokens = random.pick([900, 1001, 3000, 20_000]);
      return random.pick<() => FuzzRequest>([
        () => post('oversized-document', { query: `{ ${'__typename '.repeat(tokens)}}` }),
        () => post('oversized-document', { query: `{ role(id: "ml-engineer") { ${Array.from({ length: tokens / 2 }, (_, i) => `f${i}: id`).join(' ')} } }` }),
        () => post('oversized-document', { query: `{ __typename }${' '.repeat(random.pick([90_000, 150_000]))}` }),
        () => post('oversized-document', { query: `{ skillOverlap(roles: [${Array.from({ length: tokens }, () => `"${role()}"`).join(', ')}]) { jaccard } }` }),
        () => get('oversized-document', { query: `{ ${'__typename '.repeat(random.pick([500, 1500, 2000]))}}` }, { 'apollo-require-preflight': 'true' }),
      ])();
    }],

    [4, 'suggestion-bait', () =>
      post('suggestion-bait', { query: random.pick([
        `{ rol(id: "ml-engineer") { id } }`,
        `{ role(idd: "ml-engineer") { id } }`,
        `{ role(id: "ml-engineer") { titel } }`,
        `{ careerPaths(from: "ml-engineer", to: "edge-ai-engineer", optimize: STEP) { totalSteps } }`,
        `{ roles(filter: { titleContain: "a" }) { totalCount } }`,
        `query($x: Rol) { __typename }`,
        `{ ... on Querry { __typename } }`,
        `{ search(text: "edge") { node { ... on Rol { id } } } }`,
        `{ role(id: "ml-engineer") { skills(importance: REQUIRE) { skill { id } } } }`,
        `{ roles(filter: { sourc: "stated" }) { totalCount } }`,
        `mutation { upsertRol(input: {}) { id } }`,
        `{ __typename @inclde(if: true) }`,
        `{ skils { totalCount } }`,
        `{ role(id: "ml-engineer") { nextRole { to { id } } } }`,
        `{ __schema { types { name } } }`,
        `{ __type(name: "Role") { fields { name } } }`,
        `{ role(id: "ml-engineer") { __typenam } }`,
      ]) })],

    [2, 'curation', () => {
      const secret = random.pick(['x'.repeat(40), 'wrong-secret-wrong-secret-wrong-secret']);
      const authorization = random.pick([
        '',
        'Bearer',
        'Bearer ',
        'Bearer not.a.jwt',
        'Basic dXNlcjpwYXNz',
        'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiY3VyYXRvciJdfQ.',
        `Bearer ${hs256({ sub: 'fuzz', roles: ['curator'] }, secret)}`,
        `Bearer ${hs256({ sub: 'fuzz', roles: ['curator'], exp: 1 }, secret)}`,
        `Bearer ${hs256({ sub: 'fuzz', roles: ['curator'] }, secret, { alg: 'none' })}`,
        `Bearer ${'a'.repeat(8_000)}`,
      ]);
      const mutation = random.pick([
        `mutation { removeTransition(from: "ml-engineer", to: "edge-ai-engineer") }`,
        `mutation { upsertSkill(input: { id: "fuzz", name: "Fuzz", category: "TECHNOLOGY" }) { id } }`,
        `mutation { setRoleSkills(role: "ml-engineer", skills: []) { id } }`,
      ]);
      return post('curation', { query: mutation }, authorization ? { ...JSON_HEADERS, authorization } : JSON_HEADERS);
    }],

    [2, 'http-method', () => {
      const method = random.pick(['PUT', 'PATCH', 'DELETE', 'TRACE']);
      const body = method === 'TRACE' ? undefined : JSON.stringify({ query: PATH_QUERY });
      return { kind: 'http-method', method, path: '/graphql', headers: JSON_HEADERS, body };
    }],

    [1, 'path', () => ({
      kind: 'path',
      method: random.pick(['GET', 'POST']),
      path: random.pick(['/', '/nope', '/graphql/extra', '/graphiql', '/graphiql/', '/widgets/nope.js', '/%ff', '/graphql%00', '/.env', '/..%2f..%2fetc%2fpasswd', '/graphql/../../x']),
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: '{ __typename }' }),
    })],

    [1, 'huge-url', () => get('huge-url', { query: `{ search(text: "${'a'.repeat(random.pick([4_000, 12_000, 40_000]))}") { score } }` }, { 'apollo-require-preflight': 'true' })],
  ];

  const entries = generators.map(([weight, , make]) => [weight, make] as const);
  return { next: () => random.weighted(entries)(), random };
}
