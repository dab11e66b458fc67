// BENCH_CASES runs: the selected cases' latency printed as a table and kept in bench/results/<time>-cases.json.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT, type BenchConfig } from './config.js';
import { latencyTable, type CaseLatency } from './latency.js';
import { printTable } from './table.js';

/** BENCH_CASES: the selected cases' latency as a table and bench/results/<time>-cases.json; nothing else is replaced. */
export async function reportCases(config: BenchConfig, machine: unknown, latency: CaseLatency[], importMs: number): Promise<void> {
  printTable(
    latencyTable(
      `Latency over HTTP, ${latency[0]?.api.count ?? 0} samples per query (BENCH_CASES=${config.cases!.join(',')})`,
      latency,
      'API: GraphQL over HTTP to the production server; driver: the same statements straight through the driver.',
    ),
  );
  for (const c of latency) for (const sample of c.errorSamples) console.log(`[bench] ${c.name}: ${sample}`);
  const date = new Date().toISOString();
  const file = path.join(REPO_ROOT, 'bench', 'results', `${date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}-cases.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ date, cases: config.cases, machine, importMs: Math.round(importMs), latency }, null, 2)}\n`);
  console.log(`\n[bench] wrote ${path.relative(REPO_ROOT, file)}`);
}
