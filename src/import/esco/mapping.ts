// Maps a parsed ESCO release onto the career graph: occupations to Roles (in ISCO tracks), skills and knowledge to
// Skills (the skill pillar's hierarchy as PART_OF, so skill groups are areas), relations to REQUIRES, crosswalk
// matches to NEAREST_OCCUPATION, and transitions derived from skill similarity. Pure: release and the graph's
// existing skills and O*NET occupations in, rows to write out. docs/esco-import.md states every rule.
import { mostSimilarProfiles, type SkillProfile } from '../../domain/skill-similarity.js';
import type { LinkRow, NodeRow } from '../../db/write-rows.js';
import { DEFAULT_ALIAS_CAP } from '../onet/mapping.js';
import { slugify } from '../../domain/slugs.js';
import { technologyId } from '../onet/slug.js';
import type { EscoRelease } from './parse.js';
import {
  deriveEquivalentMove,
  deriveSimilarTransition,
  inheritedJobZone,
  isWithinJobZoneReach,
  MAX_TRANSITIONS_PER_OCCUPATION,
  VIABLE_SIMILARITY,
} from './transition-rule.js';

export const ESCO_PUBLISHER = 'European Commission';

/** The acknowledgement Commission Decision 2011/833/EU asks for, with the notice that the project modifies it. */
export const ESCO_ATTRIBUTION =
  'This service uses the ESCO classification of the European Commission. ' +
  'Modified: Career graph adds to ESCO v1.1.1 transitions derived from skill similarity, job zones and links to O*NET occupations, ' +
  'and merges ESCO skills into existing skills of the same name; these are not part of ESCO.';

export const NESTA_CROSSWALK_ATTRIBUTION =
  "ESCO to O*NET-SOC 2010 crosswalk from Nesta's Mapping Career Causeways (github.com/nestauk/mapping-career-causeways), MIT licence; " +
  "O*NET-SOC 2010 to 2019 through O*NET's crosswalk (CC BY 4.0, USDOL/ETA).";

/** Skill-hierarchy levels kept as nodes: level 2 groups are the areas, level 3 groups sit below them. */
export const AREA_LEVEL = 2;

/** A skill already in the graph that the ESCO import does not own (curated seed, O*NET, curator). */
export interface ExistingSkill {
  id: string;
  name: string;
  source: string;
}

export interface OnetOccupation {
  id: string;
  socCode: string;
  jobZone: number | null;
}

export interface MappingOptions {
  aliasCap?: number;
  threshold?: number;
  maxTransitions?: number;
}

export interface EscoMappingStats {
  /** ESCO skills that are an existing skill of the same name (linked, never changed). */
  skillsMerged: number;
  mergedExamples: string[];
  /** Skills whose hierarchy offered more than one broader concept (one was kept: the rule in docs). */
  skillsWithSeveralBroader: number;
  /** PART_OF links dropped because they closed a cycle. */
  cyclesBroken: number;
  /** ESCO occupations with at least one O*NET occupation, and the links. */
  occupationsLinked: number;
  crosswalkCodesUnknown: number;
  occupationsWithJobZone: number;
  /** Similar pairs (above the threshold, within job-zone reach) before the cap, and occupations with none. */
  similarPairsAboveThreshold: number;
  occupationsWithoutTransitions: number;
}

export interface EscoGraph {
  sourceId: string;
  sources: NodeRow[];
  tracks: NodeRow[];
  trackParts: LinkRow[];
  roles: NodeRow[];
  roleTracks: LinkRow[];
  skills: NodeRow[];
  skillGroups: NodeRow[];
  partOf: LinkRow[];
  requires: LinkRow[];
  nearestOccupations: LinkRow[];
  equivalentMoves: LinkRow[];
  transitions: LinkRow[];
  stats: EscoMappingStats;
}

