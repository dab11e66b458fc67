// What the derivation of requirements (derived-requirements.ts) reads of a release: each occupation's evidence
// besides its ratings, and the rated occupations with their usable ratings. Pure.
import type { ElementScore, RatedOccupation } from './derived-requirements.js';
import { importanceRatings, isUsableRating } from './element-ratings.js';
import type { OccupationEvidence } from './occupation-similarity.js';
import type { OnetRelease } from './release.js';
import { elementSkillId, technologyId } from './slug.js';

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
  for (const rating of importanceRatings(release)) {
    if (!isUsableRating(rating)) continue;
    const { kind, importance: r, level } = rating;
    let scores = ratings.get(r.soc);
    if (scores === undefined) ratings.set(r.soc, (scores = new Map()));
    scores.set(elementSkillId(kind, release.elements.get(r.elementId)!.name), { importance: r.value, level: level?.value ?? null });
  }
  return occupationEvidence(release)
    .filter((o) => ratings.has(o.soc))
    .map((o) => ({ ...o, ratings: ratings.get(o.soc)! }));
}
