// The setting of the O*NET import tests: the API on the seeded test Neo4j without O*NET data, the graph's counts
// before any import, and copies of the synthetic fixture. What a test file imports is removed when it ends.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import { removeOnetImport } from '../../src/import/onet/import.js';
import { countGraph, type GraphCounts } from '../../src/seed/run.js';
import { startTestApi, type TestApi } from './api.js';
import { writeOnetFixture } from './onet-fixture.js';

export let api: TestApi;
/** The graph's counts with the seed alone. */
export let seedCounts: GraphCounts;
const tempDirs: string[] = [];

/** Starts the API for this test file on a graph without O*NET; removes the import and the fixture copies at the end. */
export function useApiWithoutOnet(): void {
  beforeAll(async () => {
    api = await startTestApi();
    await removeOnetImport(api.database);
    seedCounts = await countGraph(api.database);
  });

  afterAll(async () => {
    if (api) {
      await removeOnetImport(api.database);
      await api.close();
    }
    await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });
}

export async function read(query: string, params: Record<string, unknown> = {}) {
  const { records } = await api.driver.executeQuery(query, params);
  return records.map((r) => r.toObject());
}

/** A fresh copy of the synthetic fixture (official text layout), removed when the test file ends. */
export async function fixtureCopy(): Promise<string> {
  const dir = await writeOnetFixture();
  tempDirs.push(dir);
  return dir;
}