const normalName = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Readable ids `<prefix><slug of the label>`, spelled like technology ids (C++ -> cpp, C# -> csharp); labels whose
 * slugs collide all get a suffix that tells them apart (the ESCO code, or the start of the URI's UUID, or all of
 * it), so an id never depends on which of them came first.
 */
export function readableIds(items: readonly { uri: string; label: string; code?: string | null }[], prefix: string): Map<string, string> {
  const bySlug = new Map<string, (typeof items)[number][]>();
  for (const item of items) {
    const slug = technologyId(item.label) || 'unnamed';
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), item]);
  }
  const ids = new Map<string, string>();
  const lastSegment = (uri: string) => slugify(uri.split('/').pop() ?? uri);
  for (const [slug, group] of bySlug) {
    if (group.length === 1) {
      ids.set(group[0].uri, `${prefix}${slug}`);
      continue;
    }
    const suffixes = [
      (item: (typeof items)[number]) => slugify(item.code ?? ''),
      (item: (typeof items)[number]) => lastSegment(item.uri).slice(0, 8),
      (item: (typeof items)[number]) => lastSegment(item.uri),
    ];
    const suffixOf = suffixes.find((f) => new Set(group.map(f)).size === group.length && group.every((item) => f(item) !== '')) ?? suffixes[2];
    for (const item of group) ids.set(item.uri, `${prefix}${slug}-${suffixOf(item)}`);
  }
  return ids;
}

export const sourceIdOf = (version: string) => `esco-${slugify(version)}`;
export const NESTA_SOURCE_ID = 'nesta-mapping-career-causeways';
export const iscoTrackId = (code: string) => `isco-${code}`;

