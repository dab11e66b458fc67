// The baseline of the overhead measurement: the API's Cypher statements (same text, same parameters, same order)
// sent straight through the driver, one auto-commit read each like Database.read, with no GraphQL or HTTP.
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../../src/db/cypher.js';
import { withoutResultStack } from '../../src/db/database.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Integers as Neo4j integers (LIMIT and procedure arguments need them), as the API's Database does. */
export function withIntegers(params: Params): Params {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value]),
  );
}

/** Sends named statements and records, per statement name, how long each took. */
export class RawReader {
  statements = 0;
  readonly timings: { name: string; ms: number }[] = [];
  /** Plans of the statements run with PROFILE (see profileNames), by statement name. */
  readonly profiles = new Map<string, { plan: unknown; ms: number }>();

  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
    /** Statements to send with PROFILE in front, to see where their time goes. */
    private readonly profileNames: ReadonlySet<string> = new Set(),
  ) {}

  async read(name: string, params: Params = {}): Promise<Row[]> {
    return this.readText(name, cypher(name), params);
  }

  /** A statement that is not in cypher/ (the bench's own, or a candidate rewrite), under a name for the timings. */
  async readText(name: string, text: string, params: Params = {}, timeoutMs = 30_000): Promise<Row[]> {
    this.statements += 1;
    const isProfiled = this.profileNames.has(name);
    const started = performance.now();
    try {
      const result = await readOnce(this.driver, this.database, isProfiled ? `PROFILE ${text}` : text, params, timeoutMs);
      if (isProfiled) this.profiles.set(name, { plan: result.summary.profile, ms: performance.now() - started });
      return result.records.map((r) => r.toObject());
    } finally {
      this.timings.push({ name, ms: performance.now() - started });
    }
  }
}

/** One statement as Database.read sends it: an auto-commit read in its own session (RUN and PULL in one Bolt write), no result stack. */
export async function readOnce(driver: Driver, database: string | undefined, text: string, params: Params, timeoutMs = 30_000) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await withoutResultStack(() => session.run(text, withIntegers(params), { timeout: timeoutMs }));
  } finally {
    await session.close();
  }
}
