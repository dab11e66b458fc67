// `npm start` on a graph without O*NET data imports the release the project ships (data/onet-29.3), so the first
// answer is on the real occupations; a graph that holds an O*NET release keeps it (no second import on each start).
import type { Database } from '../../db/database.js';
import { SHIPPED_RELEASE_DIR } from './files.js';
import { importOnet, type ImportReport } from './import.js';
import { progressPrinter } from './progress.js';

export interface ImportedRelease {
  id: string;
  version: string;
  importedAt: string;
}

/** The O*NET releases an import wrote into the graph (usually none or one). */
export async function importedReleases(db: Database): Promise<ImportedRelease[]> {
  return (await db.read('import/imported-releases')).map((row) => ({
    id: row.id as string,
    version: row.version as string,
    importedAt: row.importedAt as string,
  }));
}

/** Imports the shipped release unless the graph already holds an O*NET release; returns the report when it imported. */
export async function importShippedReleaseIfMissing(db: Database, log: (line: string) => void): Promise<ImportReport | undefined> {
  const releases = await importedReleases(db);
  if (releases.length > 0) {
    const names = releases.map((r) => `O*NET ${r.version} (imported ${r.importedAt})`).join(', ');
    log(`The graph holds ${names}: not importing again (npm run import:onet re-imports).`);
    return undefined;
  }
  log(
    'No O*NET data in the graph yet: importing the shipped O*NET 29.3 release (data/onet-29.3, a minute or two; ONET_ON_START=false keeps the seed only).',
  );
  const report = await importOnet(db, SHIPPED_RELEASE_DIR, { onProgress: progressPrinter(log, 5_000) });
  log(describeStartImport(report));
  return report;
}

/** Two lines: what the import added and what the graph holds now. */
export function describeStartImport(report: ImportReport): string {
  const n = (count: number | undefined) => (count ?? 0).toLocaleString('en-US');
  const { written, counts } = report;
  return [
    `Imported O*NET ${report.version} in ${(report.wallTimeMs / 1000).toFixed(1)} s: ${n(written.roles)} occupations, ` +
      `${n((written.skills ?? 0) + (written.technologies ?? 0))} skills and technologies, ${n(written.transitions)} related-occupation transitions.`,
    `Graph now: ${n(counts.nodes.Role)} roles, ${n(counts.nodes.Skill)} skills, ${n(counts.relationships.TRANSITIONS_TO)} transitions, ` +
      `${n(counts.relationships.REQUIRES)} skill requirements.`,
  ].join('\n');
}
