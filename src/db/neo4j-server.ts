// Finds or starts the Neo4j that the app and the tests talk to: an external one (NEO4J_URI), the one another command
// runs on the same data folder, one in Docker (neo4j/docker.ts), or Neo4j Community embedded in a JVM we start
// ourselves (neo4j/jvm-runner.ts), for machines without Docker.
import path from 'node:path';
import { dockerEngineAnswers, startComposeService, startTestContainer } from './neo4j/docker.js';
import { repoRoot } from './neo4j/helpers.js';
import { startJvmRunner } from './neo4j/jvm-runner.js';
import type { Log, Neo4jConfig, RunningNeo4j, StartNeo4jOptions } from './neo4j/types.js';
import { useRunningInstance } from './running-instance.js';

export type { Neo4jKind, RunningNeo4j, StartNeo4jOptions } from './neo4j/types.js';

/**
 * Connects to the configured Neo4j or starts one, in this order: NEO4J_URI; Docker (when NEO4J_DOCKER is on
 * and a Docker engine answers); the embedded JVM runner. Logs which one it chose.
 */
export async function startNeo4j(config: Neo4jConfig, options: StartNeo4jOptions): Promise<RunningNeo4j> {
  const log: Log = options.log ?? ((line) => console.log(`[neo4j] ${line}`));

  if (config.uri) {
    log(`Using the Neo4j at ${config.uri} (NEO4J_URI); it is not ours to start or stop.`);
    return {
      kind: 'external',
      uri: config.uri,
      user: config.user,
      password: config.password,
      describe: `external Neo4j at ${config.uri}`,
      stop: async () => {},
    };
  }

  // A fresh start deletes the data folder: it must never borrow the Neo4j that uses it.
  if (!options.freshData && !options.withoutPlugins) {
    const dataDir = path.resolve(repoRoot, config.dataDir);
    const shared = await useRunningInstance(dataDir, config, { isLongRunning: options.isLongRunning ?? false, log });
    if (shared) return shared;
  }

  if (config.useDocker && (await dockerEngineAnswers())) {
    if (options.purpose === 'test' || options.withoutPlugins) return startTestContainer(log, options.withoutPlugins ?? false);
    return startComposeService(config, log);
  }
  log(
    config.useDocker
      ? 'No Docker engine answers: starting Neo4j embedded in a JVM (neo4j-runner).'
      : 'NEO4J_DOCKER=false: starting Neo4j embedded in a JVM (neo4j-runner).',
  );
  return startJvmRunner(config, log, {
    freshData: options.freshData ?? false,
    isLongRunning: options.isLongRunning ?? false,
    withoutPlugins: options.withoutPlugins ?? false,
  });
}
