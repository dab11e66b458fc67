// The service under a database outage and at shutdown: Neo4j stopped under load (fast SERVICE_UNAVAILABLE, no
// crash, recovery without a restart), a curator's write interrupted by the outage (all or nothing), and SIGTERM
// draining in-flight requests.
import { spawn, type ChildProcess } from 'node:child_process';
import { SignJWT } from 'jose';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver, Database } from '../../src/db/database.js';
import { applySchema } from '../../src/db/migrate.js';
import { startNeo4j, type RunningNeo4j } from '../../src/db/neo4j-server.js';
import { seedDatabase } from '../../src/seed/run.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { freePort } from '../support/ports.js';

const SECRET = 'resilience-secret-long-enough-for-hs256!!';
const TIMEOUT_MS = 3_000;

async function curatorToken(): Promise<string> {
  return new SignJWT({ roles: ['curator'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('resilience-test')
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(SECRET));
}

async function graphql(url: string, query: string, authorization?: string) {
  const started = Date.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization: `Bearer ${authorization}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as any, ms: Date.now() - started };
}

const PATH_QUERY = `{ careerPath(from: "embedded-software-engineer", to: "senior-edge-ai-engineer") { totalSteps } }`;

describe('a Neo4j outage', () => {
  let neo4j: RunningNeo4j;
  let driver: Driver;
  let server: RunningServer;
  let config: Config;

  afterAll(async () => {
    await server?.stop();
    await driver?.close();
    await neo4j?.stop();
  });

  it('fails requests fast with SERVICE_UNAVAILABLE, keeps a curator write all-or-nothing, and recovers without a restart', async () => {
    const base = loadConfig({});
    const boltPort = await freePort();
    const neo4jConfig = { ...base.neo4j, uri: undefined, useDocker: false, boltPort, dataDir: '.neo4j/resilience' };
    neo4j = await startNeo4j(neo4jConfig, { purpose: 'test', freshData: true });
    driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
    await applySchema(driver);
    await seedDatabase(new Database(driver, { queryTimeoutMs: 30_000 }));
    config = { ...loadConfig({ JWT_SECRET: SECRET, QUERY_TIMEOUT_MS: String(TIMEOUT_MS) }), port: 0 };
    server = await startServer(config, new Database(driver, { queryTimeoutMs: TIMEOUT_MS }));

    // a curator's write, held mid-transaction by a lock this test owns on one of the new skills
    const oldSkills = await skillsOf(driver, 'ml-engineer');
    const newSkills = ['cpp', 'rust'];
    const lockSession = driver.session();
    const lock = await lockSession.beginTransaction();
    await lock.run(`MATCH (s:Skill {id: 'rust'}) SET s.lockedByTest = true`);
    const token = await curatorToken();
    const write = graphql(
      server.url,
      `mutation { setRoleSkills(role: "ml-engineer", skills: [{ skill: "cpp", importance: REQUIRED }, { skill: "rust", importance: REQUIRED }]) { id } }`,
      token,
    );

    // steady load, then the database goes away under it
    const results: { startedAt: number; status: number; code?: string; ms: number; ok: boolean }[] = [];
    let loading = true;
    const load = Promise.all(
      Array.from({ length: 6 }, async () => {
        while (loading) {
          const startedAt = Date.now();
          const r = await graphql(server.url, PATH_QUERY).catch(() => ({ status: 0, body: {} as any, ms: 0 }));
          results.push({
            startedAt,
            status: r.status,
            code: r.body.errors?.[0]?.extensions?.code,
            ms: r.ms,
            ok: r.body.data?.careerPath?.totalSteps === 2,
          });
        }
      }),
    );
    const warmUntil = Date.now() + 15_000; // the first queries plan and warm caches
    while (results.filter((r) => r.ok).length < 12 && Date.now() < warmUntil) await new Promise((r) => setTimeout(r, 100));
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(12);

    const stopping = Date.now();
    await neo4j.stop();
    const stoppedAt = Date.now();
    console.log(`Neo4j stopped in ${stoppedAt - stopping} ms`);
    await new Promise((r) => setTimeout(r, 9_000));
    // requests sent while the database is down (those in flight during the stop may finish either way)
    const during = results.filter((r) => r.startedAt >= stoppedAt);
    expect(during.length).toBeGreaterThan(0);
    for (const r of during) {
      expect(r.status).toBe(200); // a GraphQL error, not a crash or a 5xx
      expect(r.code).toBe('SERVICE_UNAVAILABLE');
      expect(r.ms).toBeLessThan(TIMEOUT_MS + 2_000);
    }
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(503);
    expect((await ready.json()).reason).toMatch(/unavailable/i);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);

    const writeResult = await write;
    expect(writeResult.body.data?.setRoleSkills ?? null).toBeNull();
    await lockSession.close().catch(() => {});

    // Neo4j comes back: the same API process serves again within 30 s
    neo4j = await startNeo4j(neo4jConfig, { purpose: 'test', freshData: false });
    const backAt = Date.now();
    let recovered = false;
    while (!recovered && Date.now() - backAt < 30_000) {
      const r = await graphql(server.url, PATH_QUERY).catch(() => null);
      recovered = r?.body.data?.careerPath?.totalSteps === 2;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    loading = false;
    await load;
    expect(recovered).toBe(true);
    console.log(`served again ${Date.now() - backAt} ms after Neo4j was back; ${during.length} requests failed fast during the outage`);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);

    // The interrupted write left the role exactly as it was or exactly as asked, never in between. (Shutdown may
    // let it commit while the client's connection is already gone: an ambiguous commit, which is why every
    // mutation is an idempotent upsert that is safe to retry.)
    const after = await skillsOf(driver, 'ml-engineer');
    expect(oldSkills.length).toBeGreaterThan(2);
    expect([oldSkills, [...newSkills].sort()]).toContainEqual(after);
  }, 300_000);
});

async function skillsOf(driver: Driver, roleId: string): Promise<string[]> {
  const { records } = await driver.executeQuery(`MATCH (:Role {id: $roleId})-[:REQUIRES]->(s:Skill) RETURN s.id AS id ORDER BY id`, { roleId });
  return records.map((r) => r.get('id') as string);
}

describe('SIGTERM', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('stops accepting, lets the in-flight request finish, closes the driver and exits 0', async () => {
    const { uri, user, password } = inject('neo4j');
    const port = await freePort();
    child = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
      env: {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_USER: user,
        NEO4J_PASSWORD: password,
        PORT: String(port),
        SEED_ON_START: 'true',
        ONET_ON_START: 'false',
        JWT_SECRET: SECRET,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    const started = Date.now();
    while (!output.includes('GraphQL:')) {
      if (Date.now() - started > 60_000) throw new Error(`API did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const url = `http://127.0.0.1:${port}`;

    // an in-flight request: a curator write to a throwaway role, held by a lock this test owns
    const driver = createDriver(uri, user, password);
    await driver.executeQuery(`CREATE (:Role {id: 'sigterm-probe', title: 'SIGTERM probe', source: 'derived'})`);
    const session = driver.session();
    const lock = await session.beginTransaction();
    await lock.run(`MATCH (r:Role {id: 'sigterm-probe'}) SET r.lockedByTest = true`);
    const inFlight = graphql(url, `mutation { upsertRole(input: { id: "sigterm-probe", title: "Drained" }) { id title } }`, await curatorToken());
    await new Promise((r) => setTimeout(r, 500));

    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await expect(fetch(`${url}/health`)).rejects.toThrow(); // no longer accepting
    await lock.rollback();
    await session.close();

    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect(finished.body.data.upsertRole).toEqual({ id: 'sigterm-probe', title: 'Drained' });
    await driver.executeQuery(`MATCH (r:Role {id: 'sigterm-probe'}) DETACH DELETE r`);
    await driver.close();
    expect(await exited).toBe(0);
    expect(output).toMatch(/SIGTERM/);
  }, 120_000);
});
