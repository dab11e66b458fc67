// The score math of similarRoles and recommendRoles (src/data/similarity.ts), without a database: hand-checked
// cases, and the ranking against a plain re-implementation of the documented formula on generated roles.
import { describe, expect, it } from 'vitest';
import {
  buildSimilarityModel,
  compareRequirements,
  inverseDocumentFrequency,
  rankRecommendations,
  rankSimilarRoles,
  requirementWeight,
  SIMILARITY_WEIGHTS,
  type RequirementEvidence,
  type RoleEvidence,
} from '../../src/data/similarity.js';
import { between, pick, seededRandom } from '../../src/seeded-random.js';
import { plainRecommend, plainSimilar } from '../support/plain-similarity.js';

const tool = (skill: string, area = skill, flags: Partial<RequirementEvidence> = {}): RequirementEvidence => ({
  skill,
  area,
  importance: 'DIFFERENTIATING',
  ...flags,
});
const rated = (skill: string, importanceScore: number, level = 3): RequirementEvidence => ({
  skill,
  area: skill,
  importance: 'REQUIRED',
  importanceScore,
  level,
});
const role = (id: string, requirements: RequirementEvidence[], jobZone: number | null = null): RoleEvidence => ({ id, jobZone, requirements });
const ids = (rows: { roleId: string }[]) => rows.map((r) => r.roleId);

/** Filler roles that all have `common`, so it is a skill (nearly) every role has. */
const fillers = (count: number) => Array.from({ length: count }, (_, i) => role(`filler-${i}`, [tool('common'), tool(`own-${i}`)]));

describe('inverse document frequency', () => {
  it('weighs a skill one role has far above one every role has, and never below zero', () => {
    expect(inverseDocumentFrequency(100, 1)).toBeCloseTo(Math.log(101));
    expect(inverseDocumentFrequency(100, 100)).toBeCloseTo(Math.log(2));
    expect(inverseDocumentFrequency(100, 0)).toBe(0);
  });
});

describe('requirement weight', () => {
  it('grows with O*NET importance and level, and with hot and in-demand flags', () => {
    expect(requirementWeight(rated('a', 4.5, 5))).toBeGreaterThan(requirementWeight(rated('a', 3.5, 5)));
    expect(requirementWeight(rated('a', 4, 6))).toBeGreaterThan(requirementWeight(rated('a', 4, 2)));
    expect(requirementWeight(tool('t', 't', { isHotTechnology: true }))).toBeGreaterThan(requirementWeight(tool('t')));
    expect(requirementWeight({ skill: 's', area: 's', importance: 'REQUIRED' })).toBeGreaterThan(requirementWeight(tool('t')));
  });
});

