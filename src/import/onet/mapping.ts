// Maps a parsed O*NET release onto the career graph: occupations to Roles, skills, knowledge and technologies to
// Skills, ratings to REQUIRES, related occupations to TRANSITIONS_TO. Pure: rows in, rows to write out.
// docs/onet-import.md states every rule; keep the two in step.
import { preparationByOccupation, type Preparation } from './experience.js';
import type { ElementRating, OnetRelease } from './parse.js';
import { elementSkillId, occupationId, releaseSourceId, technologyId } from './slug.js';
import { deriveRelatedTransition, deriveSpecialization, majorGroup } from './transition-rule.js';

export type Props = Record<string, unknown>;
export interface NodeRow {
  id: string;
  props: Props;
}
export interface LinkRow {
  from: string;
  to: string;
  props: Props;
}

export interface MappingOptions {
  /** REQUIRES only for a skill or knowledge area whose importance (IM) is at least this. */
  importanceThreshold: number;
  /** At most this many aliases (alternate titles) per role. */
  aliasCap: number;
}

export const DEFAULT_IMPORTANCE_THRESHOLD = 3.0;
export const DEFAULT_ALIAS_CAP = 60;

export const ONET_PUBLISHER = 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)';

/**
 * The credit the CC BY 4.0 license asks for, as O*NET words it, with the notice it asks for when the data is
 * modified (the import derives months, kinds and links the release does not state).
 */
export function attribution(version: string): string {
  return (
    `This product includes information from the O*NET ${version} Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). ` +
    'Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. ' +
    'Career graph has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.'
  );
}

export interface MappingStats {
  /** Skill/knowledge ratings with importance below the threshold: no relationship. */
  belowThreshold: number;
  /** Ratings O*NET recommends suppressing (low precision) or marks not relevant: no relationship. */
  suppressedOrNotRelevant: number;
  /** Importance ratings without a matching level rating (level left empty). */
  missingLevel: number;
  /** Roles whose aliases were cut to the cap, and how many alternate titles that left out. */
  rolesWithCappedAliases: number;
  aliasesLeftOut: number;
  /** Technology names that share an id with another spelling (kept as aliases of one Skill). */
  technologySpellingsMerged: number;
}

export interface OccupationFacts {
  roleId: string;
  jobZone: number | null;
  preparation: Preparation;
}

