import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs, so the page works when served under a sub-path such as /graphiql/.
  base: './',
  build: {
    outDir: '../dist/graphiql', // relative to root: /work/main/dist/graphiql
    emptyOutDir: true, // outDir is outside root, so Vite would otherwise refuse to clear it
  },
});
