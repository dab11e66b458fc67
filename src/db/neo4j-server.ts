// Finds or starts the Neo4j that the app and the tests talk to: an external one (NEO4J_URI), one in Docker,
// or Neo4j Community embedded in a JVM we start ourselves (neo4j-runner/), for machines without Docker.
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFile, mkdir, readdir, rm, stat, utimes } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import type { Config } from '../config.js';
import {
  announceRunningInstance,
  checkRunningInstance,
  describeThisCommand,
  useRunningInstance,
  withdrawRunningInstance,
} from './running-instance.js';

/** `shared`: a JVM runner that another command started on the same data folder (see running-instance.ts). */
export type Neo4jKind = 'external' | 'docker' | 'jvm' | 'shared';

export interface RunningNeo4j {
  kind: Neo4jKind;
  uri: string;
  user: string;
  password: string;
  /** One line for logs: what runs where, with the server version when we checked it. */
  describe: string;
  /** Stops what this call started; a no-op for an external server. Safe to call more than once. */
  stop(): Promise<void>;
}

export interface StartNeo4jOptions {
  purpose: 'app' | 'test';
  log?: (line: string) => void;
  /** Delete the data folder before starting (JVM runner only). */
  freshData?: boolean;
  /**
   * The caller keeps Neo4j up for other commands (`npm start`, `npm run neo4j`). A JVM runner that a one-off command
   * started stops when its work is done, so a long-running caller never borrows one.
   */
  isLongRunning?: boolean;
  /**
   * Start Neo4j with an empty plugin folder, like a stock server without the project's career.routes procedure
   * (JVM runner and test container; never borrows a running instance, which has the plugin).
   */
  withoutPlugins?: boolean;
}

type Neo4jConfig = Config['neo4j'];
type Log = (line: string) => void;

// One release everywhere: neo4j-runner/pom.xml, docker-compose.yml and here.
const DOCKER_IMAGE = 'neo4j:5.26.0-community';
const PROCEDURE_ALLOWLIST = 'career.*';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const runnerDir = path.join(repoRoot, 'neo4j-runner');
const runnerJar = path.join(runnerDir, 'target', 'neo4j-runner.jar');
const runnerLib = path.join(runnerDir, 'target', 'lib');

const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 20_000;
const OUTPUT_LINES_KEPT = 40;

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

// ---------------------------------------------------------------------------------------------- Docker

async function dockerEngineAnswers(): Promise<boolean> {
  const result = await run('docker', ['info'], { timeoutMs: 3_000 });
  return result.code === 0;
}

