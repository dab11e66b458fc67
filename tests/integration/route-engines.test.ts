// Weighted routes on a Neo4j without the project's plugin: a second Neo4j started the way the JVM runner starts
// one, with an empty plugin folder, serves MONTHS, SKILLS_TO_LEARN and personalised routes through the in-API
// search with the same answers as the career.routes procedure on the test run's Neo4j; /ready names the engine;
// a write through the API's write path shows in the next answer; and the API also works over a neo4j:// URI.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver, Database } from '../../src/db/database.js';
import { applySchema } from '../../src/db/migrate.js';
import { startNeo4j, type RunningNeo4j } from '../../src/db/neo4j-server.js';
import { removeTransition, upsertTransition } from '../../src/data/curation.js';
import { seedDatabase } from '../../src/seed/run.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { freePort } from '../support/ports.js';

interface Api {
  url: string;
  query(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }>;
}

function apiAt(url: string): Api {
  return {
    url,
    async query(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: any[] };
    },
  };
}

const ROUTES = `
  query Routes($from: ID!, $to: ID!, $optimize: PathOptimization, $first: Int, $knownSkills: [ID!], $avoid: [ID!]) {
    careerPaths(from: $from, to: $to, optimize: $optimize, first: $first, knownSkills: $knownSkills, avoid: $avoid) {
      roles { id }
      totalMonths { typical }
      totalSkillsToLearn
      steps { skillsToLearn { id } }
    }
  }`;

// The seed's roles in both directions, by months and by skills, with and without known skills and avoided roles.
const CASES: Record<string, unknown>[] = [
  { from: 'ml-engineer', to: 'senior-edge-ai-engineer', optimize: 'MONTHS', first: 3, knownSkills: ['cpp', 'cross-compilation'] },
  { from: 'embedded-software-engineer', to: 'senior-edge-ai-engineer', optimize: 'MONTHS', first: 5 },
  { from: 'embedded-software-engineer', to: 'senior-edge-ai-engineer', optimize: 'SKILLS_TO_LEARN', first: 5 },
  { from: 'ml-engineer', to: 'senior-edge-ai-engineer', optimize: 'SKILLS_TO_LEARN', first: 5, knownSkills: ['python', 'pytorch', 'cpp'] },
  { from: 'embedded-software-engineer', to: 'senior-edge-ai-engineer', optimize: 'MONTHS', first: 5, avoid: ['edge-ai-engineer'] },
  { from: 'senior-edge-ai-engineer', to: 'ml-engineer', optimize: 'MONTHS', first: 2 },
];