export function mapEscoRelease(
  release: EscoRelease,
  existing: { skills: readonly ExistingSkill[]; onetOccupations: readonly OnetOccupation[] },
  options: MappingOptions = {},
): EscoGraph {
  const aliasCap = options.aliasCap ?? DEFAULT_ALIAS_CAP;
  const stats: EscoMappingStats = {
    skillsMerged: 0,
    mergedExamples: [],
    skillsWithSeveralBroader: 0,
    cyclesBroken: 0,
    occupationsLinked: 0,
    crosswalkCodesUnknown: 0,
    occupationsWithJobZone: 0,
    similarPairsAboveThreshold: 0,
    occupationsWithoutTransitions: 0,
  };
  const sourceId = sourceIdOf(release.version);
  const esco = `ESCO v${release.version}`;

  // Tracks: the ISCO-08 groups, nested by level (1-4 digits).
  const iscoCodes = new Set(release.iscoGroups.map((g) => g.code));
  const tracks: NodeRow[] = release.iscoGroups.map((g) => ({
    id: iscoTrackId(g.code),
    props: { name: g.label, description: g.description, iscoCode: g.code, iscoLevel: g.code.length, source: 'esco' },
  }));
  const trackParts: LinkRow[] = release.iscoGroups
    .filter((g) => g.code.length > 1 && iscoCodes.has(g.code.slice(0, -1)))
    .map((g) => ({ from: iscoTrackId(g.code), to: iscoTrackId(g.code.slice(0, -1)), props: { source: 'esco' } }));

  // Skills: an ESCO skill whose name is an existing skill's is that node.
  const existingByName = new Map<string, ExistingSkill>();
  const preference = (s: ExistingSkill) => (s.source === 'onet' ? 1 : 0);
  for (const s of [...existing.skills].sort((a, b) => preference(a) - preference(b) || (a.id < b.id ? -1 : 1))) {
    if (!existingByName.has(normalName(s.name))) existingByName.set(normalName(s.name), s);
  }
  const ownSkillIds = readableIds(release.skills, 'esco-skill-');
  const nodeIdOf = new Map<string, string>();
  const ownedUris = new Set<string>();
  const skills: NodeRow[] = [];
  for (const s of release.skills) {
    const match = existingByName.get(normalName(s.label));
    if (match !== undefined) {
      nodeIdOf.set(s.uri, match.id);
      stats.skillsMerged += 1;
      if (stats.mergedExamples.length < 10) stats.mergedExamples.push(`${s.label} -> ${match.id}`);
      continue;
    }
    const id = ownSkillIds.get(s.uri)!;
    nodeIdOf.set(s.uri, id);
    ownedUris.add(s.uri);
    skills.push({
      id,
      props: {
        name: s.label,
        category: s.skillType === 'knowledge' ? 'KNOWLEDGE' : 'SKILL',
        description: s.description,
        aliases: s.altLabels.slice(0, aliasCap),
        escoUri: s.uri,
        escoSkillType: s.skillType,
        reuseLevel: s.reuseLevel,
        source: 'esco',
      },
    });
  }

  // Skill groups of levels 2 (areas) and 3; levels 0-1 are too broad to be areas (all of "skills", "knowledge").
  const keptGroups = release.skillGroups.filter((g) => (release.hierarchyLevels.get(g.uri) ?? AREA_LEVEL) >= AREA_LEVEL);
  const groupIds = readableIds(keptGroups, 'esco-group-');
  const skillGroups: NodeRow[] = keptGroups.map((g) => {
    const id = groupIds.get(g.uri)!;
    nodeIdOf.set(g.uri, id);
    ownedUris.add(g.uri);
    const level = release.hierarchyLevels.get(g.uri) ?? AREA_LEVEL;
    return {
      id,
      props: { name: g.label, category: 'SKILL_GROUP', description: g.description, aliases: [], escoUri: g.uri, escoCode: g.code, escoLevel: level, source: 'esco' },
    };
  });

  const partOf = mapHierarchy(release, nodeIdOf, ownedUris, stats);

  // Roles, with the job zone of their O*NET occupations.
  const roleIds = readableIds(release.occupations, 'esco-');
  const onetBySoc = new Map(existing.onetOccupations.map((o) => [o.socCode, o]));
  const linksByUri = new Map<string, { occupation: OnetOccupation; confidence: number; code2010: string; semanticSimilarity: number | null }[]>();
  for (const link of release.crosswalk ?? []) {
    const codes2019 = release.onet2010To2019.get(link.onetCode2010) ?? [];
    const targets = codes2019.map((code) => onetBySoc.get(code)).filter((o): o is OnetOccupation => o !== undefined);
    if (targets.length === 0) stats.crosswalkCodesUnknown += 1;
    for (const occupation of targets) {
      const list = linksByUri.get(link.escoUri) ?? [];
      list.push({ occupation, confidence: link.confidence, code2010: link.onetCode2010, semanticSimilarity: link.semanticSimilarity });
      linksByUri.set(link.escoUri, list);
    }
  }
  const jobZoneOf = new Map<string, number | null>();
  const roles: NodeRow[] = [];
  const roleTracks: LinkRow[] = [];
  const nearestOccupations: LinkRow[] = [];
  const equivalentMoves: LinkRow[] = [];
  for (const o of release.occupations) {
    const id = roleIds.get(o.uri)!;
    const links = linksByUri.get(o.uri) ?? [];
    const jobZone = inheritedJobZone(links.map((l) => ({ confidence: l.confidence, jobZone: l.occupation.jobZone })));
    jobZoneOf.set(id, jobZone);
    if (links.length > 0) stats.occupationsLinked += 1;
    if (jobZone !== null) stats.occupationsWithJobZone += 1;
    roles.push({
      id,
      props: {
        title: o.label,
        description: o.description,
        escoUri: o.uri,
        escoCode: o.code,
        iscoGroup: o.iscoGroup,
        aliases: o.altLabels.slice(0, aliasCap),
        alternateTitles: o.altLabels,
        jobZone,
        source: 'esco',
        derivation:
          jobZone === null
            ? null
            : `Job zone ${jobZone} inherited from the O*NET occupation${links.length > 1 ? 's' : ''} the crosswalk links (${links
                .map((l) => `${l.occupation.socCode} confidence ${l.confidence}`)
                .join('; ')}). See docs/esco-import.md.`,
      },
    });
    roleTracks.push({ from: id, to: iscoTrackId(o.iscoGroup), props: { source: 'esco' } });
    for (const l of links) {
      const match =
        `Nesta's Mapping Career Causeways crosswalk matches this ${esco} occupation to O*NET-SOC 2010 ${l.code2010} (confidence ${l.confidence})` +
        (l.code2010 === l.occupation.socCode ? '' : `, which O*NET's 2010-to-2019 crosswalk maps to ${l.occupation.socCode}`) +
        '.';
      nearestOccupations.push({
        from: id,
        to: l.occupation.id,
        props: {
          confidence: l.confidence,
          semanticSimilarity: l.semanticSimilarity,
          onetCode2010: l.code2010,
          source: 'esco',
          derivation: `${match} See docs/esco-import.md.`,
        },
      });
      const move = deriveEquivalentMove(l.confidence);
      equivalentMoves.push({
        from: id,
        to: l.occupation.id,
        props: {
          kind: move.kind,
          monthsTypical: move.monthsTypical,
          monthsMin: move.monthsMin,
          monthsMax: move.monthsMax,
          similarity: null,
          tier: null,
          rank: null,
          source: 'derived',
          derivation: `The same work under O*NET's name: ${match} Months: finding the job under its other name (confidence ${l.confidence}). See docs/esco-import.md.`,
        },
      });
    }
  }

  // REQUIRES: essential -> REQUIRED, optional -> DIFFERENTIATING.
  const requires: LinkRow[] = release.relations.map((r) => ({
    from: roleIds.get(r.occupationUri)!,
    to: nodeIdOf.get(r.skillUri)!,
    props: { importance: r.isEssential ? 'REQUIRED' : 'DIFFERENTIATING', source: 'esco', derivation: null },
  }));

  const transitions = mapSimilarityTransitions(release, requires, partOf, roleIds, jobZoneOf, options, stats);

  const sources: NodeRow[] = [
    {
      id: sourceId,
      props: {
        name: `${esco} (European Skills, Competences, Qualifications and Occupations)`,
        publisher: ESCO_PUBLISHER,
        kind: 'DATASET',
        license: 'Reuse authorised with acknowledgement (Commission Decision 2011/833/EU)',
        note: ESCO_ATTRIBUTION,
        version: release.version,
        source: 'esco',
      },
    },
  ];
  if (release.crosswalk !== null) {
    sources.push({
      id: NESTA_SOURCE_ID,
      props: {
        name: 'Mapping Career Causeways: ESCO to O*NET crosswalk',
        publisher: 'Nesta',
        kind: 'DATASET',
        license: 'MIT',
        note: NESTA_CROSSWALK_ATTRIBUTION,
        source: 'esco',
      },
    });
  }
  return {
    sourceId,
    sources,
    tracks,
    trackParts,
    roles,
    roleTracks,
    skills,
    skillGroups,
    partOf,
    requires,
    nearestOccupations,
    equivalentMoves,
    transitions,
    stats,
  };
}

