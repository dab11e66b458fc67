// Maps a parsed O*NET release onto the career graph: occupations to Roles, skills, knowledge and technologies to
// Skills, ratings to REQUIRES, related occupations to TRANSITIONS_TO. Pure: rows in, rows to write out.
// docs/onet-import.md states every rule; keep the two in step.
import {
  DEFAULT_NEIGHBOURS,
  deriveRequirements,
  FALLBACK_REQUIRED,
  type DerivedRequirements,
  type ElementScore,
  type OccupationEvidence,
  type RatedOccupation,
} from './derived-requirements.js';
import { preparationByOccupation, type Preparation } from './experience.js';
import type { ElementRating, OnetRelease } from './parse.js';
import { elementSkillId, occupationId, releaseSourceId, technologyClassId, technologyId } from './slug.js';
import { deriveRelatedTransition, deriveSpecialization, majorGroup } from './transition-rule.js';
import type { LinkRow, NodeRow } from '../../db/write-rows.js';

export type { LinkRow, NodeRow, Props } from '../../db/write-rows.js';

export interface MappingOptions {
  /** REQUIRES only for a skill or knowledge area whose importance (IM) is at least this. */
  importanceThreshold: number;
  /** At most this many aliases (alternate titles) per role. */
  aliasCap: number;
  /** How many similar rated occupations an unrated occupation's requirements are derived from (default 5). */
  neighbours?: number;
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
  /** Occupations without usable skill/knowledge ratings, whose REQUIRES are derived from similar rated ones. */
  occupationsDerived: number;
  /** Of those, the ones where no element reached the threshold (the highest few were taken instead). */
  derivedFallbacks: number;
  /** Rated occupations none of whose own ratings reaches the threshold: their highest few are REQUIRED (derived). */
  ratedBelowThreshold: number;
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
  /** UNSPSC commodity classes of technologies (category TECHNOLOGY_CLASS): a technology's area. */
  technologyClasses: NodeRow[];
  /** (technology)-[:PART_OF]->(commodity class). */
  technologyAreas: LinkRow[];
  /** REQUIRES with importance REQUIRED derived for occupations without ratings (source 'derived'). */
  derivedRequirements: LinkRow[];
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
    occupationsDerived: 0,
    derivedFallbacks: 0,
    ratedBelowThreshold: 0,
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
  const { nodes: technologyClasses, links: technologyAreas } = mapTechnologyClasses(technologySkills);
  const derivedRequirements = mapDerivedRequirements(release, options, stats);

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

