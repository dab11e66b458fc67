// Timing the scale bench's queries over HTTP: warm-up, then every sample of every query interleaved, each query
// with a time budget; and what the API's /ready says about its route engine.
import { postGraphQL } from '../lib/http.js';
import { summarize } from '../lib/stats.js';
import type { ScaleCase } from './queries.js';
import type { CaseFigures } from './results.js';

const log = (line: string) => console.log(`[bench:scale] ${line}`);

/** GET /ready: the API's readiness answer, which names the route engine when the API reports one. */
export async function readiness(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/ready`);
  return (await response.json().catch(() => ({ status: `HTTP ${response.status}` }))) as Record<string, unknown>;
}

async function timeRequest(url: string, queryCase: ScaleCase, sample: number) {
  const { query, variables } = queryCase.request(sample);
  const started = performance.now();
  const result = await postGraphQL(url, query, variables);
  const ms = performance.now() - started;
  const problem = result.errors?.length ? JSON.stringify(result.errors[0]).slice(0, 300) : result.data ? null : `HTTP ${result.status}, no data`;
  return { ms, problem, rows: result.data ? queryCase.count(result.data) : 0, statements: Number(result.extensions?.cypherStatements ?? Number.NaN) };
}

/** A case stops early after this many errors in a row (a model that cannot be built fails every request). */
const MAX_ERRORS_IN_A_ROW = 5;

/**
 * Warm-up (its first request is the cold one), then every sample of every query, interleaved sample by sample. A
 * query stops early when it fails MAX_ERRORS_IN_A_ROW times in a row or has used its time budget; its figures are
 * then over the samples it got, and the reason is kept.
 */
export async function measure(
  urlOf: (queryCase: ScaleCase) => string,
  cases: ScaleCase[],
  samples: number,
  warmup: number,
  budgetMs: number,
): Promise<CaseFigures[]> {
  const state = new Map(
    cases.map((c) => [
      c.name,
      {
        ms: [] as number[],
        rows: [] as number[],
        statements: [] as number[],
        errors: 0,
        errorsInARow: 0,
        spentMs: 0,
        coldMs: Number.NaN,
        stoppedEarly: null as string | null,
        errorSamples: [] as string[],
      },
    ]),
  );
  const run = async (queryCase: ScaleCase, sample: number, isMeasured: boolean) => {
    const s = state.get(queryCase.name)!;
    if (s.stoppedEarly) return;
    const result = await timeRequest(urlOf(queryCase), queryCase, sample);
    // The first request may build a cache (the similarity model): it is reported apart and not charged to the budget.
    if (Number.isNaN(s.coldMs)) s.coldMs = result.ms;
    else s.spentMs += result.ms;
    if (result.problem) {
      s.errors += 1;
      s.errorsInARow += 1;
      if (s.errorSamples.length < 3) s.errorSamples.push(`${isMeasured ? 'sample' : 'warm-up'} ${sample}: ${result.problem}`);
    } else s.errorsInARow = 0;
    if (isMeasured) {
      s.ms.push(result.ms);
      s.rows.push(result.rows);
      s.statements.push(result.statements);
    }
    if (s.errorsInARow >= MAX_ERRORS_IN_A_ROW) s.stoppedEarly = `${MAX_ERRORS_IN_A_ROW} errors in a row`;
    else if (s.spentMs > budgetMs) s.stoppedEarly = `time budget of ${budgetMs / 1000} s used`;
    if (s.stoppedEarly) log(`${queryCase.name}: stopped early (${s.stoppedEarly}) after ${s.ms.length} samples`);
  };
  for (const queryCase of cases) for (let i = 0; i < Math.min(warmup, samples); i += 1) await run(queryCase, i, false);
  for (let i = 0; i < samples; i += 1) {
    for (const queryCase of cases) await run(queryCase, i, true);
    if ((i + 1) % Math.max(1, Math.floor(samples / 4)) === 0) log(`latency: ${i + 1}/${samples} samples`);
  }
  return cases.map((queryCase) => {
    const s = state.get(queryCase.name)!;
    return {
      name: queryCase.name,
      latency: summarize(s.ms),
      coldMs: Math.round(s.coldMs),
      meanRows: s.rows.length ? Math.round((s.rows.reduce((sum, n) => sum + n, 0) / s.rows.length) * 10) / 10 : Number.NaN,
      statements: { min: Math.min(...s.statements), max: Math.max(...s.statements) },
      errors: s.errors,
      errorSamples: s.errorSamples,
      stoppedEarly: s.stoppedEarly,
      measuredAt: new Date().toISOString(),
    };
  });
}

/** The route engine as /ready names it (whatever field carries it), or null when it names none. */
export function describeEngine(ready: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(ready)) {
    if (/engine/i.test(key) && value != null) return typeof value === 'string' ? value : JSON.stringify(value);
  }
  return null;
}
