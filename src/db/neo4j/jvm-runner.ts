// Neo4j Community embedded in a JVM we start ourselves (neo4j-runner/), for machines without Docker: Bolt on
// 127.0.0.1, data in a folder of ours, stopped with us (exit-hooks.ts) and announced to other commands.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Config } from '../../config.js';
import { announceRunningInstance, checkRunningInstance, describeThisCommand, withdrawRunningInstance } from '../running-instance.js';
import { forget, track, type LiveJvm } from './exit-hooks.js';
import { displayPath, readServerVersion, repoRoot, seconds } from './helpers.js';
import { ensureRunnerJar, runnerDir, runnerJar, runnerLib } from './runner-build.js';
import type { Log, RunningNeo4j } from './types.js';

type Neo4jConfig = Config['neo4j'];

const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 20_000;
const OUTPUT_LINES_KEPT = 40;

type JvmExit = { code: number | null; signal: NodeJS.Signals | null };

interface JvmRunnerOptions {
  freshData: boolean;
  isLongRunning: boolean;
  withoutPlugins: boolean;
}

export async function startJvmRunner(
  config: Neo4jConfig,
  log: Log,
  { freshData, isLongRunning, withoutPlugins }: JvmRunnerOptions,
): Promise<RunningNeo4j> {
  await ensureRunnerJar(log);
  // Before touching the data folder: a busy port may mean a running instance still uses that folder.
  const dataDir = path.resolve(repoRoot, config.dataDir);
  await assertPortFree(config.boltPort, dataDir);

  const pluginDir = path.join(dataDir, 'plugins');
  if (freshData) {
    assertSafeToDelete(dataDir);
    const running = await checkRunningInstance(dataDir, config);
    if (running.state !== 'none') {
      throw new Error(
        `Refusing to delete ${displayPath(dataDir)} for fresh data: the Neo4j of ${running.instance.startedBy} (pid ${running.instance.ownerPid}) uses it.`,
      );
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
  track(jvm);

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