describe('similar roles', () => {
  it('ranks a role sharing a rare skill above one sharing a skill every role has', () => {
    const model = buildSimilarityModel([
      role('query', [tool('rare'), tool('common')]),
      role('shares-rare', [tool('rare'), tool('x')]),
      role('shares-common', [tool('common'), tool('y')]),
      ...fillers(20),
    ]);
    const ranked = ids(rankSimilarRoles(model, 'query', 3));
    expect(ranked[0]).toBe('shares-rare');
    expect(ranked.indexOf('shares-rare')).toBeLessThan(ranked.indexOf('shares-common') === -1 ? Infinity : ranked.indexOf('shares-common'));
  });

  it('never lists a role with nothing in common (no zero scores)', () => {
    const model = buildSimilarityModel([role('query', [tool('a')]), role('other', [tool('b')]), role('twin', [tool('a')])]);
    const ranked = rankSimilarRoles(model, 'query', 10);
    expect(ids(ranked)).toEqual(['twin']);
    expect(ranked.every((r) => r.score > 0)).toBe(true);
  });

  it('prefers, among equal requirements, the role in the closer job zone', () => {
    const same = [rated('reading', 4), tool('cad')];
    const model = buildSimilarityModel([role('query', same, 3), role('far', same, 5), role('near', same, 3), role('unrelated', [tool('z')], 3)]);
    const ranked = rankSimilarRoles(model, 'query', 5);
    expect(ids(ranked)).toEqual(['near', 'far']);
    expect(ranked[0].score - ranked[1].score).toBeCloseTo(2 * SIMILARITY_WEIGHTS.jobZonePenalty);
  });

  it('adds the bonus of each SOC group two roles share, and never lists a role for its group alone', () => {
    const same = [rated('reading', 4), tool('cad')];
    const coded = (id: string, socCode: string | null, requirements = same): RoleEvidence => ({ ...role(id, requirements, 3), socCode });
    const model = buildSimilarityModel([
      coded('query', '17-2141.00'),
      coded('same-broad', '17-2141.02'),
      coded('same-minor', '17-2199.00'),
      coded('same-major', '17-3011.00'),
      coded('other-major', '15-1252.00'),
      coded('uncoded', null),
      coded('group-only', '17-2141.01', [tool('z')]),
    ]);
    const ranked = rankSimilarRoles(model, 'query', 10);
    const bonus = SIMILARITY_WEIGHTS.sharedGroupBonus;
    expect(ids(ranked)).toEqual(['same-broad', 'same-minor', 'same-major', 'other-major', 'uncoded']);
    const score = Object.fromEntries(ranked.map((r) => [r.roleId, r.score]));
    expect(score['same-broad'] - score['other-major']).toBeCloseTo(bonus.major + bonus.minor + bonus.broad);
    expect(score['same-minor'] - score['other-major']).toBeCloseTo(bonus.major + bonus.minor);
    expect(score['same-major'] - score['other-major']).toBeCloseTo(bonus.major);
    expect(score['uncoded']).toBeCloseTo(score['other-major']);
  });

  it('weighs a shared skill by how important both roles rate it (hand-checked order)', () => {
    const model = buildSimilarityModel([
      role('nurse', [rated('medicine', 4.8), rated('reading', 3.5), rated('math', 3.0)]),
      role('physician', [rated('medicine', 4.9), rated('reading', 4.0), rated('math', 3.2)]),
      role('clerk', [rated('medicine', 3.0), rated('reading', 4.5), rated('math', 4.5)]),
      role('accountant', [rated('math', 4.9), rated('reading', 4.0)]),
    ]);
    expect(ids(rankSimilarRoles(model, 'nurse', 3))).toEqual(['physician', 'clerk', 'accountant']);
  });

  it('counts two roles that use different tools of one kind as alike (the area block)', () => {
    const model = buildSimilarityModel([
      role('query', [tool('python', 'oo-languages')]),
      role('java-shop', [tool('java', 'oo-languages')]),
      role('spreadsheets', [tool('excel', 'office')]),
    ]);
    expect(ids(rankSimilarRoles(model, 'query', 5))).toEqual(['java-shop']);
  });

  it('lists the shared skills and the ones only the other role requires, heaviest first', () => {
    const model = buildSimilarityModel([
      role('a', [tool('rare'), tool('common')]),
      role('b', [tool('common'), tool('rare'), tool('only-b', 'only-b', { isHotTechnology: true }), tool('also-b')]),
      ...fillers(10),
    ]);
    const { shared, missing } = compareRequirements(model, 'a', 'b');
    expect(shared).toEqual(['rare', 'common']);
    expect(missing).toEqual(['only-b', 'also-b']);
  });

  it('matches a plain re-implementation of the documented formula on generated roles', () => {
    const random = seededRandom(7);
    const skills = Array.from({ length: 40 }, (_, i) => `s${i}`);
    const areaOf = (skill: string) => `area-${Number(skill.slice(1)) % 6}`;
    const evidence: RoleEvidence[] = Array.from({ length: 60 }, (_, i) => {
      const chosen = new Map<string, RequirementEvidence>();
      const size = 2 + Math.floor(random() * 10);
      while (chosen.size < size) {
        const skill = pick(random, skills);
        chosen.set(
          skill,
          random() < 0.4
            ? rated(skill, 3 + Math.round(random() * 20) / 10, Math.round(random() * 70) / 10)
            : Number(skill.slice(1)) >= 35
              ? tool(skill, skill, { onetClassId: areaOf(skill) }) // a curated tool, its own area, that O*NET files under a class
              : tool(skill, areaOf(skill), { isHotTechnology: random() < 0.3, isInDemand: random() < 0.2 }),
        );
      }
      const socCode =
        random() < 0.2 ? null : `1${between(random, 1, 2)}-${between(random, 1, 2)}0${between(random, 1, 2)}${between(random, 1, 9)}.00`;
      return { ...role(`r${i}`, [...chosen.values()], random() < 0.2 ? null : 1 + Math.floor(random() * 5)), socCode };
    });
    const model = buildSimilarityModel(evidence);
    for (const query of ['r0', 'r17', 'r42']) {
      const expected = plainSimilar(evidence, query).slice(0, 10);
      const actual = rankSimilarRoles(model, query, 10);
      expect(ids(actual)).toEqual(ids(expected));
      actual.forEach((row, i) => expect(row.score).toBeCloseTo(expected[i].score, 10));
    }
  });
});

