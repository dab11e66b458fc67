import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs, so the page works when served under a sub-path such as /graphiql/.
  base: './',
  build: {
    outDir: '../dist/graphiql', // relative to root: /work/main/dist/graphiql
    emptyOutDir: true, // outDir is outside root, so Vite would otherwise refuse to clear it
    // The Monaco editor is one 2.8 MB chunk (700 kB gzipped), served from this machine once and then cached:
    // splitting it buys nothing here, so warn only above that.
    chunkSizeWarningLimit: 3000,
    // Gzip sizes of 20 chunks nobody downloads over a slow link: skipping them saves a second per build.
    reportCompressedSize: false,
    rolldownOptions: {
      // GraphiQL's React dependencies mark modules "use client" (React Server Components) and "use no memo"
      // (React Compiler). Both mean nothing in a browser-only bundle, and Rolldown warns about each of ~110 of
      // them that it drops the directive: no warning to act on.
      checks: { moduleLevelDirective: false },
    },
  },
});
