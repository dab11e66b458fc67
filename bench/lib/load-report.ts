// What `npm run load` reports: the figures of one run, as a console table, as the "Load" section of docs/load.md,
// and as bench/results/load.json. One list of rows serves the console and the Markdown.
import { readFile, writeFile } from 'node:fs/promises';
import type { Summary } from './stats.js';
import { markdownTable, printTable, type Table } from './table.js';

export interface LoadReport {
  date: string;
  /** loadAverage: the machine's 1-minute load average when the measured run began (others' work skews the figures). */
  machine: { cpus: number; cpuModel: string; memoryGb: number; platform: string; node: string; loadAverage: number };
  neo4j: string;
  settings: { seconds: number; connections: number; warmupSeconds: number; query: string };
  throughput: { requestsPerSecond: number; requests: number; durationSeconds: number };
  /** Nearest-rank percentiles of every response time (bench/lib/stats.ts, as in npm run bench). */
  latencyMs: Summary;
  /**
   * The same request's statements (recorded from the API, grouped as it ran them) sent through the driver alone by
   * as many concurrent clients, right after the API's run: the limit of this design on this machine.
   */
  driver: { statements: string[][]; requestsPerSecond: number; requests: number; durationSeconds: number; errors: number; latencyMs: Summary };
  /** The API's requests per second over the driver mirror's (target >= 0.8). */
  vsDriver: number;
  errors: { connectionErrors: number; timeouts: number; non2xx: number; bodiesWithErrors: number; samples: string[]; apiErrorLogLines: number };
  rssMb: {
    started: number;
    warm: number;
    peak: number;
    after: number;
    afterToWarm: number;
    isWithinToleranceOfWarm: boolean;
    tolerance: number;
    /** Every 5 s of the run: a plateau is the heap settling, a steady climb is a leak. */
    samples: number[];
  };
}

function reportTable(r: LoadReport): Table {
  const { latencyMs: l, rssMb: m, errors: e } = r;
  return {
    title: `Load: ${r.settings.connections} connections for ${r.settings.seconds} s on careerPath (POST), API in production mode`,
    header: ['Measure', 'Value'],
    rows: [
      ['Requests/s (mean)', r.throughput.requestsPerSecond],
      ['Requests', `${r.throughput.requests} in ${r.throughput.durationSeconds} s`],
      ['Latency p50 / p95 / p99', `${l.p50} / ${l.p95} / ${l.p99} ms (max ${l.max} ms)`],
      [
        'Driver alone, same statements: requests/s',
        `${r.driver.requestsPerSecond} (${r.driver.statements.map((group) => group.join(' + ')).join(', then ')})`,
      ],
      [
        'Driver alone: latency p50 / p95 / p99, errors',
        `${r.driver.latencyMs.p50} / ${r.driver.latencyMs.p95} / ${r.driver.latencyMs.p99} ms, ${r.driver.errors} errors`,
      ],
      ['API / driver alone (target >= 0.8x)', `${r.vsDriver}x`],
      ['Connection errors / timeouts', `${e.connectionErrors} / ${e.timeouts}`],
      ['Non-2xx responses', e.non2xx],
      ['Bodies with GraphQL errors', e.bodiesWithErrors],
      ['API stderr lines during the run', e.apiErrorLogLines],
      ['API RSS: started / warm / peak / after', `${m.started} / ${m.warm} / ${m.peak} / ${m.after} MB`],
      [`RSS after within ${m.tolerance * 100}% of warm`, `${m.isWithinToleranceOfWarm ? 'yes' : '**no**'} (after / warm = ${m.afterToWarm})`],
      ['API RSS every 5 s of the run', `${m.samples.join(', ')} MB`],
    ],
  };
}

export function printLoadReport(r: LoadReport): void {
  printTable(reportTable(r));
  for (const sample of r.errors.samples) console.log(`  sample body: ${sample}`);
}

function loadSection(r: LoadReport): string {
  const samples = r.errors.samples.length ? `\nSample bodies with errors:\n\n${r.errors.samples.map((s) => `    ${s}`).join('\n')}\n` : '';
  return `## Load

Written by \`npm run load\` on ${r.date.slice(0, 10)}: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB RAM,
${r.machine.platform}, Node ${r.machine.node}, load average ${r.machine.loadAverage} at the start; Neo4j: ${r.neo4j}. ${r.settings.connections} connections for ${r.settings.seconds} s
after a ${r.settings.warmupSeconds} s warm-up, all on loopback (autocannon, the API and Neo4j share the machine). Then, as the
limit of this design here, the statements the API sends for that request (recorded from the API, same text and
parameters, grouped as it ran them) straight through the driver by as many concurrent clients for as long.

${markdownTable(reportTable(r))}
${samples}
The same figures are in \`bench/results/load.json\`.
`;
}

/** Replaces the "## Load" section of the doc (up to the next "## " heading), or appends one. */
export async function writeLoadSection(docFile: string, r: LoadReport): Promise<void> {
  const section = loadSection(r);
  const current = await readFile(docFile, 'utf8').catch(() => '# Load test\n');
  const lines = current.split('\n');
  const start = lines.findIndex((line) => line.trim() === '## Load');
  if (start === -1) {
    await writeFile(docFile, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const before = lines.slice(0, start).join('\n').trimEnd();
  const after = next === -1 ? '' : `\n${lines.slice(next).join('\n')}`;
  await writeFile(docFile, `${before}\n\n${section}${after}`);
}
