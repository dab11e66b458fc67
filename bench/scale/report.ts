// docs/scale.md from the latest result of each size (bench/results/scale/<roles>.json): the targets at 100,000
// roles, the figures per size, their growth against 1,000 roles, the graphs and the runs; then the hand-written
// analysis in bench/scale/analysis.md. `npx tsx bench/scale/render.ts` re-renders it without measuring.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { markdownTable, type Cell, type Table } from '../lib/table.js';
import { RESULTS_DIR, SCALE_DOC, type SizeResult } from './results.js';
import { caseOf, FIGURES, memory, QUERY_NAMES, seconds, sizeLabel, TARGETS, type Figure } from './figures.js';

const ANALYSIS = new URL('./analysis.md', import.meta.url);

export async function loadSizeResults(): Promise<SizeResult[]> {
  const files = (await readdir(RESULTS_DIR).catch(() => [] as string[])).filter((f) => /^\d+\.json$/.test(f));
  const results = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(RESULTS_DIR, f), 'utf8')) as SizeResult));
  return results.sort((a, b) => a.roles - b.roles);
}

function targetsTable(results: SizeResult[]): Table | null {
  const largest = results.at(-1);
  if (!largest || largest.roles < 100_000) return null;
  return {
    title: `Targets at ${largest.roles.toLocaleString('en-US')} roles`,
    header: ['target', 'limit', 'measured', 'met', 'errors'],
    rows: TARGETS.map((t) => {
      const value = t.value(largest);
      const errors = t.caseName ? (caseOf(largest, t.caseName)?.errors ?? 0) : 0;
      const verdict = Number.isNaN(value) ? (errors > 0 ? 'MISSED (every request failed)' : '-') : value < t.limit && errors === 0 ? 'met' : 'MISSED';
      return [t.name, t.limitText, t.format(value), verdict, errors];
    }),
  };
}

function figuresTable(results: SizeResult[]): Table {
  return {
    title: 'Figures per size',
    header: ['figure', ...results.map((r) => `${sizeLabel(r.roles)} roles`)],
    rows: FIGURES.map((f) => [f.name, ...results.map((r) => f.format(f.value(r)))]),
    note: 'Latency: one request at a time over HTTP with keep-alive, after the warm-up; nearest-rank percentiles.',
  };
}

function growthTable(results: SizeResult[]): Table | null {
  const base = results.find((r) => r.roles === 1000);
  const others = results.filter((r) => r.roles > 1000);
  if (!base || others.length === 0) return null;
  const multiple = (f: Figure, r: SizeResult): Cell => {
    const x = f.value(r) / f.value(base);
    return Number.isFinite(x) ? `${x >= 10 ? Math.round(x) : x.toFixed(1)}x` : '-';
  };
  return {
    title: 'Growth against 1,000 roles',
    header: ['figure', ...others.map((r) => `${sizeLabel(r.roles)} / 1k`)],
    rows: [
      ['roles', ...others.map((r) => `${r.roles / 1000}x`)],
      ['REQUIRES + TRANSITIONS_TO', ...others.map((r) => `${(relationships(r) / relationships(base)).toFixed(1)}x`)],
      ...FIGURES.map((f) => [f.name, ...others.map((r) => multiple(f, r))]),
    ],
  };
}

const relationships = (r: SizeResult) => (r.counts.relationships.REQUIRES ?? 0) + (r.counts.relationships.TRANSITIONS_TO ?? 0);
const count = (n: number | undefined) => (n ?? 0).toLocaleString('en-US');

function graphsTable(results: SizeResult[]): Table {
  return {
    title: 'The generated graphs',
    header: ['', ...results.map((r) => `${sizeLabel(r.roles)} roles`)],
    rows: [
      ['Role', ...results.map((r) => count(r.counts.nodes.Role))],
      ['Skill (content model, technologies, classes)', ...results.map((r) => count(r.counts.nodes.Skill))],
      ['REQUIRES', ...results.map((r) => count(r.counts.relationships.REQUIRES))],
      ['TRANSITIONS_TO', ...results.map((r) => count(r.counts.relationships.TRANSITIONS_TO))],
      ['PART_OF', ...results.map((r) => count(r.counts.relationships.PART_OF))],
      [
        'pairs (connected within 6 steps / candidates)',
        ...results.map((r) => `${r.pairs.count} (${r.pairs.candidatesConnected}/${r.pairs.candidatesTried})`),
      ],
      [
        'pairs by fewest steps',
        ...results.map((r) =>
          Object.entries(r.pairs.stepsHistogram)
            .map(([s, n]) => `${s}: ${n}`)
            .join(', '),
        ),
      ],
      ['route engine (/ready)', ...results.map((r) => r.routeEngine ?? 'not reported')],
    ],
  };
}

