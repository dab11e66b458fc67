// Transitions between ESCO occupations, derived from the similarity of their skills (src/domain/skill-similarity.ts)
// within job-zone reach; months and kind by the rule in transition-rule.ts. Pure; docs/esco-import.md.
import type { LinkRow } from '../../db/write-rows.js';
import { mostSimilarProfiles, type SkillProfile } from '../../domain/skill-similarity.js';
import { MONTHS_PER_JOB_ZONE_STEP } from '../onet/transition-rule.js';
import type { EscoMappingStats, MappingOptions } from './mapping.js';
import type { EscoRelease } from './release.js';
import {
  deriveSimilarTransition,
  FULL_CHANGE_MONTHS,
  isWithinJobZoneReach,
  MAX_TRANSITIONS_PER_OCCUPATION,
  VIABLE_SIMILARITY,
} from './transition-rule.js';

const round3 = (n: number) => Math.round(n * 1000) / 1000;

export function mapSimilarityTransitions(
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
            `#${index + 1} of at most ${limit}. Kind ${derived.kind}; months ${FULL_CHANGE_MONTHS} x (1 - similarity)` +
            (derived.jobZoneSteps > 0 ? ` + ${MONTHS_PER_JOB_ZONE_STEP} per job zone step up (${derived.jobZoneSteps})` : '') +
            '. See docs/esco-import.md.',
        },
      });
    });
  }
  return transitions;
}
