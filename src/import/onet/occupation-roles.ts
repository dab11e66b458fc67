// O*NET occupations as Roles: title, description, SOC code, job zone, and the alternate titles as aliases (capped)
// and as what search covers (all). Pure.
import type { NodeRow } from '../../db/write-rows.js';
import type { MappingStats } from './mapping.js';
import type { OnetRelease } from './release.js';
import { occupationId } from './slug.js';

export function mapOccupationRoles(release: OnetRelease, aliasCap: number, stats: MappingStats): NodeRow[] {
  const titles = alternateTitlesByOccupation(release, aliasCap, stats);
  return release.occupations.map((o) => ({
    id: occupationId(o.soc),
    props: {
      title: o.title,
      description: o.description,
      socCode: o.soc,
      jobZone: release.jobZones.get(o.soc) ?? null,
      aliases: titles.get(o.soc)?.aliases ?? [],
      // Every alternate title, uncapped: what search covers, while `aliases` is what a role displays.
      alternateTitles: titles.get(o.soc)?.all ?? [],
      source: 'onet',
      derivation: null,
    },
  }));
}

/**
 * Alternate titles (and their short forms), without repeats (ignoring case) or the title itself, the titles named
 * by the most sources first, then file order: all of them, and the first `cap` as the aliases a role displays.
 */
function alternateTitlesByOccupation(release: OnetRelease, cap: number, stats: MappingStats): Map<string, { all: string[]; aliases: string[] }> {
  const titles = new Map(release.occupations.map((o) => [o.soc, o.title.toLowerCase()]));
  const grouped = new Map<string, { names: string[]; weight: number; order: number }[]>();
  release.alternateTitles.forEach((t, order) => {
    let list = grouped.get(t.soc);
    if (list === undefined) grouped.set(t.soc, (list = []));
    list.push({ names: t.shortTitle ? [t.title, t.shortTitle] : [t.title], weight: t.sourceCount, order });
  });
  const result = new Map<string, { all: string[]; aliases: string[] }>();
  for (const [soc, entries] of grouped) {
    entries.sort((a, b) => b.weight - a.weight || a.order - b.order);
    const seen = new Set([titles.get(soc)]);
    const unique: string[] = [];
    for (const name of entries.flatMap((e) => e.names)) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      unique.push(name);
    }
    if (unique.length > cap) {
      stats.rolesWithCappedAliases += 1;
      stats.aliasesLeftOut += unique.length - cap;
    }
    result.set(soc, { all: unique, aliases: unique.slice(0, cap) });
  }
  return result;
}
