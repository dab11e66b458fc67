// A fingerprint of the whole graph (every node and relationship with its properties), to prove that a refused
// write changed nothing.
import type { Driver } from 'neo4j-driver';

export async function graphSnapshot(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery(`
    CALL () {
      MATCH (n) RETURN labels(n)[0] + ':' + coalesce(n.id, '') AS key, properties(n) AS props
      UNION ALL
      MATCH (a)-[r]->(b) RETURN type(r) + ':' + a.id + '>' + b.id AS key, properties(r) AS props
    }
    RETURN key, props ORDER BY key`);
  return JSON.stringify(records.map((r) => [r.get('key'), sortKeys(r.get('props'))]));
}

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}
