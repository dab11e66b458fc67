// Pure modules, no database: route totals, ranking scores, token counting, curator input rules (search text: name-matching.test.ts).
import { describe, expect, it } from 'vitest';
import { assembleRoute, consecutivePairs, pairKey, type StepDetail } from '../../src/data/route-assembly.js';
import { coverageOf } from '../../src/domain/next-roles.js';
import { jaccard } from '../../src/data/analytics.js';
import { countTokens } from '../../src/graphql/limits.js';
import { checkMonths, checkSlug, checkTransitionEnds, presentFields } from '../../src/data/curation-rules.js';
import { decodeCursor, encodeCursor } from '../../src/data/pagination.js';
import { loadConfig } from '../../src/config.js';
import { isDomainError } from '../../src/domain/errors.js';
import { UNKNOWN_TRANSITION_MONTHS } from '../../src/domain/months.js';
import { toGraphQLError } from '../../src/graphql/errors.js';

const step = (fromId: string, toId: string, typical: number | null, learn: number): StepDetail => ({
  fromId,
  toId,
  months: { typical, min: typical === null ? null : typical - 1, max: typical === null ? null : typical + 1 },
  kind: 'LATERAL',
  keyArtifacts: [],
  source: 'derived',
  skillsToLearn: (grain) =>
    grain === 'AREA' ? Array.from({ length: learn }, (_, i) => ({ id: `s${i}`, name: `S${i}`, category: 'X', source: 'derived' as const })) : [],
  focusSkills: [],
  helps: () => ({ certifications: [], courses: [] }),
});

describe('route assembly', () => {
  it('sums months and skill areas to learn over the steps of a route', () => {
    const details = new Map([
      [pairKey('a', 'b'), step('a', 'b', 6, 3)],
      [pairKey('b', 'c'), step('b', 'c', 42, 2)],
    ]);
    expect(assembleRoute(['a', 'b', 'c'], details)).toMatchObject({
      totalSteps: 2,
      totalMonths: { typical: 48, min: 46, max: 50 },
      totalSkillsToLearn: 5,
    });
  });

  it('counts a step of unknown months as a year in the totals, as the ranking does, and leaves the step unknown', () => {
    const details = new Map([
      [pairKey('a', 'b'), step('a', 'b', 6, 0)],
      [pairKey('b', 'c'), step('b', 'c', null, 0)],
    ]);
    const route = assembleRoute(['a', 'b', 'c'], details);
    expect(UNKNOWN_TRANSITION_MONTHS).toBe(12);
    expect(route.totalMonths).toEqual({ typical: 6 + 12, min: 5 + 12, max: 7 + 12 });
    expect(route.steps[1].months).toEqual({ typical: null, min: null, max: null });
  });

  it('fetches each transition once across several routes', () => {
    expect(
      consecutivePairs([
        ['a', 'b', 'c'],
        ['a', 'b', 'd'],
      ]),
    ).toEqual([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'b', to: 'd' },
    ]);
  });
});

describe('scores', () => {
  it('counts a role with no required skills as fully covered, and Jaccard of empty sets as 0', () => {
    expect(coverageOf(0, 0)).toBe(1);
    expect(coverageOf(4, 1)).toBe(0.75);
    expect(jaccard(0, 0)).toBe(0);
    expect(jaccard(2, 8)).toBe(0.25);
  });
});

describe('token counting', () => {
  it('counts lexical tokens and stops just past the limit', () => {
    expect(countTokens('{ role(id: "x") { id } }', 100)).toBe(11);
    expect(countTokens('{ a b c d e f }', 3)).toBe(4);
    expect(countTokens('{ "unterminated', 100)).toBeLessThan(100);
  });
});

describe('curator input rules', () => {
  const codeOf = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      // The rules throw domain errors; the API maps them to codes in one place.
      if (!isDomainError(error)) throw error;
      const coded = toGraphQLError(error);
      return [coded.extensions.code, coded.message];
    }
    return null;
  };

  it('accepts slugs and refuses anything else, naming the field', () => {
    expect(codeOf(() => checkSlug('id', 'edge-ai-engineer'))).toBeNull();
    for (const bad of ['Edge', 'a--b', '-a', 'a b', 'é', '']) expect(codeOf(() => checkSlug('id', bad))?.[0]).toBe('BAD_USER_INPUT');
  });

  it('wants months ordered and within 0-240', () => {
    expect(codeOf(() => checkMonths({ monthsMin: 1, monthsTypical: 2, monthsMax: 3 }))).toBeNull();
    expect(codeOf(() => checkMonths({ monthsMin: 3, monthsTypical: 2, monthsMax: 3 }))?.[1]).toBe('monthsMin: must be <= monthsTypical (got 3 > 2)');
    expect(codeOf(() => checkMonths({ monthsMin: 1, monthsTypical: 2, monthsMax: 300 }))?.[1]).toBe('monthsMax: must be from 0 to 240 (got 300)');
    expect(codeOf(() => checkMonths({ monthsMin: Number.NaN, monthsTypical: 2, monthsMax: 3 }))?.[0]).toBe('BAD_USER_INPUT');
  });

  it('refuses a transition from a role to itself', () => {
    expect(codeOf(() => checkTransitionEnds('a', 'a'))?.[1]).toMatch(/^to: must differ/);
  });

  it('keeps only the fields present in an input: left out is unchanged, null removes', () => {
    expect(
      presentFields({ title: 'x', description: null } as { title: string; description: string | null; aliases?: string[] }, [
        'title',
        'description',
        'aliases',
      ]),
    ).toEqual({
      title: 'x',
      description: null,
    });
  });
});

describe('cursors and configuration', () => {
  it('round-trips cursors and refuses foreign ones', () => {
    expect(decodeCursor(encodeCursor('edge-ai-engineer'))).toBe('edge-ai-engineer');
    expect(() => decodeCursor('bm9wZQ')).toThrow(/after: is not a cursor this API issued/);
  });

  it('opens development and closes production by default', () => {
    const dev = loadConfig({});
    expect([dev.introspection, dev.graphiql, dev.corsOrigins]).toEqual([true, true, ['*']]);
    const prod = loadConfig({ NODE_ENV: 'production' });
    expect([prod.introspection, prod.graphiql, prod.corsOrigins]).toEqual([false, false, []]);
    expect(loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET: must be at least 32 characters/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI: must be a neo4j:\/\/ or bolt:\/\/ URI/);
  });
});
