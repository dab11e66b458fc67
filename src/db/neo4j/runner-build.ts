// The JVM runner's jar (neo4j-runner/, a Maven module): where it is, and a Maven build when it is missing or stale.
import { readdir, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { commandExists, displayPath, lastLines, repoRoot, run, seconds } from './helpers.js';
import type { Log } from './types.js';

export const runnerDir = path.join(repoRoot, 'neo4j-runner');
export const runnerJar = path.join(runnerDir, 'target', 'neo4j-runner.jar');
export const runnerLib = path.join(runnerDir, 'target', 'lib');

/** Builds neo4j-runner with Maven when its jar is missing or older than its sources. */
export async function ensureRunnerJar(log: Log): Promise<void> {
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
