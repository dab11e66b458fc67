// Child processes the bench starts: Node scripts run with tsx as a loader (so the pid is the script's own, not a
// tsx wrapper's), their peak memory read from /proc, and a stop that always ends them.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './config.js';

const STOP_GRACE_MS = 15_000;
const LINES_KEPT = 60;

export interface NodeChild {
  child: ChildProcess;
  pid: number;
  /** The last lines of output, for error messages. */
  recentLines: string[];
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export interface NodeChildOptions {
  env?: NodeJS.ProcessEnv;
  /** Called for every output line, with the ms since the start and whether it came from stderr. */
  onLine?: (line: string, atMs: number, isStderr: boolean) => void;
  /** Keep stdin open: the bench's servers exit when it closes, so they never outlive the bench. */
  keepStdinOpen?: boolean;
}

export function startNodeScript(script: string, args: string[], options: NodeChildOptions = {}): NodeChild {
  const startedAt = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: [options.keepStdinOpen ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  child.stdin?.on('error', () => {}); // EPIPE when the child is already gone
  if (child.pid === undefined) throw new Error(`could not start ${script}`);
  const recentLines: string[] = [];
  const follow = (stream: NodeJS.ReadableStream, isStderr: boolean) =>
    createInterface({ input: stream }).on('line', (line) => {
      recentLines.push(line);
      if (recentLines.length > LINES_KEPT) recentLines.shift();
      options.onLine?.(line, performance.now() - startedAt, isStderr);
    });
  follow(child.stdout!, false);
  follow(child.stderr!, true);
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => {
      exitCode = code;
      resolve(code);
    }),
  );
  const stop = async () => {
    if (exitCode !== undefined) return;
    child.stdin?.end();
    child.kill('SIGTERM');
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_GRACE_MS).unref());
    if ((await Promise.race([exited, timer])) === 'timeout') {
      child.kill('SIGKILL');
      await exited;
    }
  };
  return { child, pid: child.pid, recentLines, exited, stop };
}

/** Starts a server script that prints `READY <url>` on stdout when it listens; resolves with the url. */
export async function startServerScript(
  script: string,
  env: NodeJS.ProcessEnv,
  options: { timeoutMs?: number } = {},
): Promise<NodeChild & { url: string }> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  let resolveUrl: (url: string) => void = () => {};
  const ready = new Promise<string>((resolve) => (resolveUrl = resolve));
  const server = startNodeScript(script, [], {
    env,
    keepStdinOpen: true,
    onLine: (line, _at, isStderr) => {
      if (!isStderr && line.startsWith('READY ')) resolveUrl(line.slice('READY '.length).trim());
    },
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`${script} was not ready within ${timeoutMs / 1000} s`)), timeoutMs).unref(),
  );
  const died = server.exited.then((code) => {
    throw new Error(`${script} exited (code ${code}) before it was ready:\n${server.recentLines.join('\n')}`);
  });
  try {
    const url = await Promise.race([ready, timeout, died]);
    return { ...server, url };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

export interface MemoryWatch {
  /** Highest VmHWM (peak resident set size) seen, in bytes. */
  peakBytes(): number;
  stop(): void;
}

/**
 * Polls /proc/<pid>/status for VmHWM, the kernel's record of the process's peak RSS. It only grows, so the last
 * reading before the process exits is its peak (missed: at most what it gained in its last poll interval).
 */
export function watchPeakMemory(pid: number, intervalMs = 50): MemoryWatch {
  let peak = 0;
  const read = async () => {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    if (match) peak = Math.max(peak, Number(match[1]) * 1024);
  };
  void read();
  const timer = setInterval(() => void read(), intervalMs);
  return { peakBytes: () => peak, stop: () => clearInterval(timer) };
}

/** CPU time (user + system) a process has used so far, in ms; null when it cannot be read (not Linux, gone). */
export async function cpuMs(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (!stat) return null;
  // Fields after the command name, which may hold spaces: utime and stime are the 14th and 15th fields overall.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100; // USER_HZ on Linux
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** Resident set size of a process in bytes (ps works on Linux and macOS alike). */
export function residentBytes(pid: number): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile('ps', ['-o', 'rss=', '-p', String(pid)], (error, stdout) => {
      const kib = Number(stdout.trim());
      if (error || !Number.isFinite(kib) || kib <= 0) reject(new Error(`could not read the RSS of pid ${pid}: ${error?.message ?? stdout}`));
      else resolve(kib * 1024);
    });
  });
}

/** A TCP port nothing listens on now, for a server of the bench's own. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