export interface OnetGraph {
  sourceId: string;
  source: NodeRow;
  roles: NodeRow[];
  /** Skill and knowledge areas of the content model (category SKILL / KNOWLEDGE). */
  elementSkills: NodeRow[];
  technologySkills: NodeRow[];
  /** REQUIRES with importance REQUIRED (skills and knowledge at or above the threshold). */
  requiredSkills: LinkRow[];
  /** REQUIRES with importance DIFFERENTIATING (technology examples). */
  technologyRequirements: LinkRow[];
  transitions: LinkRow[];
  /** Per SOC code, what the curated links need. */
  occupations: Map<string, OccupationFacts>;
  stats: MappingStats;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function mapRelease(release: OnetRelease, options: MappingOptions): OnetGraph {
  const stats: MappingStats = {
    belowThreshold: 0,
    suppressedOrNotRelevant: 0,
    missingLevel: 0,
    rolesWithCappedAliases: 0,
    aliasesLeftOut: 0,
    technologySpellingsMerged: 0,
  };
  const sourceId = releaseSourceId(release.version);
  const preparation = preparationByOccupation(
    release.occupations.map((o) => o.soc),
    release.jobZones,
    release.experience,
    release.experienceCategories,
  );

  const occupations = new Map<string, OccupationFacts>();
  for (const o of release.occupations) {
    occupations.set(o.soc, { roleId: occupationId(o.soc), jobZone: release.jobZones.get(o.soc) ?? null, preparation: preparation.get(o.soc)! });
  }

  const titles = alternateTitlesByOccupation(release, options.aliasCap, stats);
  const roles: NodeRow[] = release.occupations.map((o) => ({
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

  const { nodes: elementSkills, links: requiredSkills } = mapElementRatings(release, options.importanceThreshold, stats);
  const { nodes: technologySkills, links: technologyRequirements } = mapTechnologies(release, stats);

  const transitions: LinkRow[] = release.related.map((r) => {
    const from = occupations.get(r.soc)!;
    const to = occupations.get(r.relatedSoc)!;
    const derived = deriveRelatedTransition({
      tier: r.tier,
      sourceJobZone: from.jobZone,
      targetJobZone: to.jobZone,
      isSameMajorGroup: majorGroup(r.soc) === majorGroup(r.relatedSoc),
      targetPreparation: to.preparation,
    });
    return {
      from: from.roleId,
      to: to.roleId,
      props: {
        tier: r.tier,
        rank: r.index,
        monthsTypical: derived.monthsTypical,
        monthsMin: derived.monthsMin,
        monthsMax: derived.monthsMax,
        kind: derived.kind,
        source: 'derived',
        derivation: describeRelatedTransition(r.tier, r.index, from, to, derived.jobZoneSteps, derived.kind, release.version),
      },
    };
  });

  const source: NodeRow = {
    id: sourceId,
    props: {
      name: `O*NET ${release.version} Database`,
      publisher: ONET_PUBLISHER,
      kind: 'DATASET',
      license: 'CC BY 4.0',
      note: attribution(release.version),
      version: release.version,
      source: 'onet',
    },
  };

  return { sourceId, source, roles, elementSkills, technologySkills, requiredSkills, technologyRequirements, transitions, occupations, stats };
}

/**
 * Alternate titles (and their short forms), without repeats (ignoring case) or the title itself, the titles named
 * by the most sources first, then file order: all of them, and the first `cap` as the aliases a role displays.
 */
function alternateTitlesByOccupation(
  release: OnetRelease,
  cap: number,
  stats: MappingStats,
): Map<string, { all: string[]; aliases: string[] }> {
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

function mapElementRatings(
  release: OnetRelease,
  threshold: number,
  stats: MappingStats,
): { nodes: NodeRow[]; links: LinkRow[] } {
  const nodes = new Map<string, NodeRow>();
  const links: LinkRow[] = [];
  const kinds: ['skill' | 'knowledge', ElementRating[]][] = [
    ['skill', release.skills],
    ['knowledge', release.knowledge],
  ];
  for (const [kind, ratings] of kinds) {
    const levels = new Map<string, ElementRating>();
    for (const r of ratings) if (r.scale === 'LV') levels.set(`${r.soc}|${r.elementId}`, r);
    for (const r of ratings) {
      if (r.scale !== 'IM') continue;
      const element = release.elements.get(r.elementId)!;
      const skillId = elementSkillId(kind, element.name);
      if (!nodes.has(skillId)) {
        nodes.set(skillId, {
          id: skillId,
          props: {
            name: element.name,
            category: kind === 'skill' ? 'SKILL' : 'KNOWLEDGE',
            description: element.description,
            onetElementId: element.id,
            aliases: [],
            source: 'onet',
          },
        });
      }
      const level = levels.get(`${r.soc}|${r.elementId}`);
      // O*NET marks "not relevant" on the level row and "recommend suppress" on either row.
      if (r.isSuppressed || r.isNotRelevant || level?.isNotRelevant) {
        stats.suppressedOrNotRelevant += 1;
        continue;
      }
      if (r.value < threshold) {
        stats.belowThreshold += 1;
        continue;
      }
      if (level === undefined) stats.missingLevel += 1;
      links.push({
        from: occupationId(r.soc),
        to: skillId,
        props: {
          importance: 'REQUIRED',
          importanceScore: r.value,
          level: level?.value ?? null,
          source: 'onet',
        },
      });
    }
  }
  return { nodes: [...nodes.values()], links };
}

function mapTechnologies(release: OnetRelease, stats: MappingStats): { nodes: NodeRow[]; links: LinkRow[] } {
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
        aliases: spellings.map(([spelling]) => spelling).filter((s) => s !== name).sort(),
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

function describeRelatedTransition(
  tier: string,
  index: number,
  from: OccupationFacts,
  to: OccupationFacts,
  jobZoneSteps: number,
  kind: string,
  version: string,
): string {
  const prep = to.preparation;
  const basis =
    prep.basis === 'occupation'
      ? "the target's ratings"
      : prep.basis === 'job-zone'
        ? `the job zone ${to.jobZone} average`
        : prep.basis === 'release'
          ? 'the release average'
          : 'the default';
  const zones = `job zone ${from.jobZone ?? '?'} -> ${to.jobZone ?? '?'}`;
  return (
    `O*NET ${version} Related Occupations: ${tier} #${index}. Months: tier base + tier share of the target's ` +
    `related work experience and on-the-job training (${round2(prep.relatedExperienceMonths + prep.onTheJobTrainingMonths)} months, from ${basis})` +
    (jobZoneSteps > 0 ? ` + 6 per job zone step up (${jobZoneSteps})` : '') +
    `. Kind ${kind}: ${zones}` +
    (kind === 'PROMOTION' ? ', same SOC major group.' : kind === 'LATERAL' ? ', Primary-Short.' : '.') +
    ' See docs/onet-import.md.'
  );
}

/** A curated role (from the seed or a curator) that names an O*NET-SOC code. */
export interface CuratedRole {
  id: string;
  socCode: string;
  experienceMinYears: number | null;
  /** A TRANSITIONS_TO that the import did not write leads into the role (it is not an entry point). */
  hasCuratedIncoming: boolean;
}

export interface CuratedLinks {
  /** (occupation)-[:TRANSITIONS_TO {kind: 'SPECIALIZATION'}]->(entry-point curated role). */
  specializations: LinkRow[];
  /** (curated role)-[:NEAREST_OCCUPATION]->(occupation). */
  nearestOccupations: LinkRow[];
  /** Curated roles whose SOC code names no imported occupation. */
  unmatched: string[];
}

/** Links curated roles to the occupations their SOC codes name, so routes can run from O*NET into the curated ladder. */
export function mapCuratedLinks(roles: readonly CuratedRole[], graph: Pick<OnetGraph, 'occupations'>, version: string): CuratedLinks {
  const links: CuratedLinks = { specializations: [], nearestOccupations: [], unmatched: [] };
  for (const role of roles) {
    const occupation = graph.occupations.get(role.socCode);
    if (occupation === undefined) {
      links.unmatched.push(role.id);
      continue;
    }
    links.nearestOccupations.push({
      from: role.id,
      to: occupation.roleId,
      props: {
        source: 'derived',
        derivation: `The role names O*NET-SOC ${role.socCode}, imported from O*NET ${version}.`,
      },
    });
    if (role.hasCuratedIncoming) continue;
    const training = occupation.preparation.onTheJobTrainingMonths;
    const months = deriveSpecialization({ occupationTrainingMonths: training, roleExperienceMinYears: role.experienceMinYears });
    links.specializations.push({
      from: occupation.roleId,
      to: role.id,
      props: {
        kind: 'SPECIALIZATION',
        ...months,
        source: 'derived',
        derivation:
          `${role.id} names O*NET-SOC ${role.socCode} and no curated transition leads into it, so it is entered from that occupation. ` +
          `Months: the longer of the occupation's on-the-job training (${round2(training)}) and the role's minimum experience ` +
          `(${role.experienceMinYears ?? 0} years), at least 3. See docs/onet-import.md.`,
      },
    });
  }
  return links;
}
