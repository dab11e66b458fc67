// `npx tsx bench/render.ts [results.json]`: re-renders docs/benchmarks.md from a stored run (default
// bench/results/latest.json) and the current bench/analysis.md, without measuring again.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './lib/config.js';
import { renderMarkdown } from './lib/markdown.js';
import type { BenchResults } from './lib/report.js';

const file = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'bench', 'results', 'latest.json'));
const results = JSON.parse(await readFile(file, 'utf8')) as BenchResults;
await writeFile(path.join(REPO_ROOT, 'docs', 'benchmarks.md'), await renderMarkdown(results, new URL('./analysis.md', import.meta.url)));
console.log(`docs/benchmarks.md rendered from ${path.relative(REPO_ROOT, file)} (run of ${results.date})`);
