// Runs named Cypher through the driver: reads in read transactions, writes in write transactions, each with a
// timeout, so cluster routing, retries and "no query can hang the server" hold everywhere.
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
}

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

  async read(name: string, params: Params = {}, timeoutMs = this.options.queryTimeoutMs): Promise<Row[]> {
    const text = cypher(name);
    this.statementsSent += 1;
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(
        async (tx) => (await tx.run(text, withIntegerParams(params))).records.map((r) => r.toObject()),
        { timeout: timeoutMs, metadata: { query: name } },
      );
    } catch (error) {
      throw translateError(error, name);
    } finally {
      await session.close();
    }
  }

  /** One write transaction for a whole unit of work: all of it applies, or none of it. */
  async write<T>(work: (tx: WriteContext) => Promise<T>, timeoutMs = this.options.queryTimeoutMs * 6): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(async (tx: ManagedTransaction) => {
        const run: WriteContext['run'] = async (name, params = {}) => {
          this.statementsSent += 1;
          return (await tx.run(cypher(name), withIntegerParams(params))).records.map((r) => r.toObject());
        };
        const result = await work({ run });
        // In the same transaction, so caches keyed by the graph version (the in-API route search) see every write.
        await run('graph/bump-version');
        return result;
      }, { timeout: timeoutMs });
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
