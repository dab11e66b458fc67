// Runs named Cypher through the driver: reads as auto-commit read statements (retried here), writes in write
// transactions, each with a timeout, so cluster routing, retries and "no query can hang the server" hold everywhere.
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { isDomainError, QueryTimeoutError, UnavailableError } from '../domain/errors.js';
import { cypher } from './cypher.js';
import { enableNoDelayForDriverSockets } from './tcp-nodelay.js';

export type Params = Record<string, unknown>;
export type Row = RecordShape;

export interface WriteContext {
  run(name: string, params?: Params): Promise<Row[]>;
}

export interface DatabaseOptions {
  queryTimeoutMs: number;
  database?: string;
  /** How long a read retries transient failures (a blip, a leader switch) before it fails; as the driver's maxTransactionRetryTime. */
  retryTimeMs?: number;
}

const DEFAULT_RETRY_MS = 1_000;
const FIRST_RETRY_DELAY_MS = 100;

/**
 * A driver that fails fast when the database is away: managed transactions retry transient errors (a blip, a
 * leader switch) for about `retryTimeMs` (the driver's back-off starts at 1 s, so a failing request ends within
 * a few seconds), then the request fails with SERVICE_UNAVAILABLE instead of hanging.
 */
export function createDriver(uri: string, user: string, password: string, retryTimeMs = 1_000): Driver {
  enableNoDelayForDriverSockets();
  const auth = password ? neo4j.auth.basic(user, password) : undefined;
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: retryTimeMs,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 100,
  });
}

/**
 * JavaScript numbers travel as floats, but LIMIT, SKIP and procedure INTEGER arguments need integers: top-level
 * whole-number parameters (first, limit, maxSteps...) are sent as Neo4j integers. Nested data is left as it is.
 */
function withIntegerParams(params: Params): Params {
  const result: Params = {};
  for (const [key, value] of Object.entries(params)) {
    result[key] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
  }
  return result;
}

/**
 * Calls `start` (which creates a driver Result) without the stack trace the driver captures for every result: it
 * formats one at once, through source maps, only to put it on the error of a statement that fails, where it shows
 * the driver's own frames. That came to about 4% of the API's CPU on a role with 447 skills (bench/analysis.md).
 */
export function withoutResultStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Driver errors that mean "the database is not reachable right now", as opposed to a bad query. */
export function isUnavailable(error: unknown): boolean {
  const e = error as { code?: string } | undefined;
  return ['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable'].includes(e?.code ?? '');
}

/** The transaction outlived its timeout and the server stopped it (while running, or while waiting for a lock). */
export function isTimeout(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code ?? '';
  return ['TransactionTimedOut', 'Transaction.Terminated', 'Transaction.LockClientStopped'].some((part) => code.includes(part));
}

/**
 * A view of the database for one unit of work (one GraphQL request, one seed run). It counts the statements it
 * sends, so tests and benchmarks can prove batching.
 */
export class Database {
  statementsSent = 0;

  constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  /** A fresh counting view over the same driver, for one request. */
  forRequest(): Database {
    return new Database(this.driver, this.options);
  }

  /**
   * One statement as an auto-commit read: RUN and PULL go out in one Bolt write. A managed transaction
   * (`executeRead`) sends BEGIN, RUN+PULL and COMMIT as three writes and three replies; on loopback each socket write
   * cost about 0.4 ms of API CPU (bench/analysis.md), and Neo4j handles three messages instead of one. Each
   * statement was its own transaction before too, so what a read sees is unchanged. The session still routes
   * to a reader in a cluster, and transient failures are retried here, as `executeRead` would (reads are
   * idempotent).
   */
  async read(name: string, params: Params = {}, timeoutMs = this.options.queryTimeoutMs): Promise<Row[]> {
    const text = cypher(name);
    this.statementsSent += 1;
    const parameters = withIntegerParams(params);
    const config = { timeout: timeoutMs, metadata: { query: name } };
    const retryUntil = Date.now() + (this.options.retryTimeMs ?? DEFAULT_RETRY_MS);
    for (let delayMs = FIRST_RETRY_DELAY_MS; ; delayMs *= 2) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
      try {
        return (await withoutResultStack(() => session.run(text, parameters, config))).records.map((r) => r.toObject());
      } catch (error) {
        if (!neo4j.isRetriableError(error) || Date.now() + delayMs > retryUntil) throw translateError(error, name);
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }

  /** One write transaction for a whole unit of work: all of it applies, or none of it. */
  async write<T>(work: (tx: WriteContext) => Promise<T>, timeoutMs = this.options.queryTimeoutMs * 6): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        async (tx: ManagedTransaction) => {
          const run: WriteContext['run'] = async (name, params = {}) => {
            this.statementsSent += 1;
            return (await tx.run(cypher(name), withIntegerParams(params))).records.map((r) => r.toObject());
          };
          const result = await work({ run });
          // In the same transaction, so caches keyed by the graph version (the in-API route search) see every write.
          await run('graph/bump-version');
          return result;
        },
        { timeout: timeoutMs },
      );
    } catch (error) {
      throw translateError(error, 'write');
    } finally {
      await session.close();
    }
  }
}

/** Expected database failures become domain errors (src/graphql/errors.ts gives them codes); anything else stays unexpected. */
function translateError(error: unknown, statement: string): unknown {
  if (isDomainError(error)) return error;
  if (isUnavailable(error)) return new UnavailableError({ cause: error });
  if (isTimeout(error)) return new QueryTimeoutError(statement, { cause: error });
  return error;
}
