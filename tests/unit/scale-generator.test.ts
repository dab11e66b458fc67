// The scale bench's graph generator (bench/scale/generate.ts): the O*NET-like shape it promises (transitions,
// requirements, vocabulary, areas, months and kinds), every link between nodes it generates, and the same rows for
// the same seed however the roles are chunked.
import { describe, expect, it } from 'vitest';
import { generateScaleGraph } from '../../bench/scale/generate.js';
import { CONTENT_MODEL, RATED_PER_ROLE, TECHNOLOGIES_PER_ROLE, technologyVocabulary, TRANSITIONS_PER_ROLE } from '../../bench/scale/shape.js';
import { MAX_MONTHS } from '../../src/domain/months.js';

const ROLES = 400;
const graph = generateScaleGraph({ roles: ROLES, seed: 7 });
const roles = graph.roleRows();
const requirements = graph.requirements(0, ROLES);
const transitions = graph.transitions(0, ROLES);
const countBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

const groupBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

describe('the scale bench graph generator', () => {
  it('gives every role a unique id and 20 transitions to 20 distinct other roles, ranked 1-20 by tier', () => {
    const roleIds = new Set(roles.map((r) => r.id));
    expect(roleIds.size).toBe(ROLES);
    expect(transitions).toHaveLength(ROLES * TRANSITIONS_PER_ROLE);
    for (const [from, links] of groupBy(transitions, (t) => t.from)) {
      const targets = new Set(links.map((l) => l.to));
      expect(targets.size).toBe(TRANSITIONS_PER_ROLE);
      expect(targets.has(from)).toBe(false);
      expect(links.map((l) => l.props.rank)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(links.filter((l) => l.props.tier === 'Primary-Short').map((l) => l.props.rank)).toEqual([1, 2, 3, 4, 5]);
    }
    expect(transitions.every((t) => roleIds.has(t.to))).toBe(true);
  });

  it("derives months within the import's bounds and all three kinds of a related move", () => {
    for (const t of transitions) {
      const { monthsMin, monthsTypical, monthsMax } = t.props as Record<string, number>;
      expect(monthsMin).toBeLessThanOrEqual(monthsTypical);
      expect(monthsTypical).toBeLessThanOrEqual(monthsMax);
      expect(monthsMax).toBeLessThanOrEqual(MAX_MONTHS);
    }
    const kinds = countBy(transitions, (t) => t.props.kind as string);
    expect([...kinds.keys()].sort()).toEqual(['CAREER_CHANGE', 'LATERAL', 'PROMOTION']);
    // O*NET: most related moves are career changes.
    expect(kinds.get('CAREER_CHANGE')! / transitions.length).toBeGreaterThan(0.4);
  });

  it('requires 12-30 rated skills and 10-50 technologies per role, about 50 in all, each naming a generated skill', () => {
    const skillIds = new Set([...graph.elementSkills, ...graph.technologySkills].map((s) => s.id));
    expect(graph.elementSkills).toHaveLength(CONTENT_MODEL.skills + CONTENT_MODEL.knowledge);
    const rated = countBy(requirements.rated, (l) => l.from);
    const technologies = countBy(requirements.technologies, (l) => l.from);
    expect(rated.size).toBe(ROLES);
    const within = (counts: Map<string, number>) => [Math.min(...counts.values()), Math.max(...counts.values())];
    const [fewestRated, mostRated] = within(rated);
    expect(fewestRated).toBeGreaterThanOrEqual(RATED_PER_ROLE.min);
    expect(mostRated).toBeLessThanOrEqual(RATED_PER_ROLE.max);
    const [fewestTechnologies, mostTechnologies] = within(technologies);
    expect(fewestTechnologies).toBeGreaterThanOrEqual(TECHNOLOGIES_PER_ROLE.min);
    expect(mostTechnologies).toBeLessThanOrEqual(TECHNOLOGIES_PER_ROLE.max);
    const perRole = (requirements.rated.length + requirements.technologies.length) / ROLES;
    expect(perRole).toBeGreaterThan(40);
    expect(perRole).toBeLessThan(60);
    expect([...requirements.rated, ...requirements.technologies].every((l) => skillIds.has(l.to))).toBe(true);
    expect(requirements.rated.every((l) => (l.props.importanceScore as number) >= 3 && l.props.importance === 'REQUIRED')).toBe(true);
    expect(requirements.technologies.every((l) => l.props.importance === 'DIFFERENTIATING')).toBe(true);
    // No role lists a skill twice.
    const pairs = new Set([...requirements.rated, ...requirements.technologies].map((l) => `${l.from}>${l.to}`));
    expect(pairs.size).toBe(requirements.rated.length + requirements.technologies.length);
  });

  it('draws technologies from a vocabulary that grows with the graph, popular ones used widely and many by few', () => {
    expect(technologyVocabulary(100_000)).toBeGreaterThan(technologyVocabulary(1_000) * 10);
    expect(graph.technologySkills.length).toBeLessThanOrEqual(technologyVocabulary(ROLES));
    const df = [...countBy(requirements.technologies, (l) => l.to).values()].sort((a, b) => b - a);
    expect(df).toHaveLength(graph.technologySkills.length); // only used technologies are written
    expect(df[0] / ROLES).toBeGreaterThan(0.5);
    expect(df.filter((n) => n <= 2).length / df.length).toBeGreaterThan(0.3);
  });

  it('puts every technology PART_OF one commodity class, as the importer maps them', () => {
    const classIds = new Set(graph.technologyClasses.map((c) => c.id));
    expect(graph.technologyAreas).toHaveLength(graph.technologySkills.length);
    expect(graph.technologyAreas.every((l) => classIds.has(l.to))).toBe(true);
    expect(graph.technologyClasses.every((c) => c.props.category === 'TECHNOLOGY_CLASS')).toBe(true);
  });

  it('gives the same rows for the same seed, whether roles are generated at once or in chunks, and others for another seed', () => {
    const again = generateScaleGraph({ roles: ROLES, seed: 7 });
    expect(again.roleRows()).toEqual(roles);
    expect([...again.transitions(0, 150), ...again.transitions(150, ROLES)]).toEqual(transitions);
    const chunks = [again.requirements(0, 123), again.requirements(123, ROLES)];
    expect(chunks.flatMap((c) => c.rated)).toEqual(requirements.rated);
    expect(chunks.flatMap((c) => c.technologies)).toEqual(requirements.technologies);
    expect(generateScaleGraph({ roles: ROLES, seed: 8 }).transitions(0, 1)).not.toEqual(transitions.slice(0, 20));
  });

  it('refuses a graph smaller than one cluster, naming the argument', () => {
    expect(() => generateScaleGraph({ roles: 10, seed: 1 })).toThrow(/roles must be a whole number of at least 40 \(got 10\)/);
  });
});
