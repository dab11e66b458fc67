// One local Neo4j shared by the tools: while a long-running command (npm start) runs the JVM Neo4j on a data folder,
// `npm run import:onet` (a child process here, as a user would run it) writes into that Neo4j instead of failing on
// the busy port, says so, and leaves it running.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { startNeo4j, type RunningNeo4j } from '../../src/db/neo4j-server.js';
import { announceRunningInstance, stateFilePath, useRunningInstance } from '../../src/db/running-instance.js';
import { writeOnetFixture } from '../support/onet-fixture.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');

let config: Config['neo4j'];
let server: RunningNeo4j;
let driver: Driver;
const tempDirs: string[] = [];

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

/** Runs a project command the way a user would, in the repository, with the given environment on top of ours. */
function runCommand(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.NEO4J_URI;
  return new Promise((done, fail) => {
    const child = spawn(tsx, [script, ...args], { cwd: repoRoot, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}

async function count(query: string): Promise<number> {
  const { records } = await driver.executeQuery(query);
  return records[0].get(0) as number;
}

beforeAll(async () => {
  const port = await freePort();
  config = {
    ...loadConfig({}).neo4j,
    boltPort: port,
    dataDir: `.neo4j/shared-test-${port}`,
    heap: '512m',
    pageCache: '64m',
    useDocker: false,
  };
  // What `npm start` does, on a folder of its own.
  server = await startNeo4j(config, { purpose: 'app', isLongRunning: true, freshData: true, log: () => {} });
  driver = neo4j.driver(server.uri, undefined, { disableLosslessIntegers: true });
});

afterAll(async () => {
  await driver?.close();
  await server?.stop();
  if (config) await rm(resolve(repoRoot, config.dataDir), { recursive: true, force: true });
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('a running npm start shares its Neo4j', () => {
  it('npm run import:onet writes into the running Neo4j, says which one, and leaves it running', async () => {
    expect(server.kind).toBe('jvm');
    const folder = await writeOnetFixture();
    tempDirs.push(folder);
    expect(await count('MATCH (r:Role {source: "onet"}) RETURN count(r)')).toBe(0);

    const result = await runCommand('src/import/onet/cli.ts', [folder], {
      NEO4J_BOLT_PORT: String(config.boltPort),
      NEO4J_DATA_DIR: config.dataDir,
      NEO4J_DOCKER: 'false',
      // The seed's single transaction gets room on a busy machine; the timeout is not what this test is about.
      QUERY_TIMEOUT_MS: '30000',
    });

    expect(result.stderr).not.toContain('already in use');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`Using the running Neo4j of `);
    expect(result.stderr).toContain(`(pid ${process.pid}) at ${server.uri}`);
    expect(result.stdout).toContain(`Written to the running Neo4j of `);
    expect(result.stdout).toContain(`at ${server.uri}`);
    // The server sees what the command wrote: the fixture's 8 occupations on top of the seed it wrote first.
    expect(await count('MATCH (r:Role {source: "onet"}) RETURN count(r)')).toBe(8);
    expect(await count('MATCH (r:Role {id: "edge-ai-engineer"}) RETURN count(r)')).toBe(1);
    // And it still runs: the command did not stop what it did not start.
    await driver.verifyConnectivity();
    expect(existsSync(stateFilePath(resolve(repoRoot, config.dataDir)))).toBe(true);
  }, 180_000);

  it('a second server start on the same data folder uses the running Neo4j instead of starting another', async () => {
    const lines: string[] = [];
    const second = await startNeo4j(config, { purpose: 'app', isLongRunning: true, log: (line) => lines.push(line) });
    expect(second).toMatchObject({ kind: 'shared', uri: server.uri });
    expect(lines.join('\n')).toContain('it is not ours to stop');
    await second.stop();
    await driver.verifyConnectivity();
  });

  it('a server never borrows the Neo4j of a one-off command, which stops it when done; another one-off may', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'one-off-neo4j-'));
    tempDirs.push(folder);
    const jvmPid = Number(JSON.parse(await readFile(stateFilePath(resolve(repoRoot, config.dataDir)), 'utf8')).pid);
    await announceRunningInstance(folder, {
      pid: jvmPid,
      ownerPid: 4242,
      startedBy: 'npm run import:onet',
      isLongRunning: false,
      uri: server.uri,
      startedAt: new Date().toISOString(),
    });
    await expect(useRunningInstance(folder, config, { isLongRunning: true, log: () => {} })).rejects.toThrow(
      `npm run import:onet (pid 4242) runs its own Neo4j on ${folder} and stops it when it is done.`,
    );
    const lines: string[] = [];
    const borrowed = await useRunningInstance(folder, config, { isLongRunning: false, log: (line) => lines.push(line) });
    expect(borrowed?.uri).toBe(server.uri);
    expect(lines.join('\n')).toContain('It stops when npm run import:onet ends.');
  });

  it('stopping the server removes its state file, so the next command starts its own Neo4j', async () => {
    await server.stop();
    expect(existsSync(stateFilePath(resolve(repoRoot, config.dataDir)))).toBe(false);
  });
});
