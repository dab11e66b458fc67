// Query limits, production hardening and HTTP-level protections, over HTTP.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let dev: TestApi;
let prod: TestApi;
let small: TestApi;

async function post(target: TestApi, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

beforeAll(async () => {
  dev = await startTestApi({ CORS_ORIGINS: 'https://widgets.example' });
  prod = await startTestApi({ NODE_ENV: 'production' });
  small = await startTestApi({ MAX_RESULT_ITEMS: '20' });
});

afterAll(async () => {
  await small.close();
  await prod.close();
  await dev.close();
});

describe('the answer size limit (MAX_RESULT_ITEMS)', () => {
  const itemsOf = (value: unknown): number =>
    Array.isArray(value)
      ? value.length + value.reduce((sum: number, item) => sum + itemsOf(item), 0)
      : value && typeof value === 'object'
        ? Object.values(value).reduce((sum: number, item) => sum + itemsOf(item), 0)
        : 0;
  const skillsWithTheirRoles = `{ role(id: "edge-ai-engineer") { skills(grain: SKILL) { skill { roles { role { title } } } } } }`;

  it('answers a query whose lists stay inside the budget', async () => {
    const { status, body } = await post(small, { query: `{ role(id: "edge-ai-engineer") { skills { skill { name } } } }` });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.role.skills.length).toBeGreaterThan(5);
  });

  it('refuses an answer whose nested lists multiply past the budget with one RESULT_TOO_LARGE error and no data', async () => {
    const full = await post(dev, { query: skillsWithTheirRoles });
    expect(full.body.errors).toBeUndefined();
    expect(itemsOf(full.body.data)).toBeGreaterThan(20);

    const { status, body } = await post(small, { query: skillsWithTheirRoles });
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toMatchObject({ code: 'RESULT_TOO_LARGE', limit: 'maxResultItems', max: 20 });
    expect(body.errors[0].message).toMatch(/more than 20 list items \(MAX_RESULT_ITEMS\)/);
  });
});

