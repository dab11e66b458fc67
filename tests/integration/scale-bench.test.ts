// `npm run bench:scale` at a reduced size, as CI runs it (the 1k, 10k and 100k sizes run by hand): it generates a
// graph, imports it through the importer's writer into its own Neo4j, measures every query with no error, and
// writes its results and report where BENCH_SCALE_RESULTS_DIR says (not over bench/results/scale or docs/scale.md).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SizeResult } from '../../bench/scale/results.js';
import { freePort } from '../support/ports.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const ROLES = 200;

function runScaleBench(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.NEO4J_URI;
  return new Promise((done, fail) => {
    const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['bench/scale/run.ts', ...args], { cwd: repoRoot, env: childEnv });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', fail);
    child.once('close', (code) => done({ code, output }));
  });
}

describe('npm run bench:scale at a reduced size', () => {
  let workDir: string;

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it(`measures a generated graph of ${ROLES} roles end to end, every query answered`, async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'career-scale-'));
    const resultsDir = path.join(workDir, 'results');
    const { code, output } = await runScaleBench(['--sizes', String(ROLES), '--pairs', '5', '--warmup', '1', '--case-budget', '30'], {
      BENCH_SCALE_BOLT_PORT: String(await freePort()),
      BENCH_SCALE_DATA_DIR: path.join(workDir, 'neo4j'),
      BENCH_SCALE_RESULTS_DIR: resultsDir,
    });
    expect(code, output.slice(-3000)).toBe(0);

    const result = JSON.parse(await readFile(path.join(resultsDir, `${ROLES}.json`), 'utf8')) as SizeResult;
    expect(result.roles).toBe(ROLES);
    expect(result.counts.nodes.Role).toBeGreaterThanOrEqual(ROLES);
    expect(result.counts.relationships.TRANSITIONS_TO).toBeGreaterThan(ROLES * 5);
    expect(result.counts.relationships.REQUIRES).toBeGreaterThan(ROLES * 20);
    expect(result.import.wallMs).toBeGreaterThan(0);
    expect(result.pairs.count).toBe(5);
    const names = result.cases.map((c) => c.name);
    for (const query of [
      'careerPaths STEPS first 1',
      'careerPaths MONTHS first 5',
      'nextRoles first 5',
      'similarRoles first 10',
      'recommendRoles first 10',
    ]) {
      expect(names).toContain(query);
    }
    for (const figures of result.cases) {
      expect({ name: figures.name, errors: figures.errors, samples: figures.errorSamples }).toEqual({ name: figures.name, errors: 0, samples: [] });
      expect(figures.latency.count).toBeGreaterThan(0);
      expect(figures.latency.p95).toBeGreaterThan(0);
    }
    const doc = await readFile(path.join(resultsDir, 'scale.md'), 'utf8');
    expect(doc).toContain('careerPaths STEPS first 1, p95');
  }, 600_000);
});
