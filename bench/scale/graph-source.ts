// Where a size's graph comes from: the importer in its own process (bench/scale/import.ts) with its peak memory, or
// with --reuse-graph the graph and import figures the last run of that size left; and what the run measured (the
// commit, the store's size).
import { execFileSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../src/db/database.js';
import { countGraph } from '../../src/seed/run.js';
import { REPO_ROOT } from '../lib/config.js';
import { startNodeScript, watchPeakMemory } from '../lib/processes.js';
import type { ScaleImportResult } from './import.js';
import type { Cleanup } from '../lib/lifecycle.js';
import { ScaleUsageError, type ScaleOptions } from './options.js';
import { RESULTS_DIR, type SizeResult } from './results.js';

const log = (line: string) => console.log(`[bench:scale] ${line}`);
export const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

export async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? await directoryBytes(full) : (await stat(full).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

/** The commit measured, and whether the API's code differed from it (other work in the checkout). */
export function describeCode(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  try {
    const changed = git('status', '--porcelain', '--', 'src', 'cypher', 'neo4j-runner/src').split('\n').filter(Boolean).length;
    return `${git('rev-parse', '--short', 'HEAD')}${changed > 0 ? ` with ${changed} uncommitted changes in src/, cypher/ or neo4j-runner/` : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}

export async function runImporter(
  roles: number,
  options: ScaleOptions,
  credentials: NodeJS.ProcessEnv,
  cleanup: Cleanup,
): Promise<SizeResult['import']> {
  log(`importing the generated graph (${roles} roles, seed ${options.seed})`);
  const importStarted = performance.now();
  let resultLine = '';
  const importer = startNodeScript('bench/scale/import.ts', ['--roles', String(roles), '--seed', String(options.seed)], {
    env: credentials,
    onLine: (line, _at, isStderr) => {
      if (isStderr) log(line);
      else if (line.startsWith('RESULT ')) resultLine = line.slice('RESULT '.length);
    },
  });
  cleanup.add('the importer', () => importer.stop());
  const importerMemory = watchPeakMemory(importer.pid);
  const code = await importer.exited;
  const importWallMs = performance.now() - importStarted;
  importerMemory.stop();
  if (code !== 0 || !resultLine) throw new Error(`the import of ${roles} roles failed (exit code ${code}):\n${importer.recentLines.join('\n')}`);
  const imported = JSON.parse(resultLine) as ScaleImportResult;
  if (imported.notFound > 0) throw new Error(`the import of ${roles} roles left ${imported.notFound} link rows without their end nodes`);
  log(`import: ${(importWallMs / 1000).toFixed(1)} s, importer peak RSS ${mib(importerMemory.peakBytes())}`);
  return { wallMs: Math.round(importWallMs), result: imported, importerPeakRssBytes: importerMemory.peakBytes(), jvmPeakRssBytes: 0 };
}

/** --reuse-graph: the data folder must hold this size's generated graph, and bench/results/scale its import figures. */
export async function reusedImport(roles: number, options: ScaleOptions, db: Database): Promise<SizeResult['import']> {
  const file = path.join(RESULTS_DIR, `${roles}.json`);
  const previous = JSON.parse(await readFile(file, 'utf8').catch(() => 'null')) as SizeResult | null;
  if (!previous || previous.seed !== options.seed)
    throw new ScaleUsageError(`--reuse-graph needs ${path.relative(REPO_ROOT, file)} from a run with seed ${options.seed}`);
  const counts = await countGraph(db);
  if (counts.nodes.Role !== roles) throw new ScaleUsageError(`--reuse-graph: ${options.dataDir} holds ${counts.nodes.Role ?? 0} roles, not ${roles}`);
  log(`reusing the graph in ${options.dataDir} and the import figures of ${previous.date}`);
  return previous.import;
}
