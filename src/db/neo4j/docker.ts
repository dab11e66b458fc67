// Neo4j in Docker: the Compose service for the app (docker-compose.yml), a throwaway testcontainers container for tests.
import type { Config } from '../../config.js';
import { lastLines, readServerVersion, repoRoot, run } from './helpers.js';
import { ensureRunnerJar, runnerJar } from './runner-build.js';
import type { Log, RunningNeo4j } from './types.js';

type Neo4jConfig = Config['neo4j'];

// One release everywhere: neo4j-runner/pom.xml, docker-compose.yml and here.
const DOCKER_IMAGE = 'neo4j:5.26.0-community';
const PROCEDURE_ALLOWLIST = 'career.*';

export async function dockerEngineAnswers(): Promise<boolean> {
  const result = await run('docker', ['info'], { timeoutMs: 3_000 });
  return result.code === 0;
}

export async function startComposeService(config: Neo4jConfig, log: Log): Promise<RunningNeo4j> {
  log('Docker engine found: docker compose up -d --wait neo4j (first run builds the procedure jar and pulls the image)');
  // docker-compose.yml publishes Bolt on ${NEO4J_BOLT_PORT:-7687}.
  const env = { ...process.env, NEO4J_BOLT_PORT: String(config.boltPort) };
  // A service that was up before us (a running `npm start`) is shared: this command must not stop it.
  const running = await run('docker', ['compose', 'ps', '--status', 'running', '--quiet', 'neo4j'], { cwd: repoRoot, env });
  const wasRunning = running.code === 0 && running.output.trim() !== '';
  const up = await run('docker', ['compose', 'up', '-d', '--wait', 'neo4j'], { cwd: repoRoot, env });
  if (up.code !== 0) {
    throw new Error(
      `docker compose up neo4j failed (exit ${up.code}):\n${lastLines(up.output, 30)}\n` +
        'Fix Docker Compose, or set NEO4J_DOCKER=false to run Neo4j in a JVM here, or set NEO4J_URI.',
    );
  }
  const uri = `bolt://localhost:${config.boltPort}`;
  const version = await readServerVersion(uri, config.user, config.password);
  log(`Neo4j in Docker Compose is up at ${uri} (${version}).`);
  let stopping: Promise<void> | undefined;
  return {
    kind: 'docker',
    uri,
    user: config.user,
    password: config.password,
    describe: `Docker Compose service neo4j at ${uri} (${version})${wasRunning ? ', already running before this command' : ''}`,
    stop: () =>
      (stopping ??= (async () => {
        if (wasRunning) return;
        const down = await run('docker', ['compose', 'stop', 'neo4j'], { cwd: repoRoot, env });
        if (down.code !== 0) throw new Error(`docker compose stop neo4j failed:\n${lastLines(down.output, 20)}`);
        log('Stopped the Docker Compose service neo4j.');
      })()),
  };
}

export async function startTestContainer(log: Log, withoutPlugins: boolean): Promise<RunningNeo4j> {
  if (!withoutPlugins) await ensureRunnerJar(log);
  log(`Docker engine found: starting a throwaway ${DOCKER_IMAGE} container (testcontainers)${withoutPlugins ? ' without plugins' : ''}.`);
  // A dev dependency: imported only here so the app runs without it.
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const image = new Neo4jContainer(DOCKER_IMAGE);
  const container = await (
    withoutPlugins
      ? image
      : image
          .withCopyFilesToContainer([{ source: runnerJar, target: '/plugins/neo4j-runner.jar' }])
          .withEnvironment({ NEO4J_dbms_security_procedures_unrestricted: PROCEDURE_ALLOWLIST })
  ).start();
  const uri = container.getBoltUri();
  const user = container.getUsername();
  const password = container.getPassword();
  const version = await readServerVersion(uri, user, password);
  log(`Neo4j container is up at ${uri} (${version}).`);
  let stopping: Promise<void> | undefined;
  return {
    kind: 'docker',
    uri,
    user,
    password,
    describe: `testcontainers ${DOCKER_IMAGE} at ${uri} (${version})`,
    stop: () =>
      (stopping ??= (async () => {
        await container.stop();
        log('Stopped the Neo4j test container.');
      })()),
  };
}
