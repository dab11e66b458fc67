// `npm start`: a local Neo4j (or NEO4J_URI), seeded and with O*NET on a first start, behind the GraphQL API and GraphiQL.
import { openBackend } from './bootstrap.js';
import { loadConfigOrExit } from './config.js';
import { ensureStaticBuilds } from './static-builds.js';
import { startServer } from './server.js';
import { warmUp } from './warm-up.js';

const config = loadConfigOrExit();

ensureStaticBuilds();

const backend = await openBackend(config, { seed: config.seedOnStart, importOnet: config.onetOnStart, isLongRunning: true }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
const server = await startServer(config, backend.database).catch(async (error: Error) => {
  console.error(error.message);
  await backend.close();
  process.exit(1);
});
console.log(`Route engine: ${server.routeEngine?.describe ?? 'chosen on first use (the database did not answer)'}`);
console.log(`Warmed up on GraphiQL's example questions in ${(await warmUp(`${server.url}/graphql`)).toFixed(1)} s.`);
console.log(`GraphQL: ${server.url}/graphql`);
console.log(`GraphiQL: ${server.url}/graphiql/`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing in-flight requests, then stopping.`);
  await server.stop();
  await backend.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
