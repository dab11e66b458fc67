// Imports an ESCO release folder (and the crosswalks to O*NET) into the graph: read and validate every file (a bad
// file writes nothing), map it against the skills and O*NET occupations already in the graph, write it in batches,
// remove what an earlier ESCO import wrote that this one no longer produces, store skill areas, and report counts,
// time and memory. The batched idempotent writes are the O*NET importer's (src/import/onet/write.ts).
import type { Database } from '../../db/database.js';
import { countGraph, type GraphCounts } from '../../seed/run.js';
import { deleteInBatches, DEFAULT_BATCH_SIZE, writeInBatches, type ImportStamp, type Progress } from '../onet/write.js';
import { defaultCrosswalkFolder, readEscoFolder, versionFromFolder } from './files.js';
import { mapEscoRelease, type EscoMappingStats, type ExistingSkill, type OnetOccupation } from './mapping.js';
import { parseEscoRelease } from './parse.js';
import type { EscoRelease } from './release.js';
import { MAX_TRANSITIONS_PER_OCCUPATION, VIABLE_SIMILARITY } from './transition-rule.js';

export const DEFAULT_ESCO_VERSION = '1.1.1';

export interface EscoImportOptions {
  /** Folder of the crosswalks; default `crosswalks` beside the release folder (skipped when absent). */
  crosswalkFolder?: string;
  /** Version when the folder name does not say (esco-1.1.1 -> 1.1.1). */
  version?: string;
  /** Similarity a derived transition needs (default 0.3). */
  threshold?: number;
  /** Transitions kept per occupation, the most similar (default 20). */
  maxTransitions?: number;
  batchSize?: number;
  onProgress?: (progress: Progress) => void;
}

export interface EscoImportReport {
  folder: string;
  version: string;
  sourceId: string;
  importedAt: string;
  hasCrosswalks: boolean;
  threshold: number;
  maxTransitions: number;
  rowsRead: Record<string, number>;
  dangling: EscoRelease['dangling'];
  duplicateRelations: number;
  written: Record<string, number>;
  keptOthers: Record<string, number>;
  leftAlone: number;
  notFound: number;
  mapping: EscoMappingStats;
  pruned: { relationships: number; nodes: number };
  counts: GraphCounts;
  statements: number;
  parseMs: number;
  /** Mapping, the similarity transitions included (part of writeMs). */
  mapMs: number;
  /** Includes mapping: everything after the files were read and validated. */
  writeMs: number;
  /** Time per write phase, pruning and the skill areas. */
  phaseMs: Record<string, number>;
  wallTimeMs: number;
  peakRssBytes: number;
}

/** Reads and validates a release folder and its crosswalks; throws EscoFolderError or EscoValidationError (every problem). */
export async function loadEscoRelease(folder: string, options: Pick<EscoImportOptions, 'crosswalkFolder' | 'version'> = {}): Promise<EscoRelease> {
  const { texts } = await readEscoFolder(folder, options.crosswalkFolder ?? defaultCrosswalkFolder(folder), options.crosswalkFolder !== undefined);
  return parseEscoRelease(texts, options.version ?? versionFromFolder(folder) ?? DEFAULT_ESCO_VERSION);
}

/** Validates all of `folder`, then writes it. Nothing is written when a file is missing or malformed. */
export async function importEsco(db: Database, folder: string, options: EscoImportOptions = {}): Promise<EscoImportReport> {
  const started = performance.now();
  const release = await loadEscoRelease(folder, options);
  return importEscoRelease(db, release, { ...options, folder, parseMs: performance.now() - started });
}

