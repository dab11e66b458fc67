// Ranking rules behind the answers, no database: skill areas and gaps, the order of skills to learn, next-role
// intent, and ladder promotions that depend on the experience a person arrives with.
import { describe, expect, it } from 'vitest';
import { isLevelGap, orderSkillsToLearn } from '../../src/domain/skill-areas.js';
import { directionOf, isPromotion, nextRoleScore, rankNextRoles, type NextRoleCandidate } from '../../src/domain/next-roles.js';
import { promotionMonths } from '../../src/domain/promotion-months.js';
import type { TransitionKind } from '../../src/domain/transitions.js';
import { assembleRoute, monthsFromExperience, pairKey, type StepDetail } from '../../src/data/route-assembly.js';
import { requirementsAtGrain, skillIdsAtGrain, skillsToLearn, type KnownSkillRow, type RequirementRow } from '../../src/data/skill-grain.js';
import type { SkillRecord } from '../../src/data/records.js';

const skill = (id: string, areaId?: string): SkillRecord => ({ id, name: id.toUpperCase(), category: 'X', source: 'stated', areaId: areaId ?? null });
const areaOf = (id: string) => skill(id);

/** A requirement on `id`; `area` when the skill is part of one, `parts` when it is an area required directly. */
function req(id: string, options: Partial<RequirementRow> & { areaId?: string; partIds?: string[] } = {}): RequirementRow {
  const { areaId, partIds, ...rest } = options;
  return {
    skill: skill(id, areaId),
    area: areaId ? areaOf(areaId) : null,
    parts: (partIds ?? []).map((p) => skill(p, id)),
    importance: 'REQUIRED',
    source: 'stated',
    ...rest,
  };
}
const known = (id: string, areaId?: string, partIds: string[] = []): KnownSkillRow => ({
  skill: skill(id, areaId),
  area: areaId ? areaOf(areaId) : null,
  parts: partIds.map((p) => skill(p, id)),
});

describe('skills at a grain', () => {
  it('rolls parts up to their area once, with the strongest importance and level among them', () => {
    const rows = [
      req('python', { areaId: 'oo-software', importance: 'DIFFERENTIATING', isHotTechnology: true }),
      req('java', { areaId: 'oo-software', importance: 'DIFFERENTIATING', level: 3 }),
      req('mathematics', { importanceScore: 4, level: 5 }),
    ];
    const areas = requirementsAtGrain(rows, 'AREA');
    expect(areas.map((r) => r.skill.id)).toEqual(['mathematics', 'oo-software']);
    expect(areas[1]).toMatchObject({ importance: 'DIFFERENTIATING', isHotTechnology: true, level: 3, isStored: false, detail: null });
  });

  it('lists an area required directly as its parts at SKILL grain, and keeps a skill without parts as itself', () => {
    const rows = [req('profiling-tools', { partIds: ['nsight', 'instruments'], position: 0 }), req('cross-compilation', { position: 1 })];
    expect(requirementsAtGrain(rows, 'SKILL').map((r) => r.skill.id)).toEqual(['instruments', 'nsight', 'cross-compilation']);
    expect(requirementsAtGrain(rows, 'AREA').map((r) => r.skill.id)).toEqual(['profiling-tools', 'cross-compilation']);
  });

  it('counts a known part as having its area, and a known area as having all its parts', () => {
    const rows = [known('nsight', 'profiling-tools'), known('ota', undefined, ['ab-partitions'])];
    expect([...skillIdsAtGrain(rows, 'AREA')].sort()).toEqual(['ota', 'profiling-tools']);
    expect([...skillIdsAtGrain(rows, 'SKILL')].sort()).toEqual(['ab-partitions', 'nsight', 'ota']);
  });
});

