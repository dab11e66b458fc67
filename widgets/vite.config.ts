// Builds the embeddable widgets into dist/widgets/: one ES module (career-widgets.js) and, copied beside it, the
// demo page (demo/ is the public folder). Prints the bundle size and fails the build when it outgrows the budget.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const BUNDLE = 'career-widgets.js';
const BUDGET_GZIP_BYTES = 25_000;

function bundleBudget(): Plugin {
  return {
    name: 'career-widgets-budget',
    apply: 'build',
    // Before anything is written: an over-budget build leaves no bundle behind.
    generateBundle(_options, bundle) {
      const chunk = bundle[BUNDLE];
      const code = Buffer.from(chunk.type === 'chunk' ? chunk.code : chunk.source);
      const gzip = gzipSync(code).length;
      const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
      console.log(`${BUNDLE}: ${kb(code.length)} raw, ${kb(gzip)} gzipped (budget ${kb(BUDGET_GZIP_BYTES)} gzipped)`);
      if (gzip > BUDGET_GZIP_BYTES) {
        this.error(`${BUNDLE} is ${kb(gzip)} gzipped, over the ${kb(BUDGET_GZIP_BYTES)} budget`);
      }
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: 'demo',
  plugins: [bundleBudget()],
  // Always Lit's production build: a build started from the tests inherits NODE_ENV=test, and Vite would then
  // pick Lit's development build (dev-mode warnings, 15 kB gzipped instead of 12).
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    outDir: '../dist/widgets', // relative to root: /work/main/dist/widgets
    emptyOutDir: true, // outDir is outside root, so Vite would otherwise refuse to clear it
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => BUNDLE },
    // Library mode keeps ES output readable by default; an embed script is better fully minified.
    rolldownOptions: { output: { minify: true } },
  },
});