/**
 * One broader concept per skill or level-3 group (a skill has one area): a broader skill if there is one (the nearer
 * concept), else the deepest kept group; ties go to the smaller URI. Level-2 groups are areas: no PART_OF. A skill
 * that merged into an existing skill gets no PART_OF (the import never changes a skill it does not own). A link that
 * would close a cycle is dropped.
 */
function mapHierarchy(release: EscoRelease, nodeIdOf: Map<string, string>, ownedUris: Set<string>, stats: EscoMappingStats): LinkRow[] {
  const skillUris = new Set(release.skills.map((s) => s.uri));
  const levelOf = (uri: string) => release.hierarchyLevels.get(uri);
  const candidates = new Map<string, string[]>();
  for (const link of release.skillBroader) {
    if (!ownedUris.has(link.uri) || !nodeIdOf.has(link.broaderUri)) continue;
    const level = levelOf(link.uri);
    if (level !== undefined && level <= AREA_LEVEL && !skillUris.has(link.uri)) continue;
    const list = candidates.get(link.uri) ?? [];
    list.push(link.broaderUri);
    candidates.set(link.uri, list);
  }
  const rank = (uri: string) => (skillUris.has(uri) && levelOf(uri) === undefined ? 0 : 4 - (levelOf(uri) ?? 0));
  const broaderOf = new Map<string, string>();
  for (const [uri, list] of candidates) {
    if (list.length > 1) stats.skillsWithSeveralBroader += 1;
    const [best] = [...list].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
    broaderOf.set(uri, best);
  }
  // Follow each chain; a concept met twice on one walk closes a cycle: drop the link that closed it.
  for (const start of [...broaderOf.keys()]) {
    const seen = new Set([start]);
    let current = start;
    for (;;) {
      const next = broaderOf.get(current);
      if (next === undefined) break;
      if (seen.has(next)) {
        broaderOf.delete(current);
        stats.cyclesBroken += 1;
        break;
      }
      seen.add(next);
      current = next;
    }
  }
  return [...broaderOf].map(([uri, broader]) => ({ from: nodeIdOf.get(uri)!, to: nodeIdOf.get(broader)!, props: { source: 'esco' } }));
}