  return {
    sourceId,
    source,
    roles,
    elementSkills,
    technologySkills,
    requiredSkills,
    technologyRequirements,
    technologyClasses,
    technologyAreas,
    derivedRequirements,
    transitions,
    occupations,
    stats,
  };
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
          // Clears a derivation left from a run where the rating fell back (the link may have been derived).
          derivation: null,
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

/** Per occupation: its title, description, job zone and technologies (what similarity reads besides ratings). */
export function occupationEvidence(release: OnetRelease): OccupationEvidence[] {
  const technologies = new Map<string, Map<string, { id: string; isHotTechnology: boolean; isInDemand: boolean }>>();
  for (const t of release.technologies) {
    let listed = technologies.get(t.soc);
    if (listed === undefined) technologies.set(t.soc, (listed = new Map()));
    const id = technologyId(t.example);
    const seen = listed.get(id);
    listed.set(id, {
      id,
      isHotTechnology: (seen?.isHotTechnology ?? false) || t.isHotTechnology,
      isInDemand: (seen?.isInDemand ?? false) || t.isInDemand,
    });
  }
  return release.occupations.map((o) => ({
    soc: o.soc,
    title: o.title,
    text: `${o.title} ${o.description ?? ''}`,
    jobZone: release.jobZones.get(o.soc) ?? null,
    technologies: [...(technologies.get(o.soc)?.values() ?? [])],
  }));
}

/**
 * The occupations with usable skill or knowledge ratings (an importance rating neither suppressed nor marked not
 * relevant), each element keyed by its Skill id: what the import's own REQUIRES rule reads.
 */
export function ratedOccupations(release: OnetRelease): RatedOccupation[] {
  const ratings = new Map<string, Map<string, ElementScore>>();
  const kinds: ['skill' | 'knowledge', ElementRating[]][] = [
    ['skill', release.skills],
    ['knowledge', release.knowledge],
  ];
  for (const [kind, list] of kinds) {
    const levels = new Map<string, ElementRating>();
    for (const r of list) if (r.scale === 'LV') levels.set(`${r.soc}|${r.elementId}`, r);
    for (const r of list) {
      if (r.scale !== 'IM') continue;
      const level = levels.get(`${r.soc}|${r.elementId}`);
      if (r.isSuppressed || r.isNotRelevant || level?.isNotRelevant) continue;
      let scores = ratings.get(r.soc);
      if (scores === undefined) ratings.set(r.soc, (scores = new Map()));
      scores.set(elementSkillId(kind, release.elements.get(r.elementId)!.name), { importance: r.value, level: level?.value ?? null });
    }
  }
  return occupationEvidence(release)
    .filter((o) => ratings.has(o.soc))
    .map((o) => ({ ...o, ratings: ratings.get(o.soc)! }));
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

/**
 * REQUIRED skills and knowledge for each occupation without usable ratings, derived from its most similar rated
 * occupations (derived-requirements.ts), each with the rule and the neighbours it used in `derivation`; and for a
 * rated occupation none of whose ratings reaches the threshold, its highest-rated few. So no occupation asks nothing.
 */
export function mapDerivedRequirements(release: OnetRelease, options: MappingOptions, stats: MappingStats): LinkRow[] {
  const threshold = options.importanceThreshold;
  const rated = ratedOccupations(release);
  const links: LinkRow[] = [];
  for (const occupation of rated) {
    if ([...occupation.ratings.values()].some((r) => r.importance >= threshold)) continue;
    stats.ratedBelowThreshold += 1;
    const highest = [...occupation.ratings].sort((a, b) => b[1].importance - a[1].importance || (a[0] < b[0] ? -1 : 1));
    const derivation =
      `None of the O*NET ${release.version} skill and knowledge ratings of this occupation reaches importance ${threshold}: ` +
      `its ${FALLBACK_REQUIRED} highest-rated are REQUIRED, so the occupation asks for something. See docs/onet-import.md.`;
    for (const [element, score] of highest.slice(0, FALLBACK_REQUIRED)) {
      links.push({
        from: occupationId(occupation.soc),
        to: element,
        props: { importance: 'REQUIRED', importanceScore: score.importance, level: score.level, source: 'derived', derivation },
      });
    }
  }
  const ratedSocs = new Set(rated.map((r) => r.soc));
  const targets = occupationEvidence(release).filter((o) => !ratedSocs.has(o.soc));
  if (targets.length === 0 || rated.length === 0) return links;
  const neighbours = options.neighbours ?? DEFAULT_NEIGHBOURS;
  const derived = deriveRequirements(targets, rated, { neighbours, threshold });
  stats.occupationsDerived += derived.length;
  for (const result of derived) {
    if (result.usedFallback) stats.derivedFallbacks += 1;
    const derivation = describeDerivation(result, options.importanceThreshold, release.version);
    for (const element of result.elements) {
      if (!element.isRequired) continue;
      links.push({
        from: occupationId(result.soc),
        to: element.element,
        props: {
          importance: 'REQUIRED',
          importanceScore: element.importance,
          level: element.level,
          source: 'derived',
          derivation,
        },
      });
    }
  }
  return links;
}

function describeDerivation(result: DerivedRequirements, threshold: number, version: string): string {
  const neighbours = result.neighbours.map((n) => `${n.title} (${n.soc}, similarity ${round2(n.similarity)})`).join('; ');
  return (
    `O*NET ${version} has no skill or knowledge ratings for this occupation. Importance and level: the similarity-weighted ` +
    `mean of the ratings of its ${result.neighbours.length} most similar rated occupations (by description, technologies, ` +
    `SOC group and job zone): ${neighbours}. REQUIRED at mean importance ${threshold} or more` +
    (result.usedFallback ? `; none reached it, so the ${FALLBACK_REQUIRED} highest are REQUIRED` : '') +
    '. See docs/onet-import.md.'
  );
}
