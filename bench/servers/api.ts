// The project's API for the bench, in its own process: startServer on a free loopback port against NEO4J_URI
// (already seeded and imported by the bench). Prints `READY <url>`; stops when stdin closes or on SIGTERM.
import { loadConfig } from '../../src/config.js';
import { createDriver, Database } from '../../src/db/database.js';
import { startServer } from '../../src/server.js';
import { stopOnSignalOrParentExit } from './shutdown.js';

const config = { ...loadConfig({ ...process.env, PORT: '1', HOST: '127.0.0.1' }), port: 0 };
if (!config.neo4j.uri) throw new Error('bench/servers/api.ts needs NEO4J_URI');
const driver = createDriver(config.neo4j.uri, config.neo4j.user, config.neo4j.password);
await driver.verifyConnectivity();
const database = new Database(driver, { queryTimeoutMs: config.queryTimeoutMs, database: config.neo4j.database });
const server = await startServer(config, database);
console.log(`READY ${server.url}`);

stopOnSignalOrParentExit(async () => {
  await server.stop();
  await driver.close();
});