function mapSimilarityTransitions(
  release: EscoRelease,
  requires: readonly LinkRow[],
  partOf: readonly LinkRow[],
  roleIds: Map<string, string>,
  jobZoneOf: Map<string, number | null>,
  options: MappingOptions,
  stats: EscoMappingStats,
): LinkRow[] {
  const threshold = options.threshold ?? VIABLE_SIMILARITY;
  const limit = options.maxTransitions ?? MAX_TRANSITIONS_PER_OCCUPATION;
  const requirementsOf = new Map<string, { skill: string; isEssential: boolean }[]>();
  for (const r of requires) {
    const list = requirementsOf.get(r.from) ?? [];
    list.push({ skill: r.to, isEssential: r.props.importance === 'REQUIRED' });
    requirementsOf.set(r.from, list);
  }
  const profiles: SkillProfile[] = release.occupations.map((o) => {
    const id = roleIds.get(o.uri)!;
    return { id, requirements: requirementsOf.get(id) ?? [] };
  });
  const broader = new Map(partOf.map((l) => [l.from, l.to]));
  const majorGroupOf = new Map(release.occupations.map((o) => [roleIds.get(o.uri)!, o.iscoGroup[0]]));
  const titleOf = new Map(release.occupations.map((o) => [roleIds.get(o.uri)!, o.label]));
  let aboveThreshold = 0;
  const similar = mostSimilarProfiles(profiles, (skill) => broader.get(skill), {
    threshold,
    limit,
    accept: (from, to) => {
      const isWithin = isWithinJobZoneReach(jobZoneOf.get(from) ?? null, jobZoneOf.get(to) ?? null);
      if (isWithin) aboveThreshold += 1;
      return isWithin;
    },
  });
  stats.similarPairsAboveThreshold = aboveThreshold;
  const transitions: LinkRow[] = [];
  for (const [from, pairs] of similar) {
    if (pairs.length === 0) stats.occupationsWithoutTransitions += 1;
    pairs.forEach((pair, index) => {
      const sourceJobZone = jobZoneOf.get(from) ?? null;
      const targetJobZone = jobZoneOf.get(pair.to) ?? null;
      const derived = deriveSimilarTransition({
        similarity: pair.similarity,
        sourceJobZone,
        targetJobZone,
        isSameMajorGroup: majorGroupOf.get(from) === majorGroupOf.get(pair.to),
      });
      transitions.push({
        from,
        to: pair.to,
        props: {
          kind: derived.kind,
          monthsTypical: derived.monthsTypical,
          monthsMin: derived.monthsMin,
          monthsMax: derived.monthsMax,
          similarity: round3(pair.similarity),
          rank: index + 1,
          tier: null,
          source: 'derived',
          derivation:
            `Skill similarity ${round3(pair.similarity)} (essential skills ${round3(pair.essential)}, all skills ${round3(pair.all)}) between ` +
            `${titleOf.get(from)} and ${titleOf.get(pair.to)} in ESCO v${release.version}: at least ${threshold}, job zones ${sourceJobZone ?? '?'} -> ${targetJobZone ?? '?'}, ` +
            `#${index + 1} of at most ${limit}. Kind ${derived.kind}; months 24 x (1 - similarity)` +
            (derived.jobZoneSteps > 0 ? ` + 6 per job zone step up (${derived.jobZoneSteps})` : '') +
            '. See docs/esco-import.md.',
        },
      });
    });
  }
  return transitions;
}