describe('weighted routes on a Neo4j with an empty plugin folder', () => {
  let neo4j: RunningNeo4j;
  let driver: Driver;
  let database: Database;
  let server: RunningServer;
  let withoutPlugin: Api;
  let withPlugin: TestApi;
  let config: Config;

  beforeAll(async () => {
    const base = loadConfig({});
    const port = await freePort();
    neo4j = await startNeo4j(
      // A small heap: the graph is the seed's.
      // One folder per test run's port (started fresh each time), so runs do not leave folders behind.
      {
        ...base.neo4j,
        uri: undefined,
        boltPort: port,
        dataDir: `.neo4j/test-${new URL(inject('neo4j').uri).port}-without-plugins`,
        heap: '512m',
        pageCache: '64m',
      },
      { purpose: 'test', freshData: true, withoutPlugins: true, log: () => {} },
    );
    driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
    await applySchema(driver);
    await seedDatabase(new Database(driver, { queryTimeoutMs: 30_000 }));
    config = { ...loadConfig({ PORT: '1' }), port: 0 };
    database = new Database(driver, { queryTimeoutMs: config.queryTimeoutMs });
    server = await startServer(config, database);
    withoutPlugin = apiAt(server.url);
    withPlugin = await startTestApi();
  });

  afterAll(async () => {
    await server?.stop();
    await driver?.close();
    await withPlugin?.close();
    await neo4j?.stop();
  });

  it('runs on a Neo4j that really has no career.routes, and says so at start and in /ready', async () => {
    const { records } = await driver.executeQuery(`SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'career.' RETURN name`);
    expect(records).toHaveLength(0);
    await expect(driver.executeQuery(`CALL career.routes('a', 'b', 'MONTHS', 1, 6, [], [])`)).rejects.toThrow(/career\.routes/);

    expect(server.routeEngine?.name).toBe('api');
    expect(server.routeEngine?.describe).toMatch(/career\.routes is not installed/);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', routeEngine: 'api' });

    const readyWithPlugin = await fetch(`${withPlugin.url}/ready`);
    expect(await readyWithPlugin.json()).toEqual({ status: 'ready', routeEngine: 'procedure' });
  });

  it('refuses to start with ROUTE_ENGINE=procedure here, naming the procedure and how to install it', async () => {
    const forced = new Database(createDriver(neo4j.uri, neo4j.user, neo4j.password), { queryTimeoutMs: config.queryTimeoutMs });
    try {
      await expect(startServer({ ...config, routeEngine: 'procedure' }, forced)).rejects.toThrow(
        /ROUTE_ENGINE=procedure, but this Neo4j has no career\.routes procedure\. .*neo4j-runner\.jar.*plugins folder.*dbms\.security\.procedures\.unrestricted=career\.\*/,
      );
    } finally {
      await forced.driver.close();
    }
  });

  it('answers MONTHS, SKILLS_TO_LEARN and personalised routes exactly as the procedure does', async () => {
    for (const variables of CASES) {
      const without = await withoutPlugin.query(ROUTES, variables);
      const withProcedure = await withPlugin.query(ROUTES, variables);
      expect(without.errors, JSON.stringify(without.errors)).toBeUndefined();
      expect(withProcedure.errors).toBeUndefined();
      expect(without.data, JSON.stringify(variables)).toEqual(withProcedure.data);
    }
    // the README's personalised example, so the comparison is not between two empty answers
    const { data } = await withoutPlugin.query(ROUTES, CASES[0]);
    expect(data.careerPaths[0].roles.map((r: { id: string }) => r.id)).toEqual(['ml-engineer', 'edge-ai-engineer', 'senior-edge-ai-engineer']);
    expect(data.careerPaths[0].totalMonths.typical).toBe(50);
  });

  it('sees a write made through the API at once (the graph version changes), and its removal too', async () => {
    const fastest = async () => {
      const { data, errors } = await withoutPlugin.query(ROUTES, {
        from: 'ml-engineer',
        to: 'senior-edge-ai-engineer',
        optimize: 'MONTHS',
        first: 1,
      });
      expect(errors).toBeUndefined();
      return data.careerPaths[0];
    };
    const before = await fastest();
    expect(before.totalMonths.typical).toBeGreaterThan(5);
    const curator = { sub: 'route-engine-test' };
    await upsertTransition(database, curator, 'ml-engineer', 'senior-edge-ai-engineer', {
      monthsTypical: 5,
      monthsMin: 4,
      monthsMax: 6,
      kind: 'CAREER_CHANGE',
    });
    const after = await fastest();
    expect(after.roles.map((r: { id: string }) => r.id)).toEqual(['ml-engineer', 'senior-edge-ai-engineer']);
    expect(after.totalMonths.typical).toBe(5);
    await removeTransition(database, curator, 'ml-engineer', 'senior-edge-ai-engineer');
    expect(await fastest()).toEqual(before);
  });

  it('works with a neo4j:// URI (the routing driver) against the single instance, for reads and writes', async () => {
    const routingUri = neo4j.uri.replace(/^bolt:/, 'neo4j:');
    const routingDriver = createDriver(routingUri, neo4j.user, neo4j.password);
    const routing = new Database(routingDriver, { queryTimeoutMs: config.queryTimeoutMs });
    const routed = await startServer({ ...config, neo4j: { ...config.neo4j, uri: routingUri } }, routing);
    try {
      const api = apiAt(routed.url);
      const steps = await api.query(`{ careerPath(from: "embedded-software-engineer", to: "senior-edge-ai-engineer") { totalSteps } }`);
      expect(steps.errors).toBeUndefined();
      expect(steps.data.careerPath.totalSteps).toBe(2);
      const months = await api.query(ROUTES, CASES[0]);
      expect(months.data).toEqual((await withoutPlugin.query(ROUTES, CASES[0])).data);
      // a routed write (to the leader, here the one instance), then a routed read that sees it
      await upsertTransition(routing, { sub: 'route-engine-test' }, 'ml-engineer', 'embedded-software-engineer', {
        monthsTypical: 7,
        monthsMin: 6,
        monthsMax: 8,
        kind: 'LATERAL',
      });
      const { data } = await api.query(ROUTES, { from: 'ml-engineer', to: 'embedded-software-engineer', optimize: 'MONTHS', first: 1 });
      expect(data.careerPaths[0].totalMonths.typical).toBe(7);
      await removeTransition(routing, { sub: 'route-engine-test' }, 'ml-engineer', 'embedded-software-engineer');
    } finally {
      await routed.stop();
      await routingDriver.close();
    }
  });
});
