// The setting of the ESCO import tests: the API on the seeded test Neo4j with the synthetic O*NET fixture imported,
// then the synthetic ESCO release (tests/support/esco-fixture.ts) with the crosswalks to it. Both imports are
// removed when the test file ends.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import { importEsco, removeEscoImport, type EscoImportReport } from '../../src/import/esco/import.js';
import { importOnet, removeOnetImport } from '../../src/import/onet/import.js';
import { countGraph, type GraphCounts } from '../../src/seed/run.js';
import { startTestApi, type TestApi } from './api.js';
import { FIXTURE_OCCUPATIONS, writeEscoFixture, type EscoFixture } from './esco-fixture.js';
import { writeOnetFixture } from './onet-fixture.js';

export let api: TestApi;
/** The graph's counts with the seed and the O*NET fixture, before the ESCO import. */
export let before: GraphCounts;
export let fixture: EscoFixture;
export let report: EscoImportReport;
/** The curated python skill's properties before the ESCO import. */
export let pythonBefore: Record<string, unknown>;
/** The folder of the O*NET fixture the test file imported. */
export let onetFolder: string;
const tempDirs: string[] = [];

export const EMBEDDED = 'esco-embedded-software-developer';
export const OCCUPATION_URI = `http://data.europa.eu/esco/occupation/${FIXTURE_OCCUPATIONS[0][0]}`;

export async function read(query: string, params: Record<string, unknown> = {}) {
  const { records } = await api.driver.executeQuery(query, params);
  return records.map((r) => r.toObject());
}

/** Makes the folder removed when the test file ends. */
export function removeAtEnd(folder: string): void {
  tempDirs.push(folder);
}

/** Imports the O*NET fixture and then the ESCO fixture for this test file. */
export function useEscoImport(): void {
  beforeAll(async () => {
    api = await startTestApi();
    await removeEscoImport(api.database);
    await removeOnetImport(api.database);
    onetFolder = await writeOnetFixture();
    tempDirs.push(onetFolder);
    await importOnet(api.database, onetFolder);
    before = await countGraph(api.database);
    [{ python: pythonBefore }] = await read('MATCH (s:Skill {id: "python"}) RETURN properties(s) AS python');
    fixture = await writeEscoFixture();
    tempDirs.push(fixture.root);
    report = await importEsco(api.database, fixture.releaseFolder);
  });

  afterAll(async () => {
    if (api) {
      await removeEscoImport(api.database);
      await removeOnetImport(api.database);
      await api.close();
    }
    await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });
}
