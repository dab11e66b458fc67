// Fuzzes the API over HTTP in production mode with a fixed seed: thousands of malformed, hostile and random
// requests, none of which may earn a 5xx, leak a stack trace, a schema suggestion or database text, or leave the
// server unhealthy. Replay a failure with the same FUZZ_SEED; widen a run with FUZZ_REQUESTS.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { createFuzzer } from '../support/fuzz-inputs.js';
import type { FuzzRequest } from '../support/fuzz/requests.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3_000);
const MIN_REQUESTS = 2_000;
const GENERATE_FOR_MS = 120_000;
const CONCURRENCY = 8;
const REQUEST_TIMEOUT_MS = 30_000;

interface Outcome {
  request: FuzzRequest;
  /** 0 when no response came back. */
  status: number;
  body: string;
  error?: string;
}

const STACK_TRACES = [
  /\bat (?:async )?(?:[\w$.<>[\]]+ )?\(?(?:file:\/\/)?(?:\/|[A-Za-z]:\\)[^\s"')]*:\d+/, // at fn (/srv/app/x.js:1:2)
  /\w*Error: [^"]*?(?:\n|\\n)\s*at /, // Error: message, then stack lines
];
const CODE_TEXT = ['node_modules', '.ts:'];
const SUGGESTION_TEXT = ['Did you mean'];
const DATABASE_TEXT = ['Neo4j', 'MATCH ', 'neo4j-driver', 'Neo.ClientError', 'Neo.TransientError', 'Neo.DatabaseError'];

function requestText(request: FuzzRequest): string {
  const body = request.body === undefined ? '' : request.body.toString();
  return `${request.method} ${request.path} ${JSON.stringify(request.headers)} ${body}`;
}

function describeOutcome({ request, status, body, error }: Outcome): string {
  const sent = requestText(request);
  const shown = sent.length > 400 ? `${sent.slice(0, 400)}... (${sent.length} chars)` : sent;
  return `[${request.kind}] ${shown}\n    -> ${status || `no response (${error})`} ${body.slice(0, 500)}`;
}

/** Node's HTTP parser answers a request line over 16 KB with an empty 431 before the app sees it. */
function isNodeParserRefusal(outcome: Outcome): boolean {
  return outcome.status === 431 && outcome.body === '';
}

function isGraphQLBody(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return false;
    return Array.isArray((parsed as { errors?: unknown }).errors) || 'data' in parsed;
  } catch {
    return false;
  }
}

function errorCodes(body: string): string[] {
  try {
    const errors = (JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] }).errors;
    if (!Array.isArray(errors)) return [];
    return errors.map((e) => (typeof e?.extensions?.code === 'string' ? e.extensions.code : '(no code)'));
  } catch {
    return [];
  }
}

function send(url: URL, agent: http.Agent, request: FuzzRequest): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: Omit<Outcome, 'request'>) => {
      if (settled) return;
      settled = true;
      resolve({ request, ...outcome });
    };
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
    const req = http.request({ host: url.hostname, port: url.port, method: request.method, path: request.path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => finish({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (error) => finish({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), error: error.message }));
    });
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    req.on('error', (error) => finish({ status: 0, body: '', error: error.message }));
    req.end(request.body);
  });
}

function countBy<T>(items: T[], key: (item: T) => string | string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const keys = key(item);
    for (const k of Array.isArray(keys) ? keys : [keys]) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}

function printSummary(outcomes: Outcome[], elapsedMs: number): void {
  const line = (counts: Map<string, number>) => [...counts].map(([k, n]) => `${k}: ${n}`).join(', ');
  console.log(`fuzz: seed ${SEED}, ${outcomes.length} requests in ${(elapsedMs / 1000).toFixed(1)} s, ${CONCURRENCY} in flight`);
  console.log(`fuzz: by status: ${line(countBy(outcomes, (o) => String(o.status)))}`);
  console.log(`fuzz: by error code: ${line(countBy(outcomes, (o) => errorCodes(o.body)))}`);
  console.log(`fuzz: with data and no errors: ${outcomes.filter((o) => o.status === 200 && errorCodes(o.body).length === 0).length}`);
  for (const [kind, statuses] of countBy(outcomes, (o) => o.request.kind)) {
    const byStatus = line(
      countBy(
        outcomes.filter((o) => o.request.kind === kind),
        (o) => String(o.status),
      ),
    );
    console.log(`fuzz: ${kind} (${statuses}): ${byStatus}`);
  }
  // Not failures by themselves, but worth a look: a slow query, a database away (internal errors fail the test).
  for (const code of ['INTERNAL_SERVER_ERROR', 'QUERY_TIMEOUT', 'SERVICE_UNAVAILABLE']) {
    const samples = outcomes.filter((o) => errorCodes(o.body).includes(code));
    for (const outcome of samples.slice(0, 5)) console.log(`fuzz: ${code} sample: ${describeOutcome(outcome)}`);
  }
}

