// Applies cypher/schema/*.cypher (constraints, indexes, and data migrations that keep a graph written by an earlier
// version readable) in file order. Every statement is idempotent (IF NOT EXISTS, or finds nothing left to change),
// so running this at every start is safe.
import type { Driver } from 'neo4j-driver';
import { cypher, cypherNamesUnder, splitStatements } from './cypher.js';

export async function applySchema(driver: Driver, database?: string): Promise<number> {
  const session = driver.session({ database });
  let applied = 0;
  try {
    for (const name of cypherNamesUnder('schema')) {
      for (const statement of splitStatements(cypher(name))) {
        // Schema commands cannot share a transaction with other statements: one auto-commit each.
        await session.run(statement);
        applied += 1;
      }
    }
    await session.run(cypher('db/await-indexes'));
  } finally {
    await session.close();
  }
  return applied;
}