function importTable(results: SizeResult[]): Table {
  const phases = [...new Set(results.flatMap((r) => Object.keys(r.import.result.phaseMs)))];
  return {
    title: 'Import: where the time goes',
    header: ['phase', ...results.map((r) => `${sizeLabel(r.roles)} roles`)],
    rows: [
      ...phases.map((p) => [`writing ${p}`, ...results.map((r) => seconds(r.import.result.phaseMs[p] ?? 0))]),
      ['generating rows (in the importer)', ...results.map((r) => seconds(r.import.result.generateMs))],
      ['statements', ...results.map((r) => count(r.import.result.statements))],
      ['rows per second (REQUIRES + TRANSITIONS_TO)', ...results.map((r) => count(Math.round(relationships(r) / (r.import.wallMs / 1000))))],
      ['importer heap used, peak', ...results.map((r) => memory(r.import.result.peakHeapUsedBytes))],
      ['JVM peak RSS at the end of the import', ...results.map((r) => memory(r.import.jvmPeakRssBytes))],
    ],
  };
}

/** JSON stores NaN (no samples) as null. */
const orNaN = (n: number | null) => n ?? Number.NaN;

function latencyTable(r: SizeResult): Table {
  return {
    title: `Latency at ${r.roles.toLocaleString('en-US')} roles (ms)`,
    header: ['query', 'samples', 'p50', 'p95', 'p99', 'max', 'first request', 'rows (mean)', 'statements', 'errors'],
    rows: [...r.cases]
      .sort((a, b) => QUERY_NAMES.indexOf(a.name) - QUERY_NAMES.indexOf(b.name))
      .map((c) => [
        r.reusedGraph && c.measuredAt ? `${c.name} (measured ${c.measuredAt.slice(11, 16)} UTC)` : c.name,
        c.stoppedEarly ? `${c.latency.count} (stopped: ${c.stoppedEarly})` : c.latency.count,
        orNaN(c.latency.p50),
        orNaN(c.latency.p95),
        orNaN(c.latency.p99),
        orNaN(c.latency.max),
        orNaN(c.coldMs),
        orNaN(c.meanRows),
        c.latency.count === 0 ? '-' : c.statements.min === c.statements.max ? c.statements.min : `${c.statements.min}-${c.statements.max}`,
        c.errors,
      ]),
  };
}

const section = (table: Table | null, level = '##') =>
  table ? `${level} ${table.title}\n\n${markdownTable(table)}\n${table.note ? `\n${table.note}\n` : ''}` : '';

