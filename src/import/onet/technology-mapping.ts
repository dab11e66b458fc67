// O*NET's technology examples as Skills (category TECHNOLOGY, one per id however many spellings), each occupation's
// REQUIRES (DIFFERENTIATING) for the technologies it lists, and the UNSPSC commodity classes they fall in. Pure.
import type { LinkRow, NodeRow } from '../../db/write-rows.js';
import type { MappingStats } from './mapping.js';
import type { OnetRelease } from './release.js';
import { occupationId, technologyClassId, technologyId } from './slug.js';

export function mapTechnologies(release: OnetRelease, stats: MappingStats): { nodes: NodeRow[]; links: LinkRow[] } {
  interface Tally {
    spellings: Map<string, number>;
    commodities: Map<string, { title: string | null; count: number }>;
    isHotTechnology: boolean;
    isInDemand: boolean;
  }
  const tallies = new Map<string, Tally>();
  const links = new Map<string, LinkRow>();
  for (const t of release.technologies) {
    const id = technologyId(t.example);
    let tally = tallies.get(id);
    if (tally === undefined) {
      tallies.set(id, (tally = { spellings: new Map(), commodities: new Map(), isHotTechnology: false, isInDemand: false }));
    }
    tally.spellings.set(t.example, (tally.spellings.get(t.example) ?? 0) + 1);
    if (t.commodityCode !== null) {
      const commodity = tally.commodities.get(t.commodityCode) ?? { title: t.commodityTitle, count: 0 };
      commodity.count += 1;
      commodity.title ??= t.commodityTitle;
      tally.commodities.set(t.commodityCode, commodity);
    }
    tally.isHotTechnology ||= t.isHotTechnology;
    tally.isInDemand ||= t.isInDemand;

    const key = `${t.soc}|${id}`;
    const link = links.get(key);
    if (link === undefined) {
      links.set(key, {
        from: occupationId(t.soc),
        to: id,
        props: { importance: 'DIFFERENTIATING', isHotTechnology: t.isHotTechnology, isInDemand: t.isInDemand, source: 'onet' },
      });
    } else {
      // Two spellings of one technology for one occupation: one relationship, flags combined.
      link.props.isHotTechnology = (link.props.isHotTechnology as boolean) || t.isHotTechnology;
      link.props.isInDemand = (link.props.isInDemand as boolean) || t.isInDemand;
    }
  }

  const mostFrequent = <T>(entries: [string, T][], count: (value: T) => number): [string, T] =>
    entries.sort((a, b) => count(b[1]) - count(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
  const nodes: NodeRow[] = [];
  for (const [id, tally] of tallies) {
    const spellings = [...tally.spellings.entries()];
    const [name] = mostFrequent(spellings, (n) => n);
    stats.technologySpellingsMerged += spellings.length - 1;
    const commodity = tally.commodities.size === 0 ? null : mostFrequent([...tally.commodities.entries()], (c) => c.count);
    nodes.push({
      id,
      props: {
        name,
        category: 'TECHNOLOGY',
        aliases: spellings
          .map(([spelling]) => spelling)
          .filter((s) => s !== name)
          .sort(),
        commodityCode: commodity?.[0] ?? null,
        commodityTitle: commodity?.[1].title ?? null,
        isHotTechnology: tally.isHotTechnology,
        isInDemand: tally.isInDemand,
        source: 'onet',
      },
    });
  }
  return { nodes, links: [...links.values()] };
}

/**
 * One Skill per UNSPSC commodity class the technologies fall in (a technology's area: Python sits under "Object or
 * component oriented development software"), and each technology PART_OF its class. A technology without a
 * commodity code stays its own area. The write leaves out technologies the import does not own (curated skills
 * have their area in the seed).
 */
export function mapTechnologyClasses(technologySkills: readonly NodeRow[]): { nodes: NodeRow[]; links: LinkRow[] } {
  const classes = new Map<string, NodeRow>();
  const links: LinkRow[] = [];
  for (const technology of technologySkills) {
    const code = technology.props.commodityCode as string | null;
    if (code === null) continue;
    const id = technologyClassId(code);
    const title = technology.props.commodityTitle as string | null;
    const known = classes.get(id);
    if (known === undefined || (known.props.name === unnamedClass(code) && title !== null)) {
      const name = title ?? unnamedClass(code);
      classes.set(id, {
        id,
        props: {
          name,
          category: 'TECHNOLOGY_CLASS',
          description: `Technologies O*NET classifies as ${name} (UNSPSC commodity ${code}).`,
          commodityCode: code,
          aliases: [],
          source: 'onet',
        },
      });
    }
    links.push({ from: technology.id, to: id, props: { source: 'onet' } });
  }
  return { nodes: [...classes.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), links };
}

/** The name of a class whose title the release leaves out (the official text layout may). */
const unnamedClass = (code: string) => `UNSPSC commodity ${code}`;
