// Times the full O*NET import as the command a person runs (`src/import/onet/cli.ts <folder>` in a child process
// pointed at the bench's Neo4j) and reads its peak memory from /proc; then runs it again to check idempotency.
import type { GraphCounts } from '../../src/seed/run.js';
import { startNodeScript, watchPeakMemory } from './processes.js';

export interface ImportRun {
  label: string;
  /** From spawning the process to its exit: what a person waits for. */
  wallMs: number;
  /** The import's own figure (parse + write), from its summary line. */
  reportedImportMs: number | null;
  reportedParseMs: number | null;
  reportedWriteMs: number | null;
  statements: number | null;
  /** Peak RSS of the importing Node process, from /proc/<pid>/status VmHWM polled every 50 ms. */
  peakRssBytes: number;
  /** The importer's own figure: process.resourceUsage().maxRSS. */
  reportedPeakRssBytes: number | null;
  /** ms from the start at which the process printed each milestone: where the wall time goes. */
  milestones: Record<string, number>;
  counts: GraphCounts;
}

const MILESTONES: [string, RegExp][] = [
  ['started (Node + tsx + modules loaded)', /^\[onet\] reading and validating/],
  ['release validated', /^\[onet\] O\*NET .* is valid/],
  ['connected, schema applied, seed written', /^Seed written/],
  ['roles written', /^\[onet\] roles: .*\(100%\)/],
  ['transitions written', /^\[onet\] transitions: .*\(100%\)/],
  ['summary printed', /^Time: /],
];

const seconds = (text: string) => Number(text) * 1000;

export async function runImport(
  label: string,
  folder: string,
  neo4j: { uri: string; user: string; password: string },
  countGraph: () => Promise<GraphCounts>,
): Promise<ImportRun> {
  const milestones: Record<string, number> = {};
  let summary = '';
  const started = performance.now();
  const child = startNodeScript('src/import/onet/cli.ts', [folder], {
    env: { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
    onLine: (line, atMs) => {
      for (const [name, pattern] of MILESTONES) if (!(name in milestones) && pattern.test(line)) milestones[name] = Math.round(atMs);
      if (line.startsWith('Time: ')) summary = line;
    },
  });
  const memory = watchPeakMemory(child.pid);
  const code = await child.exited;
  const wallMs = performance.now() - started;
  memory.stop();
  if (code !== 0) throw new Error(`the O*NET import (${label}) failed with exit code ${code}:\n${child.recentLines.join('\n')}`);
  milestones['process exited'] = Math.round(wallMs);

  // "Time: 28.5 s (parse 1.1 s, write 27.4 s, 43 statements); peak RSS 276 MiB."
  const time = /^Time: ([\d.]+) s \(parse ([\d.]+) s, write ([\d.]+) s, (\d+) statements\); peak RSS (\d+) MiB/.exec(summary);
  return {
    label,
    wallMs,
    reportedImportMs: time ? seconds(time[1]) : null,
    reportedParseMs: time ? seconds(time[2]) : null,
    reportedWriteMs: time ? seconds(time[3]) : null,
    statements: time ? Number(time[4]) : null,
    peakRssBytes: memory.peakBytes(),
    reportedPeakRssBytes: time ? Number(time[5]) * 1024 * 1024 : null,
    milestones,
    counts: await countGraph(),
  };
}

/** The labels whose count differs between two snapshots, as "label: before -> after". */
export function countDifferences(before: GraphCounts, after: GraphCounts): string[] {
  const differences: string[] = [];
  for (const kind of ['nodes', 'relationships'] as const) {
    const labels = new Set([...Object.keys(before[kind]), ...Object.keys(after[kind])]);
    for (const label of [...labels].sort()) {
      if (before[kind][label] !== after[kind][label]) differences.push(`${label}: ${before[kind][label] ?? 0} -> ${after[kind][label] ?? 0}`);
    }
  }
  return differences;
}
