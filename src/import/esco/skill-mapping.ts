// ESCO's skill pillar: skills and knowledge as Skills (one whose name is an existing skill's is that node), the
// groups of levels 2 (areas) and 3 as SKILL_GROUP Skills, and the hierarchy as PART_OF. Pure; docs/esco-import.md.
import type { LinkRow, NodeRow } from '../../db/write-rows.js';
import type { EscoMappingStats, ExistingSkill } from './mapping.js';
import type { EscoRelease } from './release.js';
import { readableIds } from './readable-ids.js';

/** Skill-hierarchy levels kept as nodes: level 2 groups are the areas, level 3 groups sit below them. */
export const AREA_LEVEL = 2;

export interface EscoSkills {
  skills: NodeRow[];
  skillGroups: NodeRow[];
  partOf: LinkRow[];
  /** The graph node of each skill and kept group, by URI: its own id, or the existing skill it merged into. */
  nodeIdOf: Map<string, string>;
}

const normalName = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

export function mapEscoSkills(release: EscoRelease, existingSkills: readonly ExistingSkill[], aliasCap: number, stats: EscoMappingStats): EscoSkills {
  // Skills: an ESCO skill whose name is an existing skill's is that node.
  const existingByName = new Map<string, ExistingSkill>();
  const preference = (s: ExistingSkill) => (s.source === 'onet' ? 1 : 0);
  for (const s of [...existingSkills].sort((a, b) => preference(a) - preference(b) || (a.id < b.id ? -1 : 1))) {
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
      props: {
        name: g.label,
        category: 'SKILL_GROUP',
        description: g.description,
        aliases: [],
        escoUri: g.uri,
        escoCode: g.code,
        escoLevel: level,
        source: 'esco',
      },
    };
  });

  const partOf = mapHierarchy(release, nodeIdOf, ownedUris, stats);
  return { skills, skillGroups, partOf, nodeIdOf };
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
