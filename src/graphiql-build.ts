// GraphiQL is built from the graphiql npm package into dist/graphiql (no CDN); build it once when missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const GRAPHIQL_DIR = fileURLToPath(new URL('../dist/graphiql/', import.meta.url));

export function ensureGraphiqlBuilt(log: (line: string) => void = console.log): void {
  if (existsSync(`${GRAPHIQL_DIR}index.html`)) return;
  log('Building GraphiQL (once, a few seconds)...');
  execFileSync('npm', ['run', '--silent', 'build:graphiql'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
