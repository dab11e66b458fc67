// The limit of the API's design for one request: the Cypher statements the API sends for it (recorded from the API
// itself: same text, same parameters, same order, statements it ran at once still at once), sent straight through
// the driver as Database.read sends them, by many concurrent clients. `npm run load` reports the API's throughput
// as a share of this.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../src/config.js';
import { Database, type Params, type Row } from '../../src/db/database.js';
import { cypher } from '../../src/db/cypher.js';
import { startServer } from '../../src/server.js';
import { readOnce } from './raw.js';

export interface RecordedStatement {
  name: string;
  params: Params;
}

/** A database view that keeps every read of the one request it serves, with when it started and ended. */
class RecordingDatabase extends Database {
  readonly reads: (RecordedStatement & { startedAt: number; endedAt: number })[] = [];

  override forRequest(): Database {
    return this;
  }

  override async read(name: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    const read = { name, params, startedAt: performance.now(), endedAt: Number.POSITIVE_INFINITY };
    this.reads.push(read);
    try {
      return await super.read(name, params, timeoutMs);
    } finally {
      read.endedAt = performance.now();
    }
  }
}

/**
 * The statements one GraphQL request makes the API send, as groups: the statements of a group were in flight at
 * the same time (one DataLoader tick), the groups ran one after another. Runs the API in this process on a free
 * loopback port, with the given settings, for one request.
 */
export async function recordStatements(
  config: Config,
  driver: Driver,
  request: { query: string; variables?: Record<string, unknown> },
): Promise<RecordedStatement[][]> {
  const database = new RecordingDatabase(driver, { queryTimeoutMs: config.queryTimeoutMs, database: config.neo4j.database });
  const server = await startServer({ ...config, port: 0, host: '127.0.0.1' }, database);
  try {
    // What the start read (the route engine's choice) is not part of a request.
    database.reads.length = 0;
    database.statementsSent = 0;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const body = (await response.json()) as { errors?: unknown[]; extensions?: { cypherStatements?: number } };
    if (body.errors?.length) throw new Error(`the recorded request failed: ${JSON.stringify(body.errors)}`);
    if (body.extensions?.cypherStatements !== database.reads.length) {
      throw new Error(`the API reported ${body.extensions?.cypherStatements} statements, the recording holds ${database.reads.length}`);
    }
  } finally {
    await server.stop();
  }
  const groups: RecordedStatement[][] = [];
  let groupEnd = Number.NEGATIVE_INFINITY;
  for (const { name, params, startedAt, endedAt } of database.reads) {
    if (groups.length === 0 || startedAt >= groupEnd) groups.push([]);
    groupEnd = startedAt >= groupEnd ? endedAt : Math.max(groupEnd, endedAt);
    groups.at(-1)!.push({ name, params });
  }
  return groups;
}

export interface MirrorRun {
  requestsPerSecond: number;
  requests: number;
  errors: number;
  durationSeconds: number;
  /** Every request's time in ms (all its statements). */
  latencies: number[];
}

/** `connections` clients, each sending one request's statement groups after another, for `seconds`. */
export async function driveStatements(
  driver: Driver,
  database: string | undefined,
  groups: RecordedStatement[][],
  seconds: number,
  connections: number,
): Promise<MirrorRun> {
  const texts = groups.map((group) => group.map(({ name, params }) => ({ text: cypher(name), params })));
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const requestStarted = performance.now();
      try {
        for (const group of texts) {
          await Promise.all(group.map(async ({ text, params }) => (await readOnce(driver, database, text, params)).records.map((r) => r.toObject())));
        }
        latencies.push(performance.now() - requestStarted);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  const durationSeconds = (performance.now() - started) / 1000;
  return { requestsPerSecond: latencies.length / durationSeconds, requests: latencies.length, errors, durationSeconds, latencies };
}
