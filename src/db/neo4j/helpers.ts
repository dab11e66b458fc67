// Small helpers of the Neo4j launchers: child processes, the server's version, paths and durations for messages.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Asks the server who it is; proves that Bolt answers queries, not just that the port is open. */
export async function readServerVersion(uri: string, user: string, password: string): Promise<string> {
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
export function run(
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

export async function commandExists(command: string, versionArgs: string[]): Promise<boolean> {
  return (await run(command, versionArgs, { timeoutMs: 30_000 })).code === 0;
}

export function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/** Relative to the repository when inside it, absolute otherwise. */
export function displayPath(file: string): string {
  const relative = path.relative(repoRoot, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
