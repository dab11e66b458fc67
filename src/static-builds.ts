// Browser assets built by Vite from npm packages (no CDN): GraphiQL and the embeddable widgets. Each is built
// once, when its output is missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const GRAPHIQL_DIR = fileURLToPath(new URL('../dist/graphiql/', import.meta.url));
export const WIDGETS_DIR = fileURLToPath(new URL('../dist/widgets/', import.meta.url));

// `marker` is the file a complete build leaves (a failed build may leave the folder half written).
const BUILDS = [
  { name: 'GraphiQL', dir: GRAPHIQL_DIR, marker: 'index.html', script: 'build:graphiql' },
  { name: 'widgets', dir: WIDGETS_DIR, marker: 'career-widgets.js', script: 'build:widgets' },
];

export function ensureStaticBuilds(log: (line: string) => void = console.log): void {
  for (const build of BUILDS) {
    if (existsSync(`${build.dir}${build.marker}`)) continue;
    log(`Building ${build.name} (once, a few seconds)...`);
    execFileSync('npm', ['run', '--silent', build.script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
}
