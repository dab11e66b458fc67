// Hostile requests at the HTTP level: GET with and without CSRF headers, bad JSON, wrong content types and body
// shapes, batches, oversized bodies and URLs, bad tokens for the curator mutations, other methods and paths.
import type { FuzzContext, FuzzGenerators } from './context.js';
import { get, hs256, JSON_HEADERS, PATH_QUERY, post, type FuzzRequest } from './requests.js';

export function httpRequests({ random, operations, schemaPayload }: FuzzContext): FuzzGenerators {
  return {
    get: () => {
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
    },

    'malformed-json': () => {
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
    },

    'content-type': () => {
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
    },

    'body-shape': () =>
      post(
        'body-shape',
        random.pick<unknown>([
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
        ]),
      ),

    batched: () => {
      const count = random.pick([0, 1, 2, 10, 100]);
      return {
        kind: 'batched',
        method: 'POST',
        path: '/graphql',
        headers: JSON_HEADERS,
        body: JSON.stringify(Array.from({ length: count }, schemaPayload)),
      };
    },

    'huge-string': () => {
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
    },

    curation: () => {
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
    },

    'http-method': () => {
      const method = random.pick(['PUT', 'PATCH', 'DELETE', 'TRACE']);
      const body = method === 'TRACE' ? undefined : JSON.stringify({ query: PATH_QUERY });
      return { kind: 'http-method', method, path: '/graphql', headers: JSON_HEADERS, body };
    },

    path: () => ({
      kind: 'path',
      method: random.pick(['GET', 'POST']),
      path: random.pick([
        '/',
        '/nope',
        '/graphql/extra',
        '/graphiql',
        '/graphiql/',
        '/widgets/nope.js',
        '/%ff',
        '/graphql%00',
        '/.env',
        '/..%2f..%2fetc%2fpasswd',
        '/graphql/../../x',
      ]),
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: '{ __typename }' }),
    }),

    'huge-url': () =>
      get(
        'huge-url',
        { query: `{ search(text: "${'a'.repeat(random.pick([4_000, 12_000, 40_000]))}") { score } }` },
        { 'apollo-require-preflight': 'true' },
      ),
  };
}
