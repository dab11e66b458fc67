// The bench's own Cypher (pair picking, candidate rewrites, the expansion baseline), one file each in bench/cypher/.
import { readFileSync } from 'node:fs';

export function benchCypher(name: string): string {
  return readFileSync(new URL(`../cypher/${name}.cypher`, import.meta.url), 'utf8').trim();
}
