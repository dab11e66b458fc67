// Sequential latency of each query over HTTP against the API, interleaved sample by sample with the same
// statements sent straight through the driver, so both see the same machine load. Also collects the statements
// per request and, for the driver side, the time of each statement (which one dominates).
import type { Driver } from 'neo4j-driver';
import type { QueryCase } from './cases.js';
import { postGraphQL } from './http.js';
import { RawReader } from './raw.js';
import { median, ratio, round, summarize, type Summary } from './stats.js';
import type { Table } from './table.js';

export interface CaseLatency {
  name: string;
  isPathQuery: boolean;
  api: Summary;
  raw: Summary;
  /** Median API time over median driver time. */
  overhead: number;
  /** extensions.cypherStatements of the API's answers (min and max over the samples). */
  apiStatements: { min: number; max: number };
  rawStatements: { min: number; max: number };
  /** Samples where the API's answer had errors, or its row/route count differed from the driver's. */
  errors: number;
  mismatches: number;
  errorSamples: string[];
  /** Per statement name: median ms per sample on the driver side, and its share of the driver total. */
  statements: { name: string; medianMs: number; share: number }[];
  /**
   * The consistently slow samples: slowest on both sides (by the smaller of the two times), so a pause of the
   * machine during one request does not pick the sample. Sample index and ms.
   */
  slowest: { sample: number; apiMs: number; rawMs: number }[];
}

interface Samples {
  api: number[];
  raw: number[];
  apiStatements: number[];
  rawStatements: number[];
  perStatement: Map<string, number[]>;
  errors: number;
  mismatches: number;
  errorSamples: string[];
}

async function timeApi(url: string, queryCase: QueryCase, sample: number) {
  const { query, variables } = queryCase.graphql(sample);
  const started = performance.now();
  const result = await postGraphQL(url, query, variables);
  const ms = performance.now() - started;
  const statements = Number(result.extensions?.cypherStatements ?? Number.NaN);
  const problem = result.errors?.length ? JSON.stringify(result.errors[0]).slice(0, 300) : result.data ? null : `HTTP ${result.status}, no data`;
  return { ms, statements, count: result.data ? queryCase.count(result.data) : -1, problem };
}

async function timeRaw(driver: Driver, database: string | undefined, queryCase: QueryCase, sample: number) {
  const reader = new RawReader(driver, database);
  const started = performance.now();
  const count = await queryCase.raw(reader, sample);
  return { ms: performance.now() - started, statements: reader.statements, count, timings: reader.timings };
}

export async function measureLatency(
  /** The API's URL, or per case (cases on another API process). */
  url: string | ((queryCase: QueryCase) => string),
  driver: Driver,
  database: string | undefined,
  cases: QueryCase[],
  samples: number,
  warmup: number,
  log: (line: string) => void,
): Promise<CaseLatency[]> {
  const urlOf = typeof url === 'string' ? () => url : url;
  for (const queryCase of cases) {
    for (let i = 0; i < Math.min(warmup, samples); i += 1) {
      await timeApi(urlOf(queryCase), queryCase, i);
      await timeRaw(driver, database, queryCase, i);
    }
  }
  log(`warm-up done (${warmup} requests per query on each side)`);

  const collected = new Map<string, Samples>(
    cases.map((c) => [
      c.name,
      { api: [], raw: [], apiStatements: [], rawStatements: [], perStatement: new Map(), errors: 0, mismatches: 0, errorSamples: [] },
    ]),
  );
  const progressEvery = Math.max(1, Math.floor(samples / 5));
  for (let i = 0; i < samples; i += 1) {
    for (const queryCase of cases) {
      const s = collected.get(queryCase.name)!;
      // Alternate which side goes first, so neither always runs on the other's warm caches.
      const apiFirst = i % 2 === 0;
      const rawRun = apiFirst ? undefined : await timeRaw(driver, database, queryCase, i);
      const api = await timeApi(urlOf(queryCase), queryCase, i);
      const raw = rawRun ?? (await timeRaw(driver, database, queryCase, i));
      s.api.push(api.ms);
      s.raw.push(raw.ms);
      s.apiStatements.push(api.statements);
      s.rawStatements.push(raw.statements);
      const perSample = new Map<string, number>();
      for (const t of raw.timings) perSample.set(t.name, (perSample.get(t.name) ?? 0) + t.ms);
      for (const [name, ms] of perSample) s.perStatement.set(name, [...(s.perStatement.get(name) ?? []), ms]);
      if (api.problem) {
        s.errors += 1;
        if (s.errorSamples.length < 3) s.errorSamples.push(`sample ${i}: ${api.problem}`);
      } else if (api.count !== raw.count) {
        s.mismatches += 1;
        if (s.errorSamples.length < 3) s.errorSamples.push(`sample ${i}: API returned ${api.count}, the driver ${raw.count}`);
      }
    }
    if ((i + 1) % progressEvery === 0) log(`${i + 1}/${samples} samples`);
  }

  return cases.map((queryCase) => {
    const s = collected.get(queryCase.name)!;
    const rawMedian = median(s.raw);
    const statementTotal = [...s.perStatement.values()].reduce((sum, values) => sum + median(values), 0);
    return {
      name: queryCase.name,
      isPathQuery: queryCase.isPathQuery,
      api: summarize(s.api),
      raw: summarize(s.raw),
      overhead: ratio(median(s.api), rawMedian),
      apiStatements: { min: Math.min(...s.apiStatements), max: Math.max(...s.apiStatements) },
      rawStatements: { min: Math.min(...s.rawStatements), max: Math.max(...s.rawStatements) },
      errors: s.errors,
      mismatches: s.mismatches,
      errorSamples: s.errorSamples,
      statements: [...s.perStatement.entries()].map(([name, values]) => ({
        name,
        medianMs: round(median(values)),
        share: round(median(values) / statementTotal, 2),
      })),
      slowest: s.api
        .map((apiMs, sample) => ({ sample, apiMs: round(apiMs), rawMs: round(s.raw[sample]) }))
        .sort((a, b) => Math.min(b.apiMs, b.rawMs) - Math.min(a.apiMs, a.rawMs))
        .slice(0, 5),
    };
  });
}

/** Per query: the API's percentiles over HTTP, the driver's p95 on the same statements, statements, errors, mismatches. */
export function latencyTable(title: string, latency: CaseLatency[], note: string): Table {
  const ms = (n: number) => Math.round(n * 10) / 10;
  return {
    title,
    header: ['query', 'p50 ms', 'p95 ms', 'p99 ms', 'driver p95 ms', 'statements', 'errors', 'mismatches'],
    rows: latency.map((c) => [
      c.name,
      ms(c.api.p50),
      ms(c.api.p95),
      ms(c.api.p99),
      ms(c.raw.p95),
      c.apiStatements.min === c.apiStatements.max ? c.apiStatements.min : `${c.apiStatements.min}-${c.apiStatements.max}`,
      c.errors,
      c.mismatches,
    ]),
    note,
  };
}
