// The in-API route search (the port of career.routes) on small hand-made graphs: costs, the unknown-months rule,
// parallel transitions, skill areas and known skills, avoided roles, the order of equal-cost routes, the time limit.
import { describe, expect, it } from 'vitest';
import { UNKNOWN_TRANSITION_MONTHS } from '../../src/domain/months.js';
import { buildTransitionGraph, type ProjectionRow } from '../../src/data/route-projection.js';
import { RouteSearchTimeout, searchRoutes, type RouteSearchQuery } from '../../src/data/route-search.js';

// a -> b -> d and a -> c -> d, both 10 months; a -> d directly 30 (and a parallel 25); c -> e unknown months.
const ROWS: ProjectionRow[] = [
  {
    id: 'a',
    transitions: [
      ['b', 4],
      ['c', 5],
      ['d', 30],
      ['d', 25],
    ],
    areas: ['x'],
  },
  { id: 'b', transitions: [['d', 6]], areas: ['x', 'y', 'y'] },
  {
    id: 'c',
    transitions: [
      ['d', 5],
      ['e', null],
    ],
    areas: ['z'],
  },
  { id: 'd', transitions: [['a', 1]], areas: ['x', 'y', 'z', 'w'] },
  { id: 'e', transitions: [], areas: [] },
];
const graph = buildTransitionGraph(ROWS);

const query = (overrides: Partial<RouteSearchQuery>): RouteSearchQuery => ({
  from: 'a',
  to: 'd',
  optimize: 'MONTHS',
  first: 5,
  maxSteps: 6,
  avoid: [],
  knownSkills: [],
  ...overrides,
});
const routes = (overrides: Partial<RouteSearchQuery>) => searchRoutes(graph, query(overrides)).map((r) => [r.roleIds.join('>'), r.cost]);

describe('searchRoutes', () => {
  it('ranks by total months, keeps the cheapest of parallel transitions, and breaks ties by role ids', () => {
    expect(routes({})).toEqual([
      ['a>b>d', 10],
      ['a>c>d', 10],
      ['a>d', 25],
    ]);
  });

  it('puts fewer steps first among equal costs', () => {
    const rows: ProjectionRow[] = [
      {
        id: 'a',
        transitions: [
          ['m', 1],
          ['z', 2],
        ],
        areas: [],
      },
      { id: 'm', transitions: [['z', 1]], areas: [] },
      { id: 'z', transitions: [], areas: [] },
    ];
    expect(searchRoutes(buildTransitionGraph(rows), query({ to: 'z' })).map((r) => r.roleIds.join('>'))).toEqual(['a>z', 'a>m>z']);
  });

  it(`counts a transition with unknown months as ${UNKNOWN_TRANSITION_MONTHS}`, () => {
    expect(routes({ to: 'e' })).toEqual([['a>c>e', 5 + UNKNOWN_TRANSITION_MONTHS]]);
  });

  it('counts skill areas to learn, each once, less the areas the person has', () => {
    // a -> d: d needs x, y, z, w and a has x: 3. a -> b -> d: y, then z and w: 3. a -> c -> d: z, then x, y and w: 4.
    expect(routes({ optimize: 'SKILLS_TO_LEARN' })).toEqual([
      ['a>d', 3],
      ['a>b>d', 3],
      ['a>c>d', 4],
    ]);
    // knowing y and w: a -> d: z; a -> b -> d: nothing, then z; a -> c -> d: z, then x.
    expect(routes({ optimize: 'SKILLS_TO_LEARN', knownSkills: ['y', 'w'] })).toEqual([
      ['a>d', 1],
      ['a>b>d', 1],
      ['a>c>d', 2],
    ]);
  });

  it('honours first, maxSteps and avoid, and finds nothing for the same role or an unknown one', () => {
    expect(routes({ first: 1 })).toEqual([['a>b>d', 10]]);
    expect(routes({ maxSteps: 1 })).toEqual([['a>d', 25]]);
    expect(routes({ avoid: ['b'] })).toEqual([
      ['a>c>d', 10],
      ['a>d', 25],
    ]);
    expect(routes({ avoid: ['d'] })).toEqual([]);
    expect(routes({ to: 'a' })).toEqual([]);
    expect(routes({ to: 'nowhere' })).toEqual([]);
    expect(routes({ from: 'd', to: 'b' })).toEqual([['d>a>b', 5]]);
  });

  it('stops with RouteSearchTimeout once the deadline has passed', () => {
    expect(() => searchRoutes(graph, query({}), Date.now() - 1)).toThrow(RouteSearchTimeout);
  });
});
