// O*NET's skill and knowledge ratings: the content model's areas as Skills (category SKILL / KNOWLEDGE), and an
// occupation's REQUIRES for each area it rates important enough. Pure; docs/onet-import.md states the rule.
import type { LinkRow, NodeRow } from '../../db/write-rows.js';
import type { MappingStats } from './mapping.js';
import type { ElementRating, OnetRelease } from './release.js';
import { elementSkillId, occupationId } from './slug.js';

/** An importance (IM) rating of a skill or knowledge area, with the level (LV) rating of the same occupation and area. */
export interface ImportanceRating {
  kind: 'skill' | 'knowledge';
  importance: ElementRating;
  level: ElementRating | undefined;
}

/** Every importance rating, skills first, each kind in file order. */
export function* importanceRatings(release: OnetRelease): Generator<ImportanceRating> {
  const kinds: ['skill' | 'knowledge', ElementRating[]][] = [
    ['skill', release.skills],
    ['knowledge', release.knowledge],
  ];
  for (const [kind, ratings] of kinds) {
    const levels = new Map<string, ElementRating>();
    for (const r of ratings) if (r.scale === 'LV') levels.set(`${r.soc}|${r.elementId}`, r);
    for (const r of ratings) {
      if (r.scale === 'IM') yield { kind, importance: r, level: levels.get(`${r.soc}|${r.elementId}`) };
    }
  }
}

/** O*NET marks "not relevant" on the level row and "recommend suppress" on either row. */
export const isUsableRating = ({ importance, level }: ImportanceRating): boolean =>
  !(importance.isSuppressed || importance.isNotRelevant || level?.isNotRelevant);

export function mapElementRatings(release: OnetRelease, threshold: number, stats: MappingStats): { nodes: NodeRow[]; links: LinkRow[] } {
  const nodes = new Map<string, NodeRow>();
  const links: LinkRow[] = [];
  for (const rating of importanceRatings(release)) {
    const { kind, importance: r, level } = rating;
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
    if (!isUsableRating(rating)) {
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
  return { nodes: [...nodes.values()], links };
}
