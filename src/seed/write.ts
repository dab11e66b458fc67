// Writes validated seed data in one write transaction: every node and relationship MERGEd by id, so a second run
// changes nothing. Facts a curator wrote (source 'curated') are kept, and the report says how many.
import type { Database, WriteContext } from '../db/database.js';
import type { LinkRow, NodeRow, Props } from '../db/write-rows.js';
import type { SeedData } from './schema.js';

export interface SeedReport {
  /** Rows written per statement, for example `upsert-roles: 4`. */
  written: Record<string, number>;
  keptCurated: number;
}

/** Property maps hold scalars and lists only; undefined becomes null so a removed fact is removed on re-seed. */
function props(entry: Record<string, unknown>, omit: string[] = []): Props {
  const result: Props = {};
  for (const [key, value] of Object.entries(entry)) {
    if (omit.includes(key)) continue;
    result[key] = value === undefined ? null : value;
  }
  return result;
}

const provenance = (source: string, derivation?: string) => ({ source, derivation: derivation ?? null });

function nodeWrites(seed: SeedData): [string, NodeRow[]][] {
  const rows = <T extends { id: string }>(items: T[], omit: string[] = []) =>
    items.map((item) => ({ id: item.id, props: props(item as Record<string, unknown>, ['id', ...omit]) }));
  return [
    ['seed/upsert-sources', rows(seed.sources)],
    ['seed/upsert-tracks', rows(seed.tracks, ['partOf'])],
    ['seed/upsert-companies', rows(seed.companies, ['hiresFor'])],
    ['seed/upsert-platforms', rows(seed.platforms, ['vendor'])],
    ['seed/upsert-skills', rows(seed.skills, ['parentSkill', 'executionProviders', 'runsOn'])],
    [
      'seed/upsert-roles',
      seed.roles.map((role) => ({
        id: role.id,
        props: {
          ...props(role, ['id', 'salaryBands', 'skills', 'platforms', 'tracks', 'typicalWeek', 'onetSoc']),
          socCode: role.onetSoc,
          // Neo4j properties cannot nest: a typical week becomes one line per block of days.
          typicalWeek: (role.typicalWeek ?? []).map((block) => `${block.days}: ${block.activities.join('; ')}`),
        },
      })),
    ],
    [
      'seed/upsert-salary-bands',
      seed.roles.flatMap((role) =>
        role.salaryBands.map((band) => ({ id: `${role.id}-${band.level.toLowerCase()}`, props: props(band) })),
      ),
    ],
    ['seed/upsert-certifications', rows(seed.certifications, ['issuer', 'validates', 'recommendedFor'])],
    ['seed/upsert-courses', rows(seed.courses, ['teaches', 'recommendedFor'])],
  ];
}

