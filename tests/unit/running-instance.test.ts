// The state file that lets commands share one local Neo4j: what counts as live, stale or unresponsive, and who may
// remove it. (A live one, with a real Neo4j, is tested in tests/integration/shared-neo4j.test.ts.)
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  announceRunningInstance,
  checkRunningInstance,
  stateFilePath,
  useRunningInstance,
  withdrawRunningInstance,
  type RunningInstance,
} from '../../src/db/running-instance.js';

const credentials = { user: 'neo4j', password: '' };
const dirs: string[] = [];
const servers: Server[] = [];
afterEach(() => Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve)))));
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'running-instance-'));
  dirs.push(dir);
  return dir;
}

/** A TCP port on which something listens that does not speak Bolt (it hangs up at once). */
async function portOfNonBoltListener(): Promise<number> {
  const server = createServer((socket) => socket.destroy());
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A port on which nothing listens (taken, then released). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function instance(overrides: Partial<RunningInstance>): RunningInstance {
  return {
    pid: process.pid,
    ownerPid: process.pid,
    startedBy: 'npm start',
    isLongRunning: true,
    uri: 'bolt://127.0.0.1:1',
    startedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('checkRunningInstance', () => {
  it('finds none in a folder without a state file', async () => {
    expect(await checkRunningInstance(await dataDir(), credentials)).toEqual({ state: 'none' });
  });

  it('ignores a state file whose process is gone (its owner was killed)', async () => {
    const dir = await dataDir();
    // Pids are below 2^22 on Linux: this one cannot run.
    await announceRunningInstance(dir, instance({ pid: 2 ** 22 + 1 }));
    expect(await checkRunningInstance(dir, credentials)).toEqual({ state: 'none' });
  });

  it('ignores a state file whose pid lives (reused by another program) when nothing listens on its port', async () => {
    const dir = await dataDir();
    await announceRunningInstance(dir, instance({ uri: `bolt://127.0.0.1:${await freePort()}` }));
    expect(await checkRunningInstance(dir, credentials)).toEqual({ state: 'none' });
  });

  it('ignores a state file that is not a complete record', async () => {
    const dir = await dataDir();
    await writeFile(stateFilePath(dir), JSON.stringify({ pid: process.pid, uri: 'bolt://127.0.0.1:7687' }));
    expect(await checkRunningInstance(dir, credentials)).toEqual({ state: 'none' });
    await writeFile(stateFilePath(dir), '{"pid": 12');
    expect(await checkRunningInstance(dir, credentials)).toEqual({ state: 'none' });
  });

  it('calls a live process whose port is taken but does not answer Bolt unresponsive, and useRunningInstance says so', async () => {
    const dir = await dataDir();
    const uri = `bolt://127.0.0.1:${await portOfNonBoltListener()}`;
    await announceRunningInstance(dir, instance({ uri, ownerPid: 4242 }));
    const check = await checkRunningInstance(dir, credentials);
    expect(check.state).toBe('unresponsive');
    await expect(useRunningInstance(dir, credentials, { isLongRunning: false, log: () => {} })).rejects.toThrow(
      `The Neo4j that npm start (pid 4242) started on ${dir} (pid ${process.pid}, ${uri}) does not answer`,
    );
  });
});

describe('withdrawRunningInstance', () => {
  it('removes the state file only when it still names the same JVM', async () => {
    const dir = await dataDir();
    await announceRunningInstance(dir, instance({ pid: 111 }));
    withdrawRunningInstance(dir, 222);
    expect(JSON.parse(await readFile(stateFilePath(dir), 'utf8')).pid).toBe(111);
    withdrawRunningInstance(dir, 111);
    await expect(readFile(stateFilePath(dir), 'utf8')).rejects.toThrow(/ENOENT/);
    expect(() => withdrawRunningInstance(dir, 111)).not.toThrow();
  });
});
