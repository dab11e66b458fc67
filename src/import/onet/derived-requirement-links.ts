// REQUIRES for the occupations O*NET does not rate (derived-requirements.ts), and for rated ones none of whose
// ratings reaches the threshold; each link says in `derivation` how it was reached. Pure.
import type { LinkRow } from '../../db/write-rows.js';
import { DEFAULT_NEIGHBOURS, deriveRequirements, FALLBACK_REQUIRED, type DerivedRequirements } from './derived-requirements.js';
import type { MappingOptions, MappingStats } from './mapping.js';
import { occupationEvidence, ratedOccupations } from './occupation-evidence.js';
import type { OnetRelease } from './release.js';
import { round2 } from './rounding.js';
import { occupationId } from './slug.js';

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