describe('the API in production mode under fuzzing', () => {
  let api: TestApi;
  const outcomes: Outcome[] = [];
  let previousNodeEnv: string | undefined;
  let countsBefore: unknown;
  const countsQuery = `{ roles(first: 1) { totalCount } skills(first: 1) { totalCount } companies(first: 1) { totalCount } }`;

  beforeAll(async () => {
    // Express and Apollo read NODE_ENV from the process too: production means production all the way down.
    previousNodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    api = await startTestApi({ NODE_ENV: 'production', JWT_SECRET: 'fuzz-secret-that-no-fuzzed-token-is-signed-with' });
    countsBefore = (await api.query(countsQuery)).data;
  });

  afterAll(async () => {
    await api?.close();
    process.env.NODE_ENV = previousNodeEnv;
  });

  it(
    `answers ${MIN_REQUESTS}+ fuzzed requests without a 5xx, a stack trace, a suggestion or database text, always in GraphQL's JSON shape`,
    async () => {
      const fuzzer = createFuzzer(SEED);
      const url = new URL(api.url);
      const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
      const startedAt = Date.now();
      let generated = 0;
      // Requests are generated in one fixed order whatever the timing, so the seed replays the same inputs.
      const worker = async () => {
        while (generated < REQUESTS && Date.now() - startedAt < GENERATE_FOR_MS) {
          generated += 1;
          outcomes.push(await send(url, agent, fuzzer.next()));
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      agent.destroy();
      printSummary(outcomes, Date.now() - startedAt);

      for (const outcome of outcomes) {
        const sent = requestText(outcome.request);
        const planted = [...CODE_TEXT, ...SUGGESTION_TEXT, ...DATABASE_TEXT].filter((text) => sent.includes(text));
        expect(planted, `the generator itself wrote text the leak checks look for: ${describeOutcome(outcome)}`).toEqual([]);
      }
      const violations = (problem: (o: Outcome) => boolean) => outcomes.filter(problem).map(describeOutcome).slice(0, 15);
      const has = (texts: string[]) => (o: Outcome) => texts.some((text) => o.body.includes(text));

      expect(outcomes.length).toBeGreaterThanOrEqual(MIN_REQUESTS);
      // Soft: one run reports every kind of problem it found, not only the first.
      expect
        .soft(
          violations((o) => o.status === 0),
          'requests without an answer',
        )
        .toEqual([]);
      expect
        .soft(
          violations((o) => o.status >= 500),
          'answers with status 5xx',
        )
        .toEqual([]);
      expect
        .soft(
          violations((o) => STACK_TRACES.some((pattern) => pattern.test(o.body)) || has(CODE_TEXT)(o)),
          'stack traces',
        )
        .toEqual([]);
      expect.soft(violations(has(SUGGESTION_TEXT)), 'schema suggestions').toEqual([]);
      expect.soft(violations(has(DATABASE_TEXT)), 'Cypher or driver text').toEqual([]);
      // Every fuzzed request is the client's doing or a valid query: an internal error is a bug (in tests, a missed
      // projection answers one instead of a silent null).
      expect
        .soft(
          violations((o) => errorCodes(o.body).includes('INTERNAL_SERVER_ERROR')),
          'internal errors',
        )
        .toEqual([]);
      const isExempt = (o: Outcome) => isNodeParserRefusal(o) || (o.request.kind === 'path' && o.status === 404);
      expect
        .soft(
          violations((o) => !isExempt(o) && !isGraphQLBody(o.body)),
          'bodies that are not GraphQL JSON',
        )
        .toEqual([]);
    },
    GENERATE_FOR_MS + 90_000,
  );

  it('is healthy, ready, unchanged and answers a normal query afterwards', async () => {
    const health = await fetch(`${api.url}/health`);
    const ready = await fetch(`${api.url}/ready`);
    expect([health.status, ready.status]).toEqual([200, 200]);
    const { status, data, errors } = await api.query(
      `{ careerPath(from: "embedded-software-engineer", to: "senior-edge-ai-engineer") { totalSteps steps { to { id } } } }`,
    );
    expect({ status, errors }).toEqual({ status: 200, errors: undefined });
    expect(data!.careerPath.steps.map((s: { to: { id: string } }) => s.to.id)).toEqual(['edge-ai-engineer', 'senior-edge-ai-engineer']);
    // Fuzzed mutations carry no valid curator token, so nothing may have been written.
    expect((await api.query(countsQuery)).data).toEqual(countsBefore);
  });
});
