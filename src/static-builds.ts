// Browser assets built by Vite from npm packages (no CDN): GraphiQL and the embeddable widgets. `npm ci` builds
// them (the prepare script, `npm run build:assets`); a start rebuilds one only when it is missing or older than
// its sources, quietly, with one summary line.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The same from src/ (tsx) and from dist/ (compiled): both sit one level below the repository.
const REPO = fileURLToPath(new URL('..', import.meta.url));
export const GRAPHIQL_DIR = path.join(REPO, 'dist/graphiql/');
export const WIDGETS_DIR = path.join(REPO, 'dist/widgets/');

interface StaticBuild {
  name: string;
  dir: string;
  /** The file a complete build leaves (a failed build may leave a folder half written). */
  marker: string;
  script: string;
  /** Files and folders whose change calls for a rebuild (the lock file: a dependency changed). */
  sources: string[];
}

const BUILDS: StaticBuild[] = [
  {
    name: 'GraphiQL',
    dir: GRAPHIQL_DIR,
    marker: 'index.html',
    script: 'build:graphiql',
    sources: ['graphiql', 'src/graphql/example-queries.ts', 'package-lock.json'],
  },
  { name: 'widgets', dir: WIDGETS_DIR, marker: 'career-widgets.js', script: 'build:widgets', sources: ['widgets', 'package-lock.json'] },
];

/** Builds what is missing or stale; prints one line when it built anything. */
export function ensureStaticBuilds(log: (line: string) => void = console.log): void {
  buildStaticAssets({ only: BUILDS.filter(isStale), log });
}

/** Builds GraphiQL and the widgets (all of them, unless `only` says which), printing one summary line. */
export function buildStaticAssets({ only = BUILDS, log = console.log }: { only?: StaticBuild[]; log?: (line: string) => void } = {}): void {
  if (only.length === 0) return;
  const started = performance.now();
  for (const build of only) buildInto(build);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`Built ${only.map((b) => b.name).join(' and ')} into dist/ (${seconds} s)`);
}

function isStale(build: StaticBuild): boolean {
  const builtAt = statSync(path.join(build.dir, build.marker), { throwIfNoEntry: false })?.mtimeMs;
  if (builtAt === undefined) return true;
  return build.sources.some((source) => newestChange(path.join(REPO, source)) > builtAt);
}

function newestChange(file: string): number {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(file, { recursive: true, encoding: 'utf8' }).map((entry) => statSync(path.join(file, entry)).mtimeMs));
}

/**
 * Vite writes into a fresh folder that then replaces the served one: a running server never serves half a build,
 * and two processes that build at once (a dev server and a test run) do not write over each other.
 */
function buildInto(build: StaticBuild): void {
  const target = build.dir.replace(/\/$/, '');
  const staging = `${target}.building-${process.pid}`;
  try {
    // Warnings still reach stderr; the configs silence the known harmless ones, so anything shown is news.
    execFileSync('npm', ['run', '--silent', build.script, '--', '--outDir', staging, '--logLevel', 'warn'], {
      cwd: REPO,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`Building ${build.name} failed (npm run ${build.script}); its output is above.`);
  }
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another process put its build in place between our rm and rename: that one is as good as ours.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(path.join(target, build.marker))) throw error;
  }
}
