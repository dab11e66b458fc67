// One local Neo4j shared by every command: while a JVM runner is up, its owner keeps a small state file in the data
// folder (pid, Bolt URI, who started it). A command that needs the graph (seed, import, the API) finds it there and
// connects to that Neo4j instead of starting a second one on the same folder and port.
import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { RunningNeo4j } from './neo4j-server.js';

const STATE_FILE = 'running-instance.json';
const BOLT_CHECK_TIMEOUT_MS = 5_000;

export interface RunningInstance {
  /** The JVM's process id. */
  pid: number;
  /** The process that started the JVM and will stop it. */
  ownerPid: number;
  /** What started it, for messages: `npm start`, `npm run import:onet`. */
  startedBy: string;
  /** True when the owner keeps Neo4j up for others (a server); false when it stops it after its own work. */
  isLongRunning: boolean;
  uri: string;
  startedAt: string;
}

export type InstanceCheck =
  /** No state file, or one left by a Neo4j that is gone. */
  | { state: 'none' }
  | { state: 'live'; instance: RunningInstance; version: string }
  /** Its process lives and its port is taken, but Bolt does not answer (starting, stopping or stuck). */
  | { state: 'unresponsive'; instance: RunningInstance; reason: string };

export interface Credentials {
  user: string;
  password: string;
}

export function stateFilePath(dataDir: string): string {
  return path.join(dataDir, STATE_FILE);
}

/** Records the JVM that now serves `dataDir`. Written whole and renamed, so a reader never sees half a file. */
export async function announceRunningInstance(dataDir: string, instance: RunningInstance): Promise<void> {
  const file = stateFilePath(dataDir);
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, `${JSON.stringify(instance, null, 2)}\n`);
  await rename(partial, file);
}

/**
 * Removes the state file when it still describes the JVM `pid` (a later owner may have replaced it). Synchronous,
 * because it also runs in the process's exit handler.
 */
export function withdrawRunningInstance(dataDir: string, pid: number): void {
  const file = stateFilePath(dataDir);
  try {
    if (parseInstance(readFileSync(file, 'utf8'))?.pid === pid) unlinkSync(file);
  } catch {
    // Already gone: nothing to withdraw.
  }
}

/** Whether a live Neo4j serves `dataDir`: its process runs and Bolt answers a query. */
export async function checkRunningInstance(dataDir: string, credentials: Credentials): Promise<InstanceCheck> {
  const text = await readFile(stateFilePath(dataDir), 'utf8').catch(() => undefined);
  const instance = text === undefined ? undefined : parseInstance(text);
  // A file left by a killed owner stays until the next owner overwrites it; a reader only ignores it.
  if (!instance || !isProcessAlive(instance.pid)) return { state: 'none' };
  try {
    return { state: 'live', instance, version: await askServerVersion(instance.uri, credentials) };
  } catch (error) {
    // The pid may now belong to another program: with nothing listening on the port, the file is stale.
    if (!(await portAnswers(instance.uri))) return { state: 'none' };
    return { state: 'unresponsive', instance, reason: (error as Error).message };
  }
}

/**
 * The Neo4j another command runs on `dataDir`, when there is one; undefined when there is none. Throws when one
 * holds the folder but cannot be shared: it does not answer, or its owner stops it soon and the caller is a server.
 */
export async function useRunningInstance(
  dataDir: string,
  credentials: Credentials,
  caller: { isLongRunning: boolean; log: (line: string) => void },
): Promise<RunningNeo4j | undefined> {
  const check = await checkRunningInstance(dataDir, credentials);
  if (check.state === 'none') return undefined;
  const { instance } = check;
  const owner = `${instance.startedBy} (pid ${instance.ownerPid})`;
  const folder = displayDataDir(dataDir);
  if (check.state === 'unresponsive') {
    throw new Error(
      `The Neo4j that ${owner} started on ${folder} (pid ${instance.pid}, ${instance.uri}) does not answer: ${check.reason}\n` +
        `Wait until it has finished starting or stopping, or stop it, then try again.`,
    );
  }
  if (!instance.isLongRunning && caller.isLongRunning) {
    throw new Error(
      `${owner} runs its own Neo4j on ${folder} and stops it when it is done. ` +
        'Start again when it has finished (or set NEO4J_DATA_DIR and NEO4J_BOLT_PORT to run a separate one).',
    );
  }
  caller.log(
    `Using the running Neo4j of ${owner} at ${instance.uri} (${check.version}), data in ${folder}; it is not ours to stop.` +
      (instance.isLongRunning ? '' : ` It stops when ${instance.startedBy} ends.`),
  );
  return {
    kind: 'shared',
    uri: instance.uri,
    user: credentials.user,
    password: credentials.password,
    describe: `the running Neo4j of ${owner}: JVM pid ${instance.pid} at ${instance.uri} (${check.version}), data in ${folder}`,
    stop: async () => {},
  };
}

/** How the user started this process, for the state file: `npm start`, `npm run seed`, or the script's name. */
export function describeThisCommand(): string {
  const script = process.env.npm_lifecycle_event;
  if (script === 'start' || script === 'test') return `npm ${script}`;
  if (script) return `npm run ${script}`;
  return `node ${path.basename(process.argv[1] ?? 'unknown')}`;
}

function parseInstance(text: string): RunningInstance | undefined {
  try {
    const value = JSON.parse(text) as Partial<RunningInstance>;
    const isComplete =
      Number.isInteger(value.pid) &&
      Number.isInteger(value.ownerPid) &&
      typeof value.uri === 'string' &&
      typeof value.startedBy === 'string' &&
      typeof value.isLongRunning === 'boolean';
    return isComplete ? (value as RunningInstance) : undefined;
  } catch {
    return undefined;
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function askServerVersion(uri: string, { user, password }: Credentials): Promise<string> {
  const driver = neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined, {
    connectionTimeout: BOLT_CHECK_TIMEOUT_MS,
    connectionAcquisitionTimeout: BOLT_CHECK_TIMEOUT_MS,
    maxTransactionRetryTime: 0,
  });
  try {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    );
    const first = records[0];
    return first ? `${first.get('name')} ${first.get('version')} ${first.get('edition')}` : 'unknown version';
  } finally {
    await driver.close();
  }
}

function portAnswers(uri: string): Promise<boolean> {
  const { hostname, port } = new URL(uri);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port) || 7687 });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

function displayDataDir(dataDir: string): string {
  const relative = path.relative(process.cwd(), dataDir);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dataDir;
}