export async function renderScaleDoc(results: SizeResult[]): Promise<string> {
  const analysis = await readFile(ANALYSIS, 'utf8').catch(() => '');
  const runs = results
    .map((r) => {
      const m = r.machine;
      const errors = r.cases.flatMap((c) => c.errorSamples.map((e) => `${c.name}: ${e}`));
      return (
        `- **${r.roles.toLocaleString('en-US')} roles:** ${r.date}, code ${r.code ?? 'not recorded'} (\`${r.command}\`, seed ${r.seed}, ${r.pairs.count} pairs, ${r.warmup} warm-up requests per query); ` +
        `${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.neo4j}, heap ${r.neo4j.heap}, page cache ${r.neo4j.pageCache}, API query timeout ${r.apiQueryTimeoutMs ?? 5000} ms; ` +
        `load average ${m.loadAverage.start} at the start, ${m.loadAverage.end} at the end` +
        (r.cpuPressure !== null ? `, some task waited for a CPU ${r.cpuPressure}% of the time` : '') +
        `; the size took ${seconds(r.totalMs)}` +
        (r.reusedGraph ? ' (queries only, on the graph and with the import figures of the earlier run: --reuse-graph).' : '.') +
        (r.earlierRuns ?? [])
          .map(
            (e) =>
              `\n  Kept from ${e.date} (code ${e.code ?? 'not recorded'}, \`${e.command}\`; load average ${e.loadAverage.start} at the start, ${e.loadAverage.end} at the end` +
              `${e.cpuPressure !== null ? `, some task waited for a CPU ${e.cpuPressure}% of the time` : ''}): ${e.queries.join(', ')}.`,
          )
          .join('') +
        (errors.length > 0
          ? `\n  Errors: ${errors
              .slice(0, 6)
              .map((e) => `\`${e.replace(/`/g, "'")}\``)
              .join('; ')}`
          : '')
      );
    })
    .join('\n');
  return `# Scale benchmark

Written by \`npm run bench:scale\` (\`bench/scale/run.ts\`) from the latest result of each size
(\`bench/results/scale/<roles>.json\`): a run replaces the sizes it measured and keeps the others. The analysis at the end
is hand-written (\`bench/scale/analysis.md\`; \`npx tsx bench/scale/render.ts\` re-renders this file without measuring).

## How to run

\`\`\`bash
flock /tmp/team/bench.lock npm run bench:scale                                 # 1,000, 10,000 and 100,000 roles
flock /tmp/team/bench.lock npm run bench:scale -- --sizes 1000,10000            # some sizes only
NEO4J_HEAP=2g NEO4J_PAGECACHE=1g npm run bench:scale -- --sizes 100000          # the JVM's memory for the large graph
\`\`\`

Options: \`--sizes\` (role counts, default 1000,10000,100000), \`--pairs\` (200), \`--seed\` (42), \`--warmup\` (10 requests
per query), \`--case-budget\` (300: seconds a query may take in all after its first request; it stops early then, or after 5 errors in a row),
\`--reuse-graph\` (one size: the queries again on the graph the last run of that size left, keeping its import figures). Environment: \`NEO4J_HEAP\` and \`NEO4J_PAGECACHE\` set the JVM runner's heap (\`-Xmx\`, default 1g) and Neo4j's
page cache (default 256m), as for \`npm start\`; \`BENCH_SCALE_BOLT_PORT\` (7697) and \`BENCH_SCALE_DATA_DIR\`
(\`.neo4j/bench-scale\`, deleted and rewritten for each size) say where the bench's own Neo4j runs. \`NEO4J_URI\` is
refused: each size needs a fresh database.

For each size: a fresh Neo4j (the JVM runner); the generated graph written by \`bench/scale/import.ts\` in its own
process through the O*NET importer's writer (\`writeInBatches\` with \`cypher/import/*\`, 2,500 rows per statement and
transaction, in the importer's order, then \`skills/assign-areas\`); ${results[0]?.pairs.count ?? 200} random connected
pairs (a route of at most 6 steps; \`bench/lib/pairs.ts\`); the API (\`bench/servers/api.ts\`, production settings) in its
own process, and a second one with \`ROUTE_ENGINE=api\` for the weighted routes \`, in-API route engine\` (the first
uses the \`career.routes\` procedure, which the bench's Neo4j has); each query timed one request at a time over HTTP,
after the warm-up, interleaved sample by sample. Peak memory is the kernel's high-water mark of each process's
resident set (VmHWM in \`/proc/<pid>/status\`, polled), for the importer, each API and the JVM; the importer also
reports its own \`maxRSS\` and heap.

## The generated graph

\`bench/scale/generate.ts\` (deterministic: each role draws from its own seeded stream) gives a graph of any size the
shape of the O*NET import: roles in clusters of 40 spread over the 23 SOC major groups, job zones as O*NET's; 20
transitions per role (ranks 1-5 Primary-Short and 6-10 Primary-Long within the cluster, 11-20 Supplemental: six to the
major group, four anywhere), months and kind by the import's rule (\`transition-rule.ts\`); 12-30 REQUIRED rated skills
and knowledge areas of a content model of 68 (importance 3.0-4.7 with a level) and 10-50 DIFFERENTIATING technologies
(half from the cluster's pool, half by Zipf popularity) from a vocabulary of 8,775 × (roles / 1,016)^0.6, so about 50
REQUIRES per role; each technology PART_OF its commodity class (\`mapTechnologyClasses\`), \`areaId\` stored by
\`skills/assign-areas\`. The importer's statements write only what the O*NET import owns, so the nodes say
\`source: 'onet'\`; the Source node (\`scale-<roles>-seed-<seed>\`) and every \`importedFrom\` and \`derivation\` say the
graph is generated.

${section(targetsTable(results)) || '## Targets at 100,000 roles\n\nNot measured yet: run the 100,000-role size.\n'}
${section(figuresTable(results))}
${section(growthTable(results))}
${section(graphsTable(results))}
${section(importTable(results))}
${results.map((r) => section(latencyTable(r))).join('\n')}
## The runs

${runs}

${analysis}`.replace(/\n{3,}/g, '\n\n');
}

export async function writeScaleDoc(): Promise<string> {
  await writeFile(SCALE_DOC, await renderScaleDoc(await loadSizeResults()));
  return SCALE_DOC;
}
