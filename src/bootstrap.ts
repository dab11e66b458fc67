// Brings up what the API and the tools need: a running Neo4j (external, the one another command runs on the same data
// folder, Docker or our JVM runner), a driver, the schema (constraints and indexes) and, when asked, the seed and
// the shipped O*NET release.
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import { createDriver, Database } from './db/database.js';
import { applySchema } from './db/migrate.js';
import { startNeo4j, type RunningNeo4j } from './db/neo4j-server.js';
import { importShippedReleaseIfMissing } from './import/onet/on-start.js';
import { describeSeed, seedDatabase } from './seed/run.js';

export interface Backend {
  neo4j: RunningNeo4j;
  driver: Driver;
  /** For requests: statements end at QUERY_TIMEOUT_MS. */
  database: Database;
  /** For the seed and imports: batches of thousands of rows, which a busy machine may take minutes over. */
  loading: Database;
  close(): Promise<void>;
}

/** A bulk load's read timeout (its writes get six times as long, as every write does). */
const LOAD_QUERY_TIMEOUT_MS = 120_000;

export interface OpenBackendOptions {
  seed: boolean;
  /** Import the shipped O*NET release when the graph holds none (`npm start`). */
  importOnet?: boolean;
  /** The caller keeps running and serves others (`npm start`): a Neo4j it starts is shared with other commands. */
  isLongRunning?: boolean;
  log?: (line: string) => void;
}

export async function openBackend(config: Config, options: OpenBackendOptions): Promise<Backend> {
  const log = options.log ?? console.log;
  const neo4jLog = options.log ? (line: string) => log(`[neo4j] ${line}`) : undefined;
  const neo4j = await startNeo4j(config.neo4j, { purpose: 'app', isLongRunning: options.isLongRunning, log: neo4jLog });
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
    const loading = new Database(driver, { queryTimeoutMs: LOAD_QUERY_TIMEOUT_MS, database: config.neo4j.database });
    if (options.seed) log(describeSeed(await seedDatabase(loading)));
    if (options.importOnet) await importShippedReleaseIfMissing(loading, log);
    return { neo4j, driver, database, loading, close };
  } catch (error) {
    await close();
    throw error;
  }
}
