// Starts the real API in-process on a free port, against the test run's real Neo4j (seeded), and sends GraphQL
// over HTTP like any client.
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver, Database } from '../../src/db/database.js';
import { applySchema } from '../../src/db/migrate.js';
import { seedDatabase } from '../../src/seed/run.js';
import { startServer, type RunningServer } from '../../src/server.js';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export interface TestApi {
  url: string;
  driver: Driver;
  database: Database;
  config: Config;
  server: RunningServer;
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export function testDriver(): Driver {
  const { uri, user, password } = inject('neo4j');
  return createDriver(uri, user, password);
}

export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const config: Config = { ...loadConfig({ ...env, PORT: '1' }), port: 0 };
  const driver = testDriver();
  await applySchema(driver);
  // Seeding is setup, not the behaviour under test: it gets a generous timeout whatever the API's is.
  await seedDatabase(new Database(driver, { queryTimeoutMs: 30_000 }));
  const database = new Database(driver, { queryTimeoutMs: config.queryTimeoutMs });
  // Every test API fails a field whose stored property a statement did not read (a missed projection).
  const server = await startServer(config, database, { guardProjections: true });
  return {
    url: server.url,
    driver,
    database,
    config,
    server,
    async query(query, variables) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json()) };
    },
    async close() {
      await server.stop();
      await driver.close();
    },
  };
}