describe('query limits', () => {
  const nested = (depth: number) => {
    // role -> nextRoles -> to -> nextRoles -> to ...: each hop adds two levels
    let selection = 'id';
    for (let i = 0; i < depth; i += 1) selection = i % 2 === 0 ? `to { ${selection} }` : `nextRoles { ${selection} }`;
    return `{ role(id: "edge-ai-engineer") { ${selection.startsWith('to') ? `nextRoles { ${selection} }` : selection} } }`;
  };
  const cases: [string, string, RegExp][] = [
    ['depth above 6', nested(7), /depth limit of 6 exceeded, found \d+/i],
    [
      'more than 15 aliases',
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: role(id: "ml-engineer") { id }`).join(' ')} }`,
      /aliases limit of 15 exceeded, found 16/i,
    ],
    [
      'more than 50 directives',
      `{ role(id: "ml-engineer") { id ${'@include(if: true) '.repeat(51)} } }`,
      /directives limit of 50 exceeded, found 51/i,
    ],
    ['more than 1,000 tokens', `{ ${Array.from({ length: 200 }, () => 'sources { id name }').join(' ')} }`, /token limit of 1000 exceeded/i],
    [
      'a cost above 5,000',
      `{ ${Array.from({ length: 14 }, (_, i) => `q${i}: roles(first: 100) { edges { node { skills { skill { roles { importance } } } } } }`).join(' ')} }`,
      /cost limit of 5000 exceeded/i,
    ],
  ];
  for (const [name, query, message] of cases) {
    it(`refuses ${name} with HTTP 400, naming the limit and the value, before any database work`, async () => {
      const { status, body } = await post(dev, { query });
      expect(status).toBe(400);
      expect(body.errors[0].message).toMatch(message);
      expect(body.data).toBeUndefined();
      expect(body.extensions?.cypherStatements ?? 0).toBe(0);
    });
  }

  it('accepts a query just inside the limits', async () => {
    const { status, body } = await post(dev, { query: `{ role(id: "edge-ai-engineer") { nextRoles { to { nextRoles { to { id } } } } } }` });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('refuses batched (array) requests', async () => {
    const { status, body } = await post(dev, [{ query: '{ sources { id } }' }, { query: '{ sources { id } }' }]);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/batching/i);
  });
});

describe('production mode', () => {
  it('turns introspection off', async () => {
    const { body } = await post(prod, { query: '{ __schema { types { name } } }' });
    expect(body.errors[0]).toMatchObject({
      message: 'Introspection is disabled on this server.',
      extensions: { validationErrorCode: 'INTROSPECTION_DISABLED' },
    });
    const devAnswer = await post(dev, { query: '{ __schema { queryType { name } } }' });
    expect(devAnswer.body.data.__schema.queryType.name).toBe('Query');
  });

  it('hides field suggestions, which development shows', async () => {
    const { body } = await post(prod, { query: '{ role(id: "ml-engineer") { titel } }' });
    expect(JSON.stringify(body)).not.toMatch(/Did you mean/);
    const devAnswer = await post(dev, { query: '{ role(id: "ml-engineer") { titel } }' });
    expect(devAnswer.body.errors[0].message).toMatch(/Did you mean "title"/);
  });

  it('masks unexpected errors: no stack trace, no Cypher, no driver message', async () => {
    const broken = await startTestApi({ NODE_ENV: 'production' });
    await broken.driver.close(); // every query now fails inside the driver, unexpectedly
    try {
      const { body } = await post(broken, { query: '{ role(id: "ml-engineer") { id } }' });
      expect(body.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      const text = JSON.stringify(body);
      expect(text).not.toMatch(/stack|MATCH|neo4j|driver|Pool|\.ts:/i);
    } finally {
      await broken.server.stop();
    }
  });

  it('serves GraphiQL only when enabled', async () => {
    expect((await fetch(`${prod.url}/graphiql/`)).status).toBe(404);
    const enabled = await startTestApi({ NODE_ENV: 'production', GRAPHIQL: 'true' });
    try {
      expect((await fetch(`${enabled.url}/graphiql/`)).status).toBe(200);
    } finally {
      await enabled.close();
    }
  });
});

describe('HTTP protections', () => {
  it('refuses a body above the 100 KB limit with 413 and a JSON error', async () => {
    const { status, body } = await post(dev, { query: `{ search(text: "${'a'.repeat(120_000)}") { score } }` });
    expect(status).toBe(413);
    expect(body.errors[0].message).toMatch(/larger than the limit/);
  });

  it('answers malformed JSON with 400 and a JSON error', async () => {
    const { status, body } = await post(dev, '{"query": ');
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('reads a gzip-compressed body, and names an encoding or charset it cannot read', async () => {
    const query = JSON.stringify({ query: '{ role(id: "edge-ai-engineer") { title } }' });
    const send = (body: BodyInit, headers: Record<string, string>) =>
      fetch(`${dev.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const zipped = await send(new Uint8Array(gzipSync(query)), { 'content-encoding': 'gzip' });
    expect((await zipped.json()).data.role.title).toBe('Edge AI Engineer');
    const zstd = await send(new Uint8Array(gzipSync(query)), { 'content-encoding': 'zstd' });
    expect(zstd.status).toBe(415);
    expect((await zstd.json()).errors[0].message).toBe('Unsupported Content-Encoding "zstd": send the body as gzip, deflate, br or uncompressed.');
    const notGzip = await send(query, { 'content-encoding': 'gzip' });
    expect(notGzip.status).toBe(400);
    expect((await notGzip.json()).errors[0].message).toBe('Bad request: the body is not valid gzip.');
    const latin1 = await send(query, { 'content-type': 'application/json; charset=latin1' });
    expect(latin1.status).toBe(415);
    expect((await latin1.json()).errors[0].message).toBe('Unsupported charset "latin1": send the body as UTF-8.');
  });

  it('refuses a compressed body that inflates past the limit', async () => {
    const inflated = JSON.stringify({ query: `{ search(text: "${'a'.repeat(200_000)}") { score } }` });
    const response = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: new Uint8Array(gzipSync(inflated)),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].message).toBe('The request body is larger than the limit (BODY_LIMIT).');
  });

  it('answers a GET with an ETag, and with 304 and no body when the client already has that answer', async () => {
    const url = `${dev.url}/graphql?query=${encodeURIComponent('{ role(id: "edge-ai-engineer") { title } }')}`;
    const headers = { 'apollo-require-preflight': 'true' };
    const first = await fetch(url, { headers });
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^W\/"[\w-]+"$/);
    expect((await first.json()).data.role.title).toBe('Edge AI Engineer');
    const again = await fetch(url, { headers: { ...headers, 'if-none-match': tag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const changed = await fetch(url, { headers: { ...headers, 'if-none-match': 'W/"other"' } });
    expect(changed.status).toBe(200);
  });

  it('prevents CSRF: a GET without a preflight-forcing header is refused', async () => {
    const url = `${dev.url}/graphql?query=${encodeURIComponent('{ sources { id } }')}`;
    expect((await fetch(url)).status).toBe(400);
    expect((await fetch(url, { headers: { 'apollo-require-preflight': 'true' } })).status).toBe(200);
  });

  it('allows CORS only from the allowlist', async () => {
    const allowed = await fetch(`${dev.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://widgets.example', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://widgets.example');
    const other = await fetch(`${dev.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers persisted queries over GET with the Cache-Control header the schema hints give', async () => {
    const query = '{ role(id: "edge-ai-engineer") { id title } }';
    const hash = await sha256(query);
    const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
    const headers = { 'apollo-require-preflight': 'true' };
    const miss = await fetch(`${dev.url}/graphql?extensions=${extensions}`, { headers });
    expect((await miss.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    await fetch(`${dev.url}/graphql?extensions=${extensions}&query=${encodeURIComponent(query)}`, { headers });
    const hit = await fetch(`${dev.url}/graphql?extensions=${extensions}`, { headers });
    expect(hit.status).toBe(200);
    expect(hit.headers.get('cache-control')).toBe('max-age=300, public');
    expect((await hit.json()).data.role.title).toBe('Edge AI Engineer');
  });

  it('never caches a personalised answer publicly', async () => {
    const personal = `{ careerPaths(from: "embedded-software-engineer", to: "edge-ai-engineer", knownSkills: ["python"]) { totalSkillsToLearn } }`;
    const response = await fetch(`${dev.url}/graphql?query=${encodeURIComponent(personal)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('max-age=300, private');
  });
});

async function sha256(text: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(text).digest('hex');
}

describe('requests Node itself refuses', () => {
  it('answers a URL too large for Node with a JSON error, not an empty reply', async () => {
    const response = await fetch(`${dev.url}/graphql?query=${'x'.repeat(20_000)}`);
    expect(response.status).toBe(431);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('request errors', () => {
  it('says what is wrong with a subscription or a bad persisted query instead of masking it', async () => {
    const subscription = await post(prod, { query: 'subscription { sources { id } }' });
    expect(subscription.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
    expect(subscription.body.errors[0].message).toMatch(/subscription/);
    const version = await post(prod, { query: '{ sources { id } }', extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } });
    expect(version.body.errors[0]).toMatchObject({ message: 'Unsupported persisted query version', extensions: { code: 'BAD_REQUEST' } });
  });
});
