// Imports an O*NET release folder into the graph: read and validate every file (a bad file writes nothing), map
// it, write it in batches, link the curated roles to their occupations, remove what an earlier import wrote that
// this one no longer produces, and report counts, time and memory.
import type { Database } from '../../db/database.js';
import { countGraph, type GraphCounts } from '../../seed/run.js';
import { readReleaseFolder } from './files.js';
import { mapCuratedLinks, type CuratedRole } from './curated-links.js';
import { DEFAULT_ALIAS_CAP, DEFAULT_IMPORTANCE_THRESHOLD, mapRelease, type MappingStats } from './mapping.js';
import { parseRelease } from './parse.js';
import type { OnetLayout, OnetRelease } from './release.js';
import { deleteInBatches, DEFAULT_BATCH_SIZE, writeInBatches, type ImportStamp, type Progress } from './write.js';

export interface ImportOptions {
  /** REQUIRES for a skill or knowledge area only when its importance (IM) is at least this (default 3.0). */
  importanceThreshold?: number;
  /** At most this many aliases per role (default 60). */
  aliasCap?: number;
  /** How many similar rated occupations an unrated occupation's requirements come from (default 5). */
  neighbours?: number;
  /** Rows per write statement and transaction (default 2500). */
  batchSize?: number;
  onProgress?: (progress: Progress) => void;
}

/** Rows written and rows left alone (owned by the seed or a curator), per kind of write. */
export type PhaseCounts = Record<string, number>;

export interface ImportReport {
  folder: string;
  version: string;
  sourceId: string;
  layout: OnetLayout;
  importanceThreshold: number;
  /** The run's stamp on everything it wrote (ISO time). */
  importedAt: string;
  /** Data rows read per file. */
  rowsRead: Record<string, number>;
  written: PhaseCounts;
  keptOthers: PhaseCounts;
  /** Total of keptOthers: nodes and relationships the seed or a curator owns, left unchanged. */
  leftAlone: number;
  /** Link rows whose end nodes were missing (0 unless the graph changed during the import). */
  notFound: number;
  mapping: MappingStats;
  curated: {
    /** Curated roles linked to their occupation by NEAREST_OCCUPATION. */
    nearestOccupation: string[];
    /** Entry points of the curated ladder, entered from their occupation by a SPECIALIZATION transition. */
    specializations: string[];
    /** Curated roles whose SOC code names no occupation of this release. */
    unmatched: string[];
  };
  /** What an earlier import wrote and this one no longer produces, removed. */
  pruned: { relationships: number; nodes: number };
  /** Roles (imported and curated) left without any REQUIRED skill, and the first few of them. */
  rolesWithoutRequired: { count: number; examples: string[] };
  counts: GraphCounts;
  statements: number;
  parseMs: number;
  writeMs: number;
  wallTimeMs: number;
  /** Peak resident set size of this process so far. */
  peakRssBytes: number;
}

/** Reads and validates a release folder; throws OnetFolderError or OnetValidationError (listing every problem). */
export async function loadRelease(folder: string): Promise<OnetRelease> {
  return parseRelease(await readReleaseFolder(folder));
}

/** Validates all of `folder`, then writes it. Nothing is written when a file is missing or malformed. */
export async function importOnet(db: Database, folder: string, options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  const release = await loadRelease(folder);
  return importRelease(db, release, { ...options, folder, parseMs: performance.now() - started });
}

