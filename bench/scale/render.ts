// `npx tsx bench/scale/render.ts`: re-renders docs/scale.md from bench/results/scale/*.json and the current
// bench/scale/analysis.md, without measuring again.
import path from 'node:path';
import { REPO_ROOT } from '../lib/config.js';
import { writeScaleDoc } from './report.js';

console.log(`${path.relative(REPO_ROOT, await writeScaleDoc())} rendered from bench/results/scale/`);