describe('skills to learn', () => {
  const target = [
    req('ota', { position: 0 }),
    req('model-compression', { position: 1, partIds: ['quantization-theory'] }),
    req('runtimes', { position: 2 }),
    req('fpga', { position: 3, importance: 'DIFFERENTIATING' }),
    req('mathematics', { importanceScore: 4.5, level: 5.2 }),
    req('writing', { importanceScore: 3.5, level: 4.1 }),
  ];
  const source = [req('runtimes'), req('mathematics', { importanceScore: 4, level: 3.1 }), req('writing', { importanceScore: 3.5, level: 3.6 })];

  it('puts the stated gap first, then REQUIRED before DIFFERENTIATING, then importance, then the source order; never alphabetical', () => {
    const gaps = skillsToLearn({
      from: source,
      to: target,
      known: [],
      focus: [known('quantization-theory', 'model-compression')],
      grain: 'AREA',
      importances: ['REQUIRED', 'DIFFERENTIATING'],
      includeLevelGaps: true,
    });
    expect(gaps.map((g) => g.skill.id)).toEqual(['model-compression', 'mathematics', 'ota', 'fpga']);
    expect(gaps[0].isFocus).toBe(true);
  });

  it('counts a skill both roles need as a gap only when the target needs at least one level point more', () => {
    const gaps = skillsToLearn({ from: source, to: target, known: [], focus: [], grain: 'AREA', importances: ['REQUIRED'], includeLevelGaps: true });
    expect(gaps.find((g) => g.skill.id === 'mathematics')).toMatchObject({ fromLevel: 3.1, toLevel: 5.2 });
    expect(gaps.map((g) => g.skill.id)).not.toContain('writing');
    expect(isLevelGap(3.6, 4.1)).toBe(false);
    expect(isLevelGap(3, 4)).toBe(true);
    expect(isLevelGap(null, 5)).toBe(false);
  });

  it('leaves out what the person already knows, at either grain', () => {
    const gaps = skillsToLearn({
      from: [],
      to: target,
      known: [known('quantization-theory', 'model-compression')],
      focus: [],
      grain: 'AREA',
      importances: ['REQUIRED'],
      includeLevelGaps: false,
    });
    expect(gaps.map((g) => g.skill.id)).not.toContain('model-compression');
  });

  it('orders hot and in-demand technologies before others of the same importance', () => {
    const ordered = orderSkillsToLearn([
      { name: 'Alteryx', importance: 'DIFFERENTIATING' as const },
      { name: 'Python', importance: 'DIFFERENTIATING' as const, isHotTechnology: true, isInDemand: true },
      { name: 'Excel', importance: 'DIFFERENTIATING' as const, isHotTechnology: true },
    ]);
    expect(ordered.map((s) => s.name)).toEqual(['Python', 'Excel', 'Alteryx']);
  });
});