export async function importRelease(
  db: Database,
  release: OnetRelease,
  options: ImportOptions & { folder?: string; parseMs?: number } = {},
): Promise<ImportReport> {
  const started = performance.now();
  const statementsBefore = db.statementsSent;
  const importanceThreshold = options.importanceThreshold ?? DEFAULT_IMPORTANCE_THRESHOLD;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const onProgress = options.onProgress ?? (() => {});
  const graph = mapRelease(release, {
    importanceThreshold,
    aliasCap: options.aliasCap ?? DEFAULT_ALIAS_CAP,
    neighbours: options.neighbours,
  });
  const stamp: ImportStamp = { importedFrom: graph.sourceId, importedAt: new Date().toISOString() };

  const written: PhaseCounts = {};
  const keptOthers: PhaseCounts = {};
  let notFound = 0;
  const write = async (phase: string, statement: string, rows: Parameters<typeof writeInBatches>[3]) => {
    const result = await writeInBatches(db, statement, phase, rows, stamp, batchSize, onProgress);
    written[phase] = result.written;
    keptOthers[phase] = result.keptOthers;
    notFound += result.notFound;
  };

  await write('source', 'import/upsert-source', [graph.source]);
  await write('roles', 'import/upsert-roles', graph.roles);
  await write('skills', 'import/upsert-skills', graph.elementSkills);
  await write('technologies', 'import/upsert-skills', graph.technologySkills);
  await write('required skills', 'import/link-requires', graph.requiredSkills);
  await write('technology requirements', 'import/link-requires', graph.technologyRequirements);
  await write('technology classes', 'import/upsert-skills', graph.technologyClasses);
  await write('technology areas', 'import/link-part-of', graph.technologyAreas);
  await write('derived requirements', 'import/link-requires', graph.derivedRequirements);
  await write('transitions', 'import/link-transitions', graph.transitions);

  const curatedRoles: CuratedRole[] = (await db.read('import/curated-roles')).map((row) => ({
    id: row.id as string,
    socCode: row.socCode as string,
    experienceMinYears: (row.experienceMinYears as number | null) ?? null,
    hasCuratedIncoming: row.hasCuratedIncoming as boolean,
  }));
  const curated = mapCuratedLinks(curatedRoles, graph, release.version);
  await write('nearest occupations', 'import/link-nearest-occupation', curated.nearestOccupations);
  await write('specializations', 'import/link-transitions', curated.specializations);

  const pruned = {
    relationships: await deleteInBatches(db, 'import/prune-relationships', { importedAt: stamp.importedAt }),
    nodes: await deleteInBatches(db, 'import/prune-nodes', { importedAt: stamp.importedAt }),
  };
  // PART_OF changed: every skill's stored area follows (src/domain/skill-areas.ts).
  await db.write((tx) => tx.run('skills/assign-areas', {}));
  const [withoutRequired] = await db.read('import/roles-without-required');
  const counts = await countGraph(db);
  const writeMs = performance.now() - started;
  const parseMs = options.parseMs ?? 0;
  return {
    folder: options.folder ?? '',
    version: release.version,
    sourceId: graph.sourceId,
    layout: release.layout,
    importanceThreshold,
    importedAt: stamp.importedAt,
    rowsRead: release.rowCounts,
    written,
    keptOthers,
    leftAlone: Object.values(keptOthers).reduce((sum, n) => sum + n, 0),
    notFound,
    mapping: graph.stats,
    curated: {
      nearestOccupation: curated.nearestOccupations.map((l) => l.from),
      specializations: curated.specializations.map((l) => l.to),
      unmatched: curated.unmatched,
    },
    pruned,
    rolesWithoutRequired: { count: withoutRequired.count as number, examples: withoutRequired.examples as string[] },
    counts,
    statements: db.statementsSent - statementsBefore,
    parseMs,
    writeMs,
    wallTimeMs: parseMs + writeMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

/** Removes everything any O*NET import wrote (nodes, relationships, derived links, the Source node). */
export async function removeOnetImport(db: Database): Promise<{ relationships: number; nodes: number }> {
  const relationships = await deleteInBatches(db, 'import/remove-relationships');
  const nodes = await deleteInBatches(db, 'import/remove-nodes');
  await db.write(async (tx) => {
    await tx.run('import/drop-class-notes');
    await tx.run('skills/assign-areas', {});
  });
  return { relationships, nodes };
}

const format = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([name, count]) => `${name} ${count.toLocaleString('en-US')}`)
    .join(', ');

const nonZero = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).filter(([, n]) => n !== 0));

/** The end-of-run summary the CLI prints. */
export function describeImport(report: ImportReport): string {
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const m = report.mapping;
  return [
    `Imported O*NET ${report.version} (${report.layout} layout) from ${report.folder} as Source ${report.sourceId}.`,
    `Rows read: ${format(report.rowsRead)}.`,
    `Written: ${format(report.written)}.`,
    `Left alone (owned by the seed or a curator): ${report.leftAlone}${report.leftAlone > 0 ? ` (${format(nonZero(report.keptOthers))})` : ''}.`,
    `Skill/knowledge ratings without REQUIRES: ${m.belowThreshold} below importance ${report.importanceThreshold}, ${m.suppressedOrNotRelevant} suppressed or not relevant.`,
    `Aliases shown capped on ${m.rolesWithCappedAliases} roles (${m.aliasesLeftOut} more alternate titles, all of them searchable); ${m.technologySpellingsMerged} technology spellings merged into another.`,
    `Derived REQUIRES: ${(report.written['derived requirements'] ?? 0).toLocaleString('en-US')}, for ${m.occupationsDerived} occupations without ratings` +
      (m.derivedFallbacks > 0 ? ` (${m.derivedFallbacks} of them from their highest means, none reaching the threshold)` : '') +
      (m.ratedBelowThreshold > 0 ? ` and ${m.ratedBelowThreshold} rated below the threshold throughout (their highest ratings)` : '') +
      `. Technologies in ${report.written['technology classes'] ?? 0} commodity classes (${(report.written['technology areas'] ?? 0).toLocaleString('en-US')} PART_OF).`,
    `roles without REQUIRED skills: ${report.rolesWithoutRequired.count}` +
      (report.rolesWithoutRequired.count > 0
        ? ` (${report.rolesWithoutRequired.examples.join(', ')}${report.rolesWithoutRequired.count > 10 ? ', ...' : ''})`
        : ''),
    `Curated roles: NEAREST_OCCUPATION for ${report.curated.nearestOccupation.join(', ') || 'none'}; SPECIALIZATION into ${report.curated.specializations.join(', ') || 'none'}` +
      (report.curated.unmatched.length > 0 ? `; no occupation for ${report.curated.unmatched.join(', ')}.` : '.'),
    report.pruned.relationships + report.pruned.nodes > 0
      ? `Removed what an earlier import wrote and this one did not: ${report.pruned.relationships} relationships, ${report.pruned.nodes} nodes.`
      : '',
    report.notFound > 0 ? `WARNING: ${report.notFound} link rows found no end node.` : '',
    `Graph now: nodes: ${format(report.counts.nodes)}; relationships: ${format(report.counts.relationships)}.`,
    `Time: ${seconds(report.wallTimeMs)} (parse ${seconds(report.parseMs)}, write ${seconds(report.writeMs)}, ${report.statements} statements); peak RSS ${mib(report.peakRssBytes)}.`,
  ]
    .filter(Boolean)
    .join('\n');
}
