// `npm run neo4j`: runs Neo4j in the foreground for development until Ctrl+C, or says which one is used instead.
// `npm run neo4j -- --without-plugins`: a Neo4j with an empty plugin folder, like a stock server (no career.routes).
import { ConfigError, loadConfigOrExit } from '../config.js';
import { startNeo4j } from './neo4j-server.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--without-plugins');
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown.join(' ')}; the only option is --without-plugins.`);
  const withoutPlugins = args.includes('--without-plugins');
  const neo4j = await startNeo4j(config.neo4j, { purpose: 'app', isLongRunning: true, withoutPlugins });

  if (neo4j.kind === 'external') {
    console.log(`Nothing to run: NEO4J_URI points at ${neo4j.uri}. Unset it to run Neo4j here.`);
    return;
  }
  if (neo4j.kind === 'shared') {
    console.log(`Nothing to run: ${neo4j.describe} serves this data folder already, and every command uses it.`);
    return;
  }
  if (neo4j.kind === 'docker') {
    console.log(`Neo4j runs in Docker Compose at ${neo4j.uri}. Stop it with: docker compose stop neo4j`);
    return;
  }

  console.log(`\nNeo4j is up: ${neo4j.uri}   (${neo4j.describe})`);
  console.log('Ctrl+C to stop');

  // Handling the signals here makes neo4j-server leave the shutdown to us (it still kills the JVM on exit).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log(`\n${signal}: stopping Neo4j...`);
      neo4j.stop().then(
        () => process.exit(signal === 'SIGINT' ? 130 : 143),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
  // The JVM keeps this process alive; if it goes away on its own, so do we, with a failure code.
  process.once('beforeExit', () => {
    console.error('Neo4j stopped on its own.');
    process.exitCode = 1;
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
