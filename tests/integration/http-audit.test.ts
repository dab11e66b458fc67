// The GraphQL-over-HTTP conformance audit (graphql-http's auditServer) against the real API, in the development
// and the production configuration: every MUST holds; SHOULD recommendations that fail are printed, not enforced.
import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

type AuditFailure = Extract<AuditResult, { status: 'notice' | 'warn' | 'error' }>;

function isFailure(result: AuditResult): result is AuditFailure {
  return result.status !== 'ok';
}

async function describeFailure(failure: AuditFailure): Promise<string> {
  // The response body is the evidence; a failure whose body was already read still names the reason.
  let body = '';
  try {
    body = (await failure.response.clone().text()).slice(0, 300);
  } catch {
    body = '(body already read)';
  }
  return `${failure.name} [${failure.id}]: ${failure.reason} -> ${failure.response.status} ${body}`;
}

const configurations: [string, Record<string, string>][] = [
  ['development', { NODE_ENV: 'development' }],
  ['production', { NODE_ENV: 'production' }],
];

describe.each(configurations)('GraphQL over HTTP audit, %s configuration', (name, env) => {
  let api: TestApi;
  let results: AuditResult[];

  beforeAll(async () => {
    api = await startTestApi(env);
    results = await auditServer({ url: `${api.url}/graphql` });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('runs the full list of audits', () => {
    expect(results.length).toBeGreaterThan(30);
  });

  it('passes every MUST audit', async () => {
    const failedMusts = results.filter(isFailure).filter((r) => r.status === 'error');
    const lines = await Promise.all(failedMusts.map(describeFailure));
    expect(lines, `failed MUST audits (${name}):\n${lines.join('\n')}`).toEqual([]);
  });

  it('prints the SHOULD audits it does not pass', async () => {
    const warnings = results.filter(isFailure).filter((r) => r.status === 'warn');
    for (const warning of warnings) console.log(`[${name}] SHOULD warning: ${await describeFailure(warning)}`);
    const passed = results.filter((r) => r.status === 'ok').length;
    console.log(`[${name}] audits: ${passed} ok, ${warnings.length} SHOULD warnings, of ${results.length}`);
    expect(passed + results.filter(isFailure).length).toBe(results.length);
  });
});
