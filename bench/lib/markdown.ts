// docs/benchmarks.md, replaced by every run: the machine, the method, every table, the path-search conclusion,
// and the hand-written analysis kept in bench/analysis.md.
import { escoTable } from './esco-cases.js';
import { readFile } from 'node:fs/promises';
import { buildTables, pathConclusion, type BenchResults } from './report.js';
import { markdownTable, type Table } from './table.js';

const section = (table: Table, heading: string) => `## ${heading}\n\n${markdownTable(table)}\n${table.note ? `\n${table.note}\n` : ''}`;

export async function renderMarkdown(r: BenchResults, analysisFile: URL): Promise<string> {
  const t = buildTables(r);
  const m = r.machine;
  const analysis = await readFile(analysisFile, 'utf8').catch(() => '');
  const histogram = Object.entries(r.pairs.stepsHistogram)
    .map(([steps, count]) => `${count} at ${steps} step${steps === '1' ? '' : 's'}`)
    .join(', ');
  return `# Benchmarks

Written by \`npm run bench\` (\`bench/run.ts\`) on ${r.date.slice(0, 10)} (${r.date}); every run replaces this file, except the
analysis at the end, which comes from \`bench/analysis.md\` (after editing it: \`npx tsx bench/render.ts\` re-renders this
file from \`bench/results/latest.json\` without measuring again). The same figures, with more detail, are in
\`bench/results/latest.json\` and \`bench/results/<time>.json\`.

Settings (environment variables, defaults in brackets): \`BENCH_ONET_DIR\` [\`data/onet-29.3\`, the shipped release],
\`BENCH_PAIRS\` [300], \`BENCH_SEED\` [42], \`BENCH_WARMUP\` [20 requests per query], \`BENCH_SECONDS\` [15 s per
autocannon run], \`BENCH_CONNECTIONS\` [10], \`BENCH_ROUNDS\` [2], \`BENCH_EXPANSION_PAIRS\` [100],
\`BENCH_EXPANSION_TIMEOUT_MS\` [2000], \`BENCH_PAYLOAD_SAMPLES\` [100], \`NEO4J_URI\` (use that Neo4j instead of starting
one on Bolt port 7696 with fresh data in \`.neo4j/bench\`). This run: ${r.settings.pairs} pairs, seed ${r.settings.seed},
${r.settings.seconds} s × ${r.settings.connections} connections × ${r.settings.rounds} rounds.

**Machine:** ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB RAM, ${m.platform}; Node ${m.node}; ${m.neo4j}
(embedded in a JVM by neo4j-runner, heap ${m.neo4jHeap}, page cache ${m.neo4jPageCache}), on the same machine as the API, the
peer and the load generator. 1-minute load average: ${m.loadAverage.start} at the start, ${m.loadAverage.end} at the end of the run
(a load above the core count means other work shared the machine, which widens the tails). Share of each phase's
time during which some task waited for a CPU (\`/proc/pressure/cpu\`): ${Object.entries(r.cpuPressure)
    .map(([name, pct]) => `${name} ${pct}%`)
    .join(', ')}.
The run took ${Math.round(r.durationSeconds)} s (${Object.entries(r.phaseSeconds)
    .map(([name, s]) => `${name} ${s} s`)
    .join(', ')}).

**Graph:** the curated seed plus the full O*NET 29.3 import. **Pairs:** ${r.pairs.count} random connected pairs (seed
${r.settings.seed}; a route of at most 6 steps exists; ${r.pairs.candidatesConnected} of ${r.pairs.candidatesTried} random
candidates were connected): ${histogram}.

## How it measures

1. **Import:** \`node --import tsx src/import/onet/cli.ts <folder>\` as a child process pointed at the bench's Neo4j (fresh data,
   seeded), timed from spawn to exit; its peak memory is the kernel's high-water mark of its resident set (VmHWM in
   \`/proc/<pid>/status\`, polled every 50 ms), cross-checked with the importer's own \`maxRSS\`. Then the same command
   again; graph counts must not change.
2. **Latency:** the API in its own process (\`bench/servers/api.ts\`: \`startServer\`, production settings) over HTTP with
   one keep-alive connection, one request at a time, after ${r.settings.warmup} warm-up requests per query.
3. **Overhead:** for every sample, the same Cypher statements (same files, same parameters, same order, including the
   resolvers' existence checks) sent straight through the driver from the bench process, one read transaction each,
   interleaved with the API request (alternating which goes first). Ratio of the medians.
4. **Peer:** \`@neo4j/graphql\` 7 (\`bench/servers/peer.ts\`, its own Role/Skill/Company type definitions with
   \`@relationship\`), on Apollo Server and Express like ours, same driver settings. Answers compared first, then autocannon
   on loopback, alternating ours/peer.
5. **Statements:** \`extensions.cypherStatements\` of every answer, and the count the driver mirror sent.
6. **Path options:** the route searches alone, through the driver, interleaved pair by pair, answers compared; with
   candidate rewrites of \`paths/fewest-steps\` (\`bench/cypher/candidates/\`).
7. **Payload:** \`roles/skill-requirements\` (Role.skills) and \`roles/by-ids\` as the API sends them and with other ways
   of writing their projections (\`bench/cypher/candidates/\`), through the driver on the first
   ${r.settings.payloadSamples} samples' 50-role pages; and a guard row for the Nagle stall.
8. **CPU per request** under load: \`/proc/<pid>/stat\` of each GraphQL server and of Neo4j's JVM before and after each
   autocannon run, over the answered requests.

${section(t.targets, 'Targets')}
${section(t.import, '1. Import')}
${section(t.milestones, 'Import: where the wall time goes')}
${section(t.latency, "2-3. Latency and the GraphQL layer's overhead (ms)")}
${section(t.statements, '5. Statements per request, and which one dominates')}
${section(t.profiles, 'PROFILE of the dominant statement, slowest sample')}
${section(t.payload, 'Projections: how they are written, and the Nagle guard')}
${section(t.throughput, '4. Throughput against @neo4j/graphql')}
Answers compared before measuring: ${r.throughput.checks.map((c) => `${c.query}: ${c.isSame ? 'same' : `DIFFERENT (${c.difference})`}`).join('; ')}.

${r.esco ? section(escoTable(r.esco), '8. Routes from ESCO occupations (combined graph)') : ''}
${section(t.pathOptions, '6. Route search options')}
${section(t.agreements, 'Route search options: agreement')}
### Conclusion from the figures

${pathConclusion(r)
  .map((line) => `- ${line}`)
  .join('\n')}

${analysis.trim()}
`;
}
