// Brings up what the API needs: a running Neo4j (external, Docker or our JVM runner), a driver, the schema
// (constraints and indexes) and, when asked, the seed.
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import { createDriver, Database } from './db/database.js';
import { applySchema } from './db/migrate.js';
import { startNeo4j, type RunningNeo4j } from './db/neo4j-server.js';
import { describeSeed, seedDatabase } from './seed/run.js';

export interface Backend {
  neo4j: RunningNeo4j;
  driver: Driver;
  database: Database;
  close(): Promise<void>;
}

export async function openBackend(config: Config, options: { seed: boolean; log?: (line: string) => void }): Promise<Backend> {
  const log = options.log ?? console.log;
  const neo4j = await startNeo4j(config.neo4j, { purpose: 'app' });
  log(`Neo4j: ${neo4j.describe}`);
  const driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
  const close = async () => {
    await driver.close();
    await neo4j.stop();
  };
  try {
    await driver.verifyConnectivity();
    await applySchema(driver, config.neo4j.database);
    const database = new Database(driver, { queryTimeoutMs: config.queryTimeoutMs, database: config.neo4j.database });
    if (options.seed) log(describeSeed(await seedDatabase(database)));
    return { neo4j, driver, database, close };
  } catch (error) {
    await close();
    throw error;
  }
}