export async function importEscoRelease(
  db: Database,
  release: EscoRelease,
  options: EscoImportOptions & { folder?: string; parseMs?: number } = {},
): Promise<EscoImportReport> {
  const started = performance.now();
  const statementsBefore = db.statementsSent;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const onProgress = options.onProgress ?? (() => {});
  const threshold = options.threshold ?? VIABLE_SIMILARITY;
  const maxTransitions = options.maxTransitions ?? MAX_TRANSITIONS_PER_OCCUPATION;

  const existingSkills: ExistingSkill[] = (await db.read('import/esco/existing-skills')).map((row) => ({
    id: row.id as string,
    name: row.name as string,
    source: row.source as string,
  }));
  const onetOccupations: OnetOccupation[] = (await db.read('import/esco/onet-occupations')).map((row) => ({
    id: row.id as string,
    socCode: row.socCode as string,
    jobZone: (row.jobZone as number | null) ?? null,
  }));
  const mapStarted = performance.now();
  const graph = mapEscoRelease(release, { skills: existingSkills, onetOccupations }, { threshold, maxTransitions });
  const mapMs = performance.now() - mapStarted;
  const stamp: ImportStamp = { importedFrom: graph.sourceId, importedAt: new Date().toISOString() };

  const written: Record<string, number> = {};
  const keptOthers: Record<string, number> = {};
  let notFound = 0;
  const phaseMs: Record<string, number> = {};
  const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    const phaseStarted = performance.now();
    const result = await work();
    phaseMs[phase] = (phaseMs[phase] ?? 0) + performance.now() - phaseStarted;
    return result;
  };
  const write = async (phase: string, statement: string, rows: Parameters<typeof writeInBatches>[3]) => {
    const result = await timed(phase, () => writeInBatches(db, `import/esco/${statement}`, phase, rows, stamp, batchSize, onProgress));
    written[phase] = result.written;
    keptOthers[phase] = result.keptOthers;
    notFound += result.notFound;
  };

  await write('sources', 'upsert-sources', graph.sources);
  await write('tracks', 'upsert-tracks', graph.tracks);
  await write('track hierarchy', 'link-track-part-of', graph.trackParts);
  await write('roles', 'upsert-roles', graph.roles);
  await write('role tracks', 'link-in-track', graph.roleTracks);
  await write('skill groups', 'upsert-skills', graph.skillGroups);
  await write('skills', 'upsert-skills', graph.skills);
  await write('skill hierarchy', 'link-part-of', graph.partOf);
  await write('requirements', 'link-requires', graph.requires);
  await write('nearest occupations', 'link-nearest-occupation', graph.nearestOccupations);
  await write('equivalent moves', 'link-transitions', graph.equivalentMoves);
  await write('similarity transitions', 'link-transitions', graph.transitions);

  const pruned = await timed('prune', async () => ({
    relationships: await deleteInBatches(db, 'import/esco/prune-relationships', { importedAt: stamp.importedAt }),
    nodes: await deleteInBatches(db, 'import/esco/prune-nodes', { importedAt: stamp.importedAt }),
  }));
  // PART_OF changed: every skill's stored area follows (src/domain/skill-areas.ts).
  await timed('skill areas', () => db.write((tx) => tx.run('skills/assign-areas', {})));
  const counts = await countGraph(db);
  const writeMs = performance.now() - started;
  const parseMs = options.parseMs ?? 0;
  return {
    folder: options.folder ?? '',
    version: release.version,
    sourceId: graph.sourceId,
    importedAt: stamp.importedAt,
    hasCrosswalks: release.crosswalk !== null,
    threshold,
    maxTransitions,
    rowsRead: release.rowCounts,
    dangling: release.dangling,
    duplicateRelations: release.duplicateRelations,
    written,
    keptOthers,
    leftAlone: Object.values(keptOthers).reduce((sum, n) => sum + n, 0),
    notFound,
    mapping: graph.stats,
    pruned,
    counts,
    statements: db.statementsSent - statementsBefore,
    parseMs,
    mapMs,
    writeMs,
    phaseMs,
    wallTimeMs: parseMs + writeMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

/** Removes everything any ESCO import wrote (nodes, relationships, derived transitions, the Source nodes). */
export async function removeEscoImport(db: Database): Promise<{ relationships: number; nodes: number }> {
  const relationships = await deleteInBatches(db, 'import/esco/remove-relationships');
  const nodes = await deleteInBatches(db, 'import/esco/remove-nodes');
  await db.write((tx) => tx.run('skills/assign-areas', {}));
  return { relationships, nodes };
}

const format = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([name, count]) => `${name} ${count.toLocaleString('en-US')}`)
    .join(', ');

/** The end-of-run summary the CLI prints. */
export function describeEscoImport(report: EscoImportReport): string {
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const m = report.mapping;
  const d = report.dangling;
  const nonZero = Object.fromEntries(Object.entries(report.keptOthers).filter(([, n]) => n !== 0));
  return [
    `Imported ESCO v${report.version} from ${report.folder} as Source ${report.sourceId}.`,
    `Rows read: ${format(report.rowsRead)}.`,
    `Written: ${format(report.written)}.`,
    `Left alone (owned by the seed, O*NET or a curator): ${report.leftAlone}${report.leftAlone > 0 ? ` (${format(nonZero)})` : ''}.`,
    d.relations > 0
      ? `Skipped ${d.relations} relation rows that name a concept the release lacks: ${d.relationUris.slice(0, 5).join(', ')}${d.relationUris.length > 5 ? ', ...' : ''}.`
      : '',
    d.broader + d.crosswalk > 0 ? `Skipped ${d.broader} hierarchy rows and ${d.crosswalk} crosswalk rows that name a concept the release lacks.` : '',
    `Skills merged into existing skills of the same name: ${m.skillsMerged}${m.mergedExamples.length > 0 ? ` (${m.mergedExamples.join(', ')}${m.skillsMerged > m.mergedExamples.length ? ', ...' : ''})` : ''}.`,
    report.hasCrosswalks
      ? `O*NET links: ${m.occupationsLinked} occupations (${report.written['nearest occupations'] ?? 0} NEAREST_OCCUPATION), ${m.occupationsWithJobZone} with an inherited job zone` +
        (m.crosswalkCodesUnknown > 0 ? `; ${m.crosswalkCodesUnknown} crosswalk rows name no O*NET occupation in the graph` : '') +
        '.'
      : 'No crosswalks folder: no O*NET links or job zones (pass --crosswalks <folder>).',
    `Transitions from skill similarity >= ${report.threshold}, at most ${report.maxTransitions} per occupation: ${report.written['similarity transitions'] ?? 0} ` +
      `of ${m.similarPairsAboveThreshold} similar pairs within job-zone reach; ${m.occupationsWithoutTransitions} occupations without one.`,
    report.pruned.relationships + report.pruned.nodes > 0
      ? `Removed what an earlier import wrote and this one did not: ${report.pruned.relationships} relationships, ${report.pruned.nodes} nodes.`
      : '',
    report.notFound > 0 ? `WARNING: ${report.notFound} link rows found no end node.` : '',
    `Graph now: nodes: ${format(report.counts.nodes)}; relationships: ${format(report.counts.relationships)}.`,
    `Time: ${seconds(report.wallTimeMs)} (parse ${seconds(report.parseMs)}, map ${seconds(report.mapMs)}, write ${seconds(report.writeMs - report.mapMs)}, ${report.statements} statements); peak RSS ${mib(report.peakRssBytes)}.`,
    `Time per phase: ${Object.entries(report.phaseMs)
      .map(([phase, ms]) => `${phase} ${seconds(ms)}`)
      .join(', ')}.`,
  ]
    .filter(Boolean)
    .join('\n');
}