async function startComposeService(config: Neo4jConfig, log: Log): Promise<RunningNeo4j> {
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

async function startTestContainer(log: Log, withoutPlugins: boolean): Promise<RunningNeo4j> {
  if (!withoutPlugins) await ensureRunnerJar(log);
  log(`Docker engine found: starting a throwaway ${DOCKER_IMAGE} container (testcontainers)${withoutPlugins ? ' without plugins' : ''}.`);
  // A dev dependency: imported only here so the app runs without it.
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const image = new Neo4jContainer(DOCKER_IMAGE);
  const container = await (withoutPlugins
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

// ------------------------------------------------------------------------------------------ JVM runner

type JvmExit = { code: number | null; signal: NodeJS.Signals | null };
type LiveJvm = { child: ChildProcessWithoutNullStreams; stop: () => Promise<void>; withdraw: () => void };

const liveJvms = new Set<LiveJvm>();
let exitHooksInstalled = false;

interface JvmRunnerOptions {
  freshData: boolean;
  isLongRunning: boolean;
  withoutPlugins: boolean;
}

async function startJvmRunner(config: Neo4jConfig, log: Log, { freshData, isLongRunning, withoutPlugins }: JvmRunnerOptions): Promise<RunningNeo4j> {
  await ensureRunnerJar(log);
  // Before touching the data folder: a busy port may mean a running instance still uses that folder.
  const dataDir = path.resolve(repoRoot, config.dataDir);
  await assertPortFree(config.boltPort, dataDir);

  const pluginDir = path.join(dataDir, 'plugins');
  if (freshData) {
    assertSafeToDelete(dataDir);
    const running = await checkRunningInstance(dataDir, config);
    if (running.state !== 'none') {
      throw new Error(`Refusing to delete ${displayPath(dataDir)} for fresh data: the Neo4j of ${running.instance.startedBy} (pid ${running.instance.ownerPid}) uses it.`);
    }
    await rm(dataDir, { recursive: true, force: true });
  }
  await mkdir(pluginDir, { recursive: true });
  // Procedures load only from the plugin folder. The JVM also runs this copy, so a rebuild of
  // neo4j-runner/target while the database runs cannot swap the jar under it. Without plugins, the copy the JVM
  // runs lives beside the plugin folder, which stays empty.
  const pluginJar = path.join(pluginDir, 'neo4j-runner.jar');
  const runJar = withoutPlugins ? path.join(dataDir, 'neo4j-runner.jar') : pluginJar;
  if (withoutPlugins) await rm(pluginJar, { force: true });
  await copyFile(runnerJar, runJar);

  const startedAt = Date.now();
  const javaArgs = [
    `-Xmx${config.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError', // a database that is out of memory is worse than one that is gone
    '-cp',
    [runJar, path.join(runnerLib, '*')].join(path.delimiter),
    'careergraph.Runner',
    dataDir,
    String(config.boltPort),
    pluginDir,
    config.pageCache,
  ];
  // stdin stays open on purpose: the runner exits when it reads EOF, so it cannot outlive this process,
  // even when this process is killed with SIGKILL.
  const child = spawn('java', javaArgs, { cwd: runnerDir, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.on('error', () => {}); // EPIPE when the JVM is already gone: nothing to do
  const output: string[] = [];
  const remember = (line: string) => {
    output.push(line);
    if (output.length > OUTPUT_LINES_KEPT) output.shift();
  };
  createInterface({ input: child.stderr }).on('line', remember);
  const stdoutLines = createInterface({ input: child.stdout });
  stdoutLines.on('line', remember);

  const exited = new Promise<JvmExit>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal })); // after the last output line was read
    child.once('error', () => {
      if (child.pid === undefined) resolve({ code: null, signal: null }); // never started
    });
  });
  let isReady = false;
  let isStopping = false;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      isStopping = true;
      const stopStartedAt = Date.now();
      const isRunning = child.exitCode === null && child.signalCode === null && child.pid !== undefined;
      if (isRunning) {
        child.stdin.end();
        child.kill('SIGTERM');
        const grace = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_GRACE_MS).unref());
        if ((await Promise.race([exited, grace])) === 'timeout') {
          log(`Neo4j (pid ${child.pid}) did not stop within ${STOP_GRACE_MS / 1000} s: killing it.`);
          child.kill('SIGKILL');
        }
      }
      await exited;
      jvm.withdraw();
      forget(jvm);
      if (isRunning) log(`Stopped Neo4j (pid ${child.pid}) in ${seconds(Date.now() - stopStartedAt)}.`);
    })());
  const withdraw = () => {
    if (child.pid !== undefined) withdrawRunningInstance(dataDir, child.pid);
  };
  const jvm: LiveJvm = { child, stop, withdraw };
  liveJvms.add(jvm);
  installExitHooks();

  void exited.then(({ code, signal }) => {
    withdraw();
    forget(jvm);
    if (isReady && !isStopping) {
      log(`Neo4j (pid ${child.pid}) exited on its own (${signal ?? `code ${code}`}). Last output:\n${output.join('\n')}`);
    }
  });

  try {
    await waitForReady(child, stdoutLines, exited, output, config.boltPort);
    isReady = true;
    const uri = `bolt://127.0.0.1:${config.boltPort}`;
    const version = await readServerVersion(uri, config.user, config.password);
    // From here on, other commands on this data folder use this Neo4j instead of starting their own.
    await announceRunningInstance(dataDir, {
      pid: child.pid!,
      ownerPid: process.pid,
      startedBy: describeThisCommand(),
      isLongRunning,
      uri,
      startedAt: new Date().toISOString(),
    });
    log(`Neo4j (${version}) is ready at ${uri} after ${seconds(Date.now() - startedAt)}; data in ${displayPath(dataDir)}`);
    return {
      kind: 'jvm',
      uri,
      user: config.user,
      password: config.password,
      describe: `JVM runner pid ${child.pid} at ${uri} (${version}), data in ${displayPath(dataDir)}${withoutPlugins ? ', no plugins' : ''}`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForReady(
  child: ChildProcessWithoutNullStreams,
  stdoutLines: ReturnType<typeof createInterface>,
  exited: Promise<JvmExit>,
  output: string[],
  port: number,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const lastOutput = () => (output.length ? `\nLast output of the JVM:\n${output.join('\n')}` : '');
    const timer = setTimeout(() => {
      reject(new Error(`Neo4j did not report READY within ${READY_TIMEOUT_MS / 1000} s.${lastOutput()}`));
    }, READY_TIMEOUT_MS);
    const onLine = (line: string) => {
      if (line.startsWith(`READY bolt://127.0.0.1:${port}`)) {
        clearTimeout(timer);
        stdoutLines.off('line', onLine);
        resolve();
      }
    };
    stdoutLines.on('line', onLine);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start java: ${error.message}`));
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      // A no-op when READY came first.
      reject(new Error(`Neo4j exited before it was ready (${signal ?? `exit code ${code}`}).${lastOutput()}`));
    });
  });
}

function forget(jvm: LiveJvm): void {
  liveJvms.delete(jvm);
  if (liveJvms.size === 0) uninstallExitHooks();
}

// A started JVM is always stopped. On exit (synchronous, so no waiting): SIGTERM, and its stdin closes with us.
// On SIGINT/SIGTERM: stop cleanly, then exit the way the signal would have, unless the program handles that
// signal itself: then it owns the shutdown (the API finishes its requests before it calls stop()).
const onProcessExit = () => {
  for (const { child, withdraw } of liveJvms) {
    child.kill('SIGTERM');
    withdraw();
  }
};
const onSignal = (signal: NodeJS.Signals) => {
  if (process.listenerCount(signal) > 1) return;
  const exitCode = signal === 'SIGINT' ? 130 : 143;
  void Promise.allSettled([...liveJvms].map((jvm) => jvm.stop())).then(() => process.exit(exitCode));
};

function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', onProcessExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function uninstallExitHooks(): void {
  if (!exitHooksInstalled) return;
  exitHooksInstalled = false;
  process.off('exit', onProcessExit);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

/** Builds neo4j-runner with Maven when its jar is missing or older than its sources. */
async function ensureRunnerJar(log: Log): Promise<void> {
  const needsBuild = await runnerJarIsStale();
  const missing: string[] = [];
  if (!(await commandExists('java', ['-version']))) missing.push('java (Java 17)');
  if (needsBuild && !(await commandExists('mvn', ['-v']))) missing.push('mvn (Maven 3.8+)');
  if (missing.length > 0) {
    throw new Error(
      `Cannot run Neo4j here: ${missing.join(' and ')} not found on PATH.\n` +
        'Fix one of these:\n' +
        '  - install Java 17 and Maven (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), or\n' +
        '  - set NEO4J_URI to a Neo4j you already run (bolt://host:7687), or\n' +
        '  - start a Docker engine (NEO4J_DOCKER is on by default).',
    );
  }
  if (!needsBuild) return;

  log('Building neo4j-runner with Maven (the first build downloads ~170 MB of Neo4j jars into ~/.m2)...');
  const startedAt = Date.now();
  const build = await run('mvn', ['-B', '-q', '-f', path.join(runnerDir, 'pom.xml'), 'package', '-DskipTests'], {
    cwd: runnerDir,
  });
  if (build.code !== 0) {
    throw new Error(`Maven could not build neo4j-runner (exit ${build.code}):\n${lastLines(build.output, 40)}`);
  }
  // Maven leaves an up-to-date jar untouched; mark it fresh so the next start does not rebuild.
  const now = new Date();
  await utimes(runnerJar, now, now);
  log(`Built ${displayPath(runnerJar)} in ${seconds(Date.now() - startedAt)}.`);
}

async function runnerJarIsStale(): Promise<boolean> {
  const jarTime = await mtime(runnerJar);
  if (jarTime === undefined || (await mtime(runnerLib)) === undefined) return true;
  const sourceTimes = [await mtime(path.join(runnerDir, 'pom.xml')), ...(await mtimesUnder(path.join(runnerDir, 'src')))];
  return sourceTimes.some((time) => time !== undefined && time > jarTime);
}

async function mtime(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function mtimesUnder(dir: string): Promise<number[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  const times = await Promise.all(files.map(mtime));
  return times.filter((time): time is number => time !== undefined);
}

function assertSafeToDelete(dir: string): void {
  const fromRepo = path.relative(repoRoot, dir);
  const insideRepo = fromRepo !== '' && !fromRepo.startsWith('..') && !path.isAbsolute(fromRepo);
  const isRootOrAncestorOfRepo = path.parse(dir).root === dir || !path.relative(dir, repoRoot).startsWith('..');
  if (isRootOrAncestorOfRepo || (insideRepo && !fromRepo.startsWith('.neo4j'))) {
    throw new Error(`Refusing to delete ${dir} for fresh data: use a folder under .neo4j/ or outside the repository.`);
  }
}

function assertPortFree(port: number, dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Bolt port ${port} is already in use on 127.0.0.1, and no running Neo4j of this project serves ${displayPath(dataDir)} ` +
                '(a Neo4j on another data folder, one still starting, or another program). ' +
                'Stop it, or pick another port with NEO4J_BOLT_PORT (tests: NEO4J_TEST_BOLT_PORT).'
            : `Cannot listen on 127.0.0.1:${port} for Bolt: ${error.message}`,
        ),
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

// -------------------------------------------------------------------------------------------- helpers

/** Asks the server who it is; proves that Bolt answers queries, not just that the port is open. */
async function readServerVersion(uri: string, user: string, password: string): Promise<string> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionAcquisitionTimeout: 30_000 });
  try {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    );
    const first = records[0];
    if (!first) return 'unknown version';
    return `${first.get('name')} ${first.get('version')} ${first.get('edition')}`;
  } finally {
    await driver.close();
  }
}

interface RunResult {
  code: number | null;
  output: string;
}

/** Runs a command to completion and returns its exit code (null when it could not run) and its output. */
function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env, timeout: options.timeoutMs ?? 0, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const output = `${stdout}${stderr}`;
        if (!error) return resolve({ code: 0, output });
        resolve({ code: typeof error.code === 'number' ? error.code : null, output: output || error.message });
      },
    );
  });
}

async function commandExists(command: string, versionArgs: string[]): Promise<boolean> {
  return (await run(command, versionArgs, { timeoutMs: 30_000 })).code === 0;
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/** Relative to the repository when inside it, absolute otherwise. */
function displayPath(file: string): string {
  const relative = path.relative(repoRoot, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