describe('recommendations', () => {
  const catalogue = [
    role('embedded', [tool('cpp'), tool('rtos'), tool('common')]),
    role('ml', [tool('python'), tool('pytorch'), tool('common')]),
    role('edge-ai', [{ skill: 'runtimes', area: 'runtimes', importance: 'REQUIRED' }, tool('cpp'), tool('common')]),
    role('office', [tool('excel', 'office-suites'), tool('common')]),
    ...fillers(10),
  ];
  const model = buildSimilarityModel(catalogue);
  const named = (...skills: [string, string?][]) => skills.map(([skill, area]) => ({ skill, area: area ?? skill }));

  it('ranks the role whose rare skills the person has first, and leaves out roles they cover nothing of', () => {
    const ranked = rankRecommendations(model, named(['python'], ['pytorch']), 10);
    expect(ids(ranked)).toEqual(['ml']);
    expect(ranked[0].coveredSkills).toEqual(['python', 'pytorch']);
    expect(ranked[0].missingSkills).toEqual(['common']);
  });

  it('reports coverage as the weighted share of the requirements covered, 0-1', () => {
    const [ml] = rankRecommendations(model, named(['python'], ['pytorch']), 1);
    const idf = (s: string) => model.idf(s);
    const w = requirementWeight(tool('x'));
    expect(ml.coverage).toBeCloseTo((w * idf('python') + w * idf('pytorch')) / (w * idf('python') + w * idf('pytorch') + w * idf('common')));
  });

  it('counts an area as covered when the person names one of its parts', () => {
    const ranked = rankRecommendations(model, named(['onnx-runtime', 'runtimes']), 10);
    expect(ids(ranked)).toEqual(['edge-ai']);
    expect(ranked[0].coveredSkills).toEqual(['runtimes']);
  });

  it("compares a curated tool by O*NET's class in the AREA block: the role heavy in that kind of tool comes first", () => {
    // python is a curated skill (its own area) that O*NET files under object-oriented development software.
    const python = tool('python', 'python', { onetClassId: 'oo-dev' });
    const developer = role('developer', [python, tool('cpp'), ...['java', 'go', 'ruby', 'scala'].map((t) => tool(t, 'oo-dev')), tool('git', 'vcs')]);
    const teacher = role('teacher', [python, tool('cpp'), tool('lms', 'learning'), tool('slides', 'office')]);
    const catalogue = [developer, teacher, ...fillers(10)];
    const areaOnly = { ...SIMILARITY_WEIGHTS, rated: 0, leaf: 0, area: 1 };
    const person = [
      { skill: 'python', area: 'python', onetClassId: 'oo-dev' },
      { skill: 'cpp', area: 'cpp' },
    ];
    expect(ids(rankRecommendations(buildSimilarityModel(catalogue, areaOnly), person, 2))).toEqual(['developer', 'teacher']);
    // Without O*NET's class, python is a kind of its own, which the teacher's short list weighs more.
    const unclassified = catalogue.map((r) => ({ ...r, requirements: r.requirements.map(({ onetClassId: _c, ...q }) => q) }));
    const bare = person.map(({ onetClassId: _c, ...n }) => n);
    expect(ids(rankRecommendations(buildSimilarityModel(unclassified, areaOnly), bare, 2))).toEqual(['teacher', 'developer']);
  });

  it('never lists a role that shares only an area, not a requirement', () => {
    expect(rankRecommendations(model, named(['word', 'office-suites']), 10)).toEqual([]);
  });

  it('matches a plain re-implementation of the documented formula on generated roles', () => {
    const random = seededRandom(11);
    const skills = Array.from({ length: 30 }, (_, i) => `s${i}`);
    const areaOf = (skill: string) => `area-${Number(skill.slice(1)) % 5}`;
    const evidence: RoleEvidence[] = Array.from({ length: 50 }, (_, i) => {
      const chosen = new Map<string, RequirementEvidence>();
      const size = 2 + Math.floor(random() * 8);
      while (chosen.size < size) {
        const skill = pick(random, skills);
        const n = Number(skill.slice(1));
        chosen.set(
          skill,
          n < 10
            ? rated(skill, 3 + Math.round(random() * 20) / 10)
            : n >= 25
              ? tool(skill, skill, { onetClassId: areaOf(skill) }) // a curated tool filed by O*NET under a class
              : tool(skill, areaOf(skill), { isHotTechnology: random() < 0.3 }),
        );
      }
      return role(`r${i}`, [...chosen.values()]);
    });
    const generated = buildSimilarityModel(evidence);
    for (const named of [
      ['s12', 's20'],
      ['s3', 's15', 's27'],
      ['s1', 's2'],
      ['s26', 's28'],
    ]) {
      const input = named.map((skill) => {
        const n = Number(skill.slice(1));
        return n < 10 ? { skill, area: skill } : n >= 25 ? { skill, area: skill, onetClassId: areaOf(skill) } : { skill, area: areaOf(skill) };
      });
      const expected = plainRecommend(evidence, input).slice(0, 10);
      const actual = rankRecommendations(generated, input, 10);
      expect(ids(actual)).toEqual(ids(expected));
      actual.forEach((row, i) => {
        expect(row.score).toBeCloseTo(expected[i].score, 10);
        expect(row.coverage).toBeCloseTo(expected[i].coverage, 10);
        expect([...row.coveredSkills].sort()).toEqual([...expected[i].covered].sort());
      });
    }
  });

  it('keeps to the candidate roles when given', () => {
    expect(ids(rankRecommendations(model, named(['cpp']), 10, new Set(['edge-ai'])))).toEqual(['edge-ai']);
  });
});
