// Writes a generated career graph (bench/scale/generate.ts) into the Neo4j at NEO4J_URI through the O*NET importer's
// own batched writer and statements (src/import/onet/write.ts, cypher/import/*), in the importer's order, then
// stores skill areas as the importer does (skills/assign-areas). Run by `npm run bench:scale` as a child process so
// that its peak memory is its own: `node --import tsx bench/scale/import.ts --roles 10000 --seed 42`.
// Progress goes to stderr; the last stdout line is `RESULT <json>` (ScaleImportResult).
import { loadConfigOrExit } from '../../src/config.js';
import { createDriver, Database } from '../../src/db/database.js';
import { applySchema } from '../../src/db/migrate.js';
import { DEFAULT_BATCH_SIZE, writeInBatches, type ImportStamp } from '../../src/import/onet/write.js';
import type { LinkRow, NodeRow } from '../../src/db/write-rows.js';
import { generateScaleGraph } from './generate.js';

/** Roles whose requirements and transitions are generated and written at a time: bounds the importer's memory. */
const ROLES_PER_CHUNK = 5_000;
/** A batch of 2,500 REQUIRES at 100,000 roles can take longer than the API's 5 s reads: writes get a minute each. */
const WRITE_TIMEOUT_MS = 60_000;

export interface ScaleImportResult {
  roles: number;
  seed: number;
  /** Generating the rows (in the importer process, interleaved with writing: summed over the chunks). */
  generateMs: number;
  /** Writing, per phase of the importer (ms), including skills/assign-areas. */
  phaseMs: Record<string, number>;
  rowsWritten: Record<string, number>;
  /** Link rows whose end nodes were not found (0 unless something is wrong). */
  notFound: number;
  statements: number;
  /** From the start of the process's work (after module load) to the end. */
  totalMs: number;
  /** process.resourceUsage().maxRSS, bytes. */
  maxRssBytes: number;
  /** The highest process.memoryUsage().heapUsed seen after a chunk, bytes. */
  peakHeapUsedBytes: number;
}

function argument(name: string): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = Number(index >= 0 ? process.argv[index + 1] : Number.NaN);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a whole number above 0 (got ${index >= 0 ? process.argv[index + 1] : 'nothing'})`);
  return value;
}

async function main(): Promise<void> {
  const started = performance.now();
  const roles = argument('roles');
  const seed = argument('seed');
  const config = loadConfigOrExit();
  if (!config.neo4j.uri) throw new Error('bench/scale/import.ts needs NEO4J_URI (npm run bench:scale sets it)');
  const driver = createDriver(config.neo4j.uri, config.neo4j.user, config.neo4j.password);
  const db = new Database(driver, { queryTimeoutMs: WRITE_TIMEOUT_MS / 6, database: config.neo4j.database });
  let peakHeapUsedBytes = 0;
  const noteMemory = () => (peakHeapUsedBytes = Math.max(peakHeapUsedBytes, process.memoryUsage().heapUsed));
  try {
    await driver.verifyConnectivity();
    await applySchema(driver, config.neo4j.database);

    let generateMs = 0;
    const generate = <T>(work: () => T): T => {
      const t = performance.now();
      const result = work();
      generateMs += performance.now() - t;
      noteMemory();
      return result;
    };
    const graph = generate(() => generateScaleGraph({ roles, seed }));
    const stamp: ImportStamp = { importedFrom: graph.sourceId, importedAt: new Date().toISOString() };
    const phaseMs: Record<string, number> = {};
    const rowsWritten: Record<string, number> = {};
    let notFound = 0;
    const write = async (phase: string, statement: string, rows: readonly (NodeRow | LinkRow)[]) => {
      const t = performance.now();
      const result = await writeInBatches(db, statement, phase, rows, stamp, DEFAULT_BATCH_SIZE, () => {});
      phaseMs[phase] = (phaseMs[phase] ?? 0) + (performance.now() - t);
      rowsWritten[phase] = (rowsWritten[phase] ?? 0) + result.written;
      notFound += result.notFound;
      noteMemory();
    };
    const say = (line: string) => console.error(`[scale import] ${line} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

    await write('source', 'import/upsert-source', [graph.source]);
    await write(
      'roles',
      'import/upsert-roles',
      generate(() => graph.roleRows()),
    );
    await write('skills', 'import/upsert-skills', graph.elementSkills);
    await write('technologies', 'import/upsert-skills', graph.technologySkills);
    say(`${roles} roles, ${graph.elementSkills.length + graph.technologySkills.length} skills written`);
    for (let start = 0; start < roles; start += ROLES_PER_CHUNK) {
      const { rated, technologies } = generate(() => graph.requirements(start, start + ROLES_PER_CHUNK));
      await write('required skills', 'import/link-requires', rated);
      await write('technology requirements', 'import/link-requires', technologies);
      say(`requirements of ${Math.min(roles, start + ROLES_PER_CHUNK)}/${roles} roles written`);
    }
    await write('technology classes', 'import/upsert-skills', graph.technologyClasses);
    await write('technology areas', 'import/link-part-of', graph.technologyAreas);
    for (let start = 0; start < roles; start += ROLES_PER_CHUNK) {
      await write(
        'transitions',
        'import/link-transitions',
        generate(() => graph.transitions(start, start + ROLES_PER_CHUNK)),
      );
      say(`transitions of ${Math.min(roles, start + ROLES_PER_CHUNK)}/${roles} roles written`);
    }
    const t = performance.now();
    await db.write((tx) => tx.run('skills/assign-areas', {}), WRITE_TIMEOUT_MS * 5);
    phaseMs['skill areas'] = performance.now() - t;
    say('skill areas stored');

    const result: ScaleImportResult = {
      roles,
      seed,
      generateMs: Math.round(generateMs),
      phaseMs: Object.fromEntries(Object.entries(phaseMs).map(([k, v]) => [k, Math.round(v)])),
      rowsWritten,
      notFound,
      statements: db.statementsSent,
      totalMs: Math.round(performance.now() - started),
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      peakHeapUsedBytes,
    };
    console.log(`RESULT ${JSON.stringify(result)}`);
  } finally {
    await driver.close();
  }
}

main().catch((error: Error) => {
  console.error(`[scale import] failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
