// The GraphQL-over-HTTP conformance audit (graphql-http's auditServer) against the real API, in the development
// and the production configuration: every MUST holds; the SHOULD recommendations it misses are printed.
import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

type AuditFailure = Extract<AuditResult, { status: 'notice' | 'warn' | 'error' }>;
type Finding = { failure: AuditFailure; body: string };

interface Configuration {
  name: string;
  env: Record<string, string>;
  /**
   * Two MUST audits send `{ __type(name: ...) }`. With introspection off (production's default) the server
   * rightly refuses them with INTROSPECTION_DISABLED; only that refusal is tolerated, and the configuration with
   * introspection on proves the HTTP layer itself passes them.
   */
  isIntrospectionOff: boolean;
}

const configurations: Configuration[] = [
  { name: 'development', env: { NODE_ENV: 'development' }, isIntrospectionOff: false },
  { name: 'production', env: { NODE_ENV: 'production' }, isIntrospectionOff: true },
  { name: 'production with introspection', env: { NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }, isIntrospectionOff: false },
];

function describeFinding({ failure, body }: Finding): string {
  return `${failure.name} [${failure.id}]: ${failure.reason} -> HTTP ${failure.response.status} ${body.slice(0, 300)}`;
}

function isRefusedIntrospection({ failure, body }: Finding): boolean {
  return failure.response.status === 400 && body.includes('"INTROSPECTION_DISABLED"');
}

describe.each(configurations)('GraphQL over HTTP audit, $name configuration', ({ name, env, isIntrospectionOff }) => {
  let api: TestApi;
  let results: AuditResult[];
  let findings: Finding[];

  beforeAll(async () => {
    api = await startTestApi(env);
    results = await auditServer({ url: `${api.url}/graphql` });
    findings = await Promise.all(
      results
        .filter((r): r is AuditFailure => r.status !== 'ok')
        .map(async (failure) => ({
          failure,
          body: await failure.response
            .clone()
            .text()
            .catch(() => '(body not readable)'),
        })),
    );
  });

  afterAll(async () => {
    await api?.close();
  });

  it('runs the full list of audits', () => {
    expect(results.length).toBeGreaterThan(50);
  });

  it('passes every MUST audit', () => {
    const failedMusts = findings.filter((f) => f.failure.status === 'error');
    const tolerated = isIntrospectionOff ? failedMusts.filter(isRefusedIntrospection) : [];
    for (const finding of tolerated) console.log(`[${name}] MUST refused by design (introspection off): ${describeFinding(finding)}`);
    const failures = failedMusts.filter((f) => !tolerated.includes(f)).map(describeFinding);
    expect(failures, `failed MUST audits (${name}):\n${failures.join('\n')}`).toEqual([]);
    expect(tolerated.length).toBeLessThanOrEqual(2);
  });

  it('prints the SHOULD audits it does not pass', () => {
    const warnings = findings.filter((f) => f.failure.status === 'warn');
    for (const warning of warnings) console.log(`[${name}] SHOULD warning: ${describeFinding(warning)}`);
    const passed = results.filter((r) => r.status === 'ok').length;
    console.log(`[${name}] audits: ${passed} ok, ${warnings.length} SHOULD warnings, ${results.length} in all`);
    expect(passed).toBeGreaterThan(results.length / 2);
  });
});