function linkWrites(seed: SeedData): [string, LinkRow[]][] {
  const link = (from: string, to: string, p: Props = {}): LinkRow => ({ from, to, props: p });
  return [
    ['seed/link-track-part-of', seed.tracks.flatMap((t) => (t.partOf ? [link(t.id, t.partOf, provenance(t.source))] : []))],
    [
      'seed/link-role-tracks',
      seed.roles.flatMap((r) => r.tracks.map((t) => link(r.id, t, provenance(r.tracksSource ?? r.source, r.tracksDerivation)))),
    ],
    [
      'seed/link-role-skills',
      // `position` keeps the source's order of a role's skills: it breaks ties when skills to learn are ranked.
      seed.roles.flatMap((r) => r.skills.map((s, position) => link(r.id, s.skill, { ...props(s, ['skill']), position }))),
    ],
    [
      'seed/link-role-platforms',
      seed.roles.flatMap((r) => r.platforms.map((p) => link(r.id, p.platform, props(p, ['platform'])))),
    ],
    [
      'seed/link-role-salary-bands',
      seed.roles.flatMap((r) =>
        r.salaryBands.map((b) => link(r.id, `${r.id}-${b.level.toLowerCase()}`, provenance(b.source, b.derivation))),
      ),
    ],
    [
      'seed/link-transitions',
      seed.transitions.map((t) => link(t.from, t.to, { ...props(t, ['from', 'to', 'focusSkills']), focusSkillIds: t.focusSkills })),
    ],
    [
      'seed/link-hires-for',
      seed.companies.flatMap((c) => c.hiresFor.map((h) => link(c.id, h.role, props(h, ['role'])))),
    ],
    ['seed/link-certification-issuer', seed.certifications.map((c) => link(c.id, c.issuer, provenance(c.source)))],
    [
      'seed/link-certification-validates-skill',
      seed.certifications.flatMap((c) =>
        c.validates.skills.map((s) => link(c.id, s, provenance(c.validatesSource, c.validatesDerivation))),
      ),
    ],
    [
      'seed/link-certification-validates-role',
      seed.certifications.flatMap((c) =>
        c.validates.roles.map((r) => link(c.id, r, provenance(c.validatesSource, c.validatesDerivation))),
      ),
    ],
    [
      'seed/link-certification-recommended-for',
      seed.certifications.flatMap((c) => c.recommendedFor.map((r) => link(c.id, r, provenance(c.source, c.derivation)))),
    ],
    [
      'seed/link-course-teaches',
      seed.courses.flatMap((c) => c.teaches.map((s) => link(c.id, s, provenance(c.teachesSource, c.teachesDerivation)))),
    ],
    [
      'seed/link-course-recommended-for',
      seed.courses.flatMap((c) => c.recommendedFor.map((r) => link(c.id, r, provenance(c.source, c.derivation)))),
    ],
    [
      'seed/link-platform-vendor',
      seed.platforms.flatMap((p) => (p.vendor ? [link(p.id, p.vendor, provenance(p.source, p.derivation))] : [])),
    ],
    [
      'seed/link-skill-part-of',
      seed.skills.flatMap((s) =>
        s.parentSkill ? [link(s.id, s.parentSkill, provenance(s.parentSkillSource ?? s.source, s.parentSkillDerivation))] : [],
      ),
    ],
    [
      'seed/link-skill-execution-providers',
      seed.skills.flatMap((s) =>
        (s.executionProviders ?? []).map((e) =>
          link(s.id, e, provenance(s.executionProvidersSource ?? s.source, s.executionProvidersDerivation)),
        ),
      ),
    ],
    [
      'seed/link-skill-runs-on',
      seed.skills.flatMap((s) =>
        (s.runsOn ?? []).map((p) => link(s.id, p, provenance(s.runsOnSource ?? s.source, s.runsOnDerivation))),
      ),
    ],
  ];
}

async function runAll(tx: WriteContext, writes: [string, unknown[]][], report: SeedReport): Promise<void> {
  for (const [statement, rows] of writes) {
    if (rows.length === 0) continue;
    const [result] = await tx.run(statement, { rows });
    report.written[statement.replace('seed/', '')] = (result?.written as number) ?? 0;
    report.keptCurated += (result?.keptCurated as number) ?? 0;
  }
}

/** Seed relationships the seed files no longer list (a skill moved to another area, a role's list changed). */
function staleLinkRemovals(seed: SeedData): [string, unknown[]][] {
  return [
    ['seed/prune-role-skills', seed.roles.map((r) => ({ id: r.id, keep: r.skills.map((s) => s.skill) }))],
    ['seed/prune-skill-part-of', seed.skills.map((s) => ({ id: s.id, keep: s.parentSkill ? [s.parentSkill] : [] }))],
  ];
}

export async function writeSeed(db: Database, seed: SeedData): Promise<SeedReport> {
  return db.write(async (tx) => {
    const report: SeedReport = { written: {}, keptCurated: 0 };
    await runAll(tx, nodeWrites(seed), report);
    await runAll(tx, staleLinkRemovals(seed), report);
    await runAll(tx, linkWrites(seed), report);
    await tx.run('skills/assign-areas', {});
    return report;
  });
}