describe('next roles', () => {
  const candidate = (roleId: string, over: Partial<NextRoleCandidate> = {}): NextRoleCandidate => ({
    roleId,
    kinds: ['CAREER_CHANGE'],
    months: 12,
    startZone: 3,
    targetZone: 3,
    startPayUsd: null,
    targetPayUsd: null,
    coverage: 0.5,
    ...over,
  });

  it('calls a lower job zone or lower pay DOWN, a higher zone or a promotion UP, and the rest LEVEL', () => {
    expect(directionOf(candidate('a', { targetZone: 2 }))).toBe('DOWN');
    expect(directionOf(candidate('a', { startPayUsd: 100, targetPayUsd: 90 }))).toBe('DOWN');
    expect(directionOf(candidate('a', { targetZone: 4 }))).toBe('UP');
    expect(directionOf(candidate('a', { kinds: ['PROMOTION'], startZone: null, targetZone: null }))).toBe('UP');
    expect(directionOf(candidate('a', { kinds: ['PROMOTION'], targetZone: 2 }))).toBe('DOWN');
    expect(directionOf(candidate('a', { startZone: null }))).toBe('LEVEL');
    expect(isPromotion({ kinds: ['CAREER_CHANGE', 'PROMOTION'] })).toBe(false);
  });

  it('scores 0.5 x coverage + 0.3 x speed + 0.2 x advancement over a five-year horizon', () => {
    expect(nextRoleScore(1, 0, 'UP')).toBe(1);
    expect(nextRoleScore(0, 60, 'DOWN')).toBe(0);
    expect(nextRoleScore(0.5, 30, 'LEVEL')).toBeCloseTo(0.25 + 0.15 + 0.1, 10);
    expect(nextRoleScore(0.5, 600, 'LEVEL')).toBeCloseTo(0.35, 10);
  });

  it('never puts a step down first under ADVANCE, and puts promotions first', () => {
    const candidates = [
      candidate('down-but-easy', { targetZone: 2, coverage: 1, months: 1 }),
      candidate('level', { coverage: 0.5, months: 12 }),
      candidate('promotion', { kinds: ['PROMOTION'], targetZone: 4, coverage: 0.2, months: 40 }),
    ];
    expect(rankNextRoles(candidates, 'ADVANCE').map((r) => r.candidate.roleId)).toEqual(['promotion', 'level']);
    expect(rankNextRoles(candidates, 'LATERAL').map((r) => r.candidate.roleId)).toEqual(['level']);
    expect(rankNextRoles(candidates, 'ANY')[0].candidate.roleId).toBe('down-but-easy');
  });
});

describe('ladder promotions from where the person stands', () => {
  const edge = { minYears: 2, maxYears: 6 };
  const senior = { minYears: 5, maxYears: 9 };

  it('keeps the page figures for entry at the rung floor and shortens them for more experience', () => {
    expect(promotionMonths(edge, senior)).toEqual({ monthsMin: 36, monthsMax: 48, monthsTypical: 42 });
    expect(promotionMonths(edge, senior, 3.5)).toEqual({ monthsMin: 18, monthsMax: 30, monthsTypical: 24 });
    expect(promotionMonths(edge, senior, 7)).toEqual({ monthsMin: 0, monthsMax: 0, monthsTypical: 0 });
  });

  it('counts the experience gained on earlier steps of a route', () => {
    const role = (id: string, min: number, max: number) => ({
      id,
      title: id,
      source: 'stated' as const,
      experienceMinYears: min,
      experienceMaxYears: max,
    });
    const step = (
      from: ReturnType<typeof role>,
      to: ReturnType<typeof role>,
      kind: TransitionKind,
      source: 'stated' | 'derived',
      typical: number,
    ): StepDetail => ({
      fromId: from.id,
      toId: to.id,
      from,
      to,
      months: { typical, min: typical, max: typical },
      kind,
      keyArtifacts: [],
      source,
      skillsToLearn: () => [],
      focusSkills: [],
      helps: () => ({ certifications: [], courses: [] }),
    });
    const embedded = role('embedded', 0, 3);
    const edgeRole = role('edge', 2, 6);
    const seniorRole = role('senior', 5, 9);
    const details = new Map([
      [pairKey('embedded', 'edge'), step(embedded, edgeRole, 'CAREER_CHANGE', 'stated', 6)],
      [pairKey('edge', 'senior'), step(edgeRole, seniorRole, 'PROMOTION', 'derived', 42)],
    ]);
    const route = assembleRoute(['embedded', 'edge', 'senior'], details, 3);
    expect(route.steps.map((s) => s.months.typical)).toEqual([6, 24]);
    expect(route.totalMonths).toEqual({ typical: 30, min: 24, max: 36 });
    expect(assembleRoute(['embedded', 'edge', 'senior'], details).totalMonths.typical).toBe(48);
    // A stated promotion keeps its stated months: only the ladder rule depends on experience.
    expect(monthsFromExperience(step(edgeRole, seniorRole, 'PROMOTION', 'stated', 42), 4).typical).toBe(42);
  });
});
