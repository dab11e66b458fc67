// Every Cypher statement lives in cypher/**/*.cypher; this module loads them once and hands them out by name.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listCypherFiles(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}

function loadAll(): Map<string, string> {
  const statements = new Map<string, string>();
  for (const file of listCypherFiles(CYPHER_DIR)) {
    const name = relative(CYPHER_DIR, file)
      .split(sep)
      .join('/')
      .replace(/\.cypher$/, '');
    statements.set(name, compact(readFileSync(file, 'utf8')));
  }
  return statements;
}

/**
 * What goes over the wire: the statement without its whole-line comments and indentation (the file keeps them for
 * readers). Shorter messages travel in one Bolt chunk.
 */
function compact(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

const statements = loadAll();

/** The statement stored in cypher/<name>.cypher, for example cypher('roles/by-ids'). */
export function cypher(name: string): string {
  const text = statements.get(name);
  if (text === undefined) throw new Error(`No Cypher statement named "${name}" (expected cypher/${name}.cypher)`);
  return text;
}

/** Names of all statements under a folder, sorted: used for migrations that run in file order. */
export function cypherNamesUnder(folder: string): string[] {
  return [...statements.keys()].filter((name) => name.startsWith(`${folder}/`)).sort();
}

/** A file may hold several statements separated by semicolons at line ends (used by migrations). */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
