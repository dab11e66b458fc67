// Hostile GraphQL documents: deep nesting, alias and fragment bombs, fragment cycles, variables of the wrong type,
// unknown and injected ids, unicode, oversized documents, and misspellings that bait "Did you mean" suggestions.
import type { FuzzContext, FuzzGenerators } from './context.js';
import { get, JSON_HEADERS, post, type FuzzRequest } from './requests.js';

export function documentAttacks({ random, pools, role }: FuzzContext): FuzzGenerators {
  return {
    'deep-nesting': () => {
      const depth = random.pick([5, 6, 7, 8, 12, 30]);
      const nested = (d: number): string => (d <= 0 ? 'id' : `nextRoles { to { ${nested(d - 2)} } }`);
      return random.pick<() => FuzzRequest>([
        () => post('deep-nesting', { query: `{ role(id: "${role()}") { ${nested(depth)} } }` }),
        () => post('deep-nesting', { query: `{ ${'tracks { roles { '.repeat(Math.ceil(depth / 2))}id${' } }'.repeat(Math.ceil(depth / 2))} }` }),
        () => post('deep-nesting', { query: `{ ${'a { '.repeat(depth * 100)}b${' }'.repeat(depth * 100)} }` }),
        () =>
          post('deep-nesting', { query: `{ roles(filter: ${'{titleContains: '.repeat(depth * 10)}"x"${'}'.repeat(depth * 10)}) { totalCount } }` }),
        () => post('deep-nesting', { query: `{ skillOverlap(roles: ${'['.repeat(depth * 15)}"ml-engineer"${']'.repeat(depth * 15)}) { jaccard } }` }),
        () =>
          post('deep-nesting', {
            query: `query($r: [ID!]!) { skillOverlap(roles: $r) { jaccard } }`,
            variables: { r: JSON.parse(`${'['.repeat(depth * 20)}"x"${']'.repeat(depth * 20)}`) },
          }),
      ])();
    },

    'alias-bomb': () => {
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
    },

    'fragment-cycle': () => {
      const chain = random.int(2, 40);
      return post('fragment-cycle', {
        query: random.pick([
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
        ]),
      });
    },

    'wrong-variables': () => {
      const bad = (): unknown => random.pick<unknown>([123, -1, 1.5, true, null, {}, [], ['x'], 'x', '', 2147483648, 1e300, { id: 'x' }]);
      return random.pick<() => FuzzRequest>([
        () => post('wrong-variables', { query: `query($id: ID!) { role(id: $id) { id } }`, variables: { id: bad() } }),
        () => post('wrong-variables', { query: `query($id: ID!) { role(id: $id) { id } }`, variables: {} }),
        () =>
          post('wrong-variables', {
            query: `query($first: Int) { roles(first: $first) { totalCount } }`,
            variables: { first: random.pick<unknown>(['10', 1e10, -1, 0, 101, 3.7, true, [], 2147483648]) },
          }),
        () =>
          post('wrong-variables', {
            query: `query($o: PathOptimization) { careerPaths(from: "ml-engineer", to: "edge-ai-engineer", optimize: $o) { totalSteps } }`,
            variables: { o: random.pick<unknown>(['STEP', 'steps', 1, '', 'MONTHS ', ['STEPS']]) },
          }),
        () =>
          post('wrong-variables', {
            query: `query($f: RoleFilter) { roles(filter: $f) { totalCount } }`,
            variables: { f: random.pick<unknown>([{ titleContain: 'a' }, { titleContains: 5 }, 'str', [], { source: {} }]) },
          }),
        () => post('wrong-variables', { query: `query($id: String!) { role(id: $id) { id } }`, variables: { id: 'ml-engineer' } }),
        () => post('wrong-variables', { query: `query($n: Int = "five") { roles(first: $n) { totalCount } }` }),
        () =>
          post('wrong-variables', {
            query: `query($s: [ID!]!) { recommendRoles(skills: $s) { coverage } }`,
            variables: { s: random.pick<unknown>([[], [null], 'cpp', [1, 2], Array.from({ length: 1000 }, (_, i) => `s${i}`)]) },
          }),
        () => post('wrong-variables', { query: `query($i: SkillInput!) { __typename }`, variables: { i: { id: 1 } } }),
        () =>
          post('wrong-variables', {
            query: `query($x: Float) { careerPaths(from: "ml-engineer", to: "edge-ai-engineer", first: $x) { totalSteps } }`,
            variables: { x: 2 },
          }),
      ])();
    },

    'unknown-ids': () => {
      const id = JSON.stringify(pools.unknownId());
      const other = JSON.stringify(random.chance(0.5) ? role() : pools.unknownId());
      return post('unknown-ids', {
        query: random.pick([
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
        ]),
      });
    },

    unicode: () => {
      const text = pools.unicodeString(40);
      return random.pick<() => FuzzRequest>([
        () => post('unicode', { query: `query($t: String!) { search(text: $t) { score node { __typename } } }`, variables: { t: text } }),
        () => post('unicode', { query: `query($id: ID!) { role(id: $id) { id } }`, variables: { id: text } }),
        () => post('unicode', { query: `query($f: RoleFilter) { roles(filter: $f) { totalCount } }`, variables: { f: { titleContains: text } } }),
        () => post('unicode', { query: `{ search(text: ${JSON.stringify(text)}) { score } }` }),
        () => post('unicode', { query: `{ role(id: "${text}") { id } }` }),
        () => post('unicode', { query: `${text}{ __typename }` }),
        () => post('unicode', { query: `{ __typename }`, operationName: text }),
        () => ({
          kind: 'unicode',
          method: 'POST',
          path: '/graphql',
          headers: JSON_HEADERS,
          body: Buffer.concat([
            Buffer.from('{"query": "{ role(id: \\"'),
            Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
            Buffer.from('\\") { id } }"}'),
          ]),
        }),
      ])();
    },

    'oversized-document': () => {
      const tokens = random.pick([900, 1001, 3000, 20_000]);
      return random.pick<() => FuzzRequest>([
        () => post('oversized-document', { query: `{ ${'__typename '.repeat(tokens)}}` }),
        () =>
          post('oversized-document', {
            query: `{ role(id: "ml-engineer") { ${Array.from({ length: tokens / 2 }, (_, i) => `f${i}: id`).join(' ')} } }`,
          }),
        () => post('oversized-document', { query: `{ __typename }${' '.repeat(random.pick([90_000, 150_000]))}` }),
        () =>
          post('oversized-document', {
            query: `{ skillOverlap(roles: [${Array.from({ length: tokens }, () => `"${role()}"`).join(', ')}]) { jaccard } }`,
          }),
        () =>
          get('oversized-document', { query: `{ ${'__typename '.repeat(random.pick([500, 1500, 2000]))}}` }, { 'apollo-require-preflight': 'true' }),
      ])();
    },

    'suggestion-bait': () =>
      post('suggestion-bait', {
        query: random.pick([
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
        ]),
      }),
  };
}
