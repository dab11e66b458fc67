// The links from the O*NET occupations into the curated ladder: nearest occupations and the ladder's entry points.
import { describe, expect, it } from 'vitest';
import { mapCuratedLinks, type CuratedRole } from '../../src/import/onet/curated-links.js';
import { mapRelease } from '../../src/import/onet/mapping.js';
import { DEFAULT_MAPPING, onetFixtureRelease } from '../support/onet-fixture-release.js';

describe('mapCuratedLinks', () => {
  const graph = mapRelease(onetFixtureRelease(), DEFAULT_MAPPING);
  const role = (id: string, socCode: string, hasCuratedIncoming: boolean, experienceMinYears: number | null = null): CuratedRole => ({
    id,
    socCode,
    hasCuratedIncoming,
    experienceMinYears,
  });

  it('links every curated role to its occupation, and enters only the entry points of the ladder from it', () => {
    const links = mapCuratedLinks(
      [
        role('embedded-software-engineer', '15-1252.00', false, 0),
        role('edge-ai-engineer', '15-1252.00', true, 2),
        role('ml-engineer', '15-2051.00', false),
      ],
      graph,
      '29.3',
    );
    expect(links.nearestOccupations.map((l) => [l.from, l.to])).toEqual([
      ['embedded-software-engineer', 'onet-15-1252-00'],
      ['edge-ai-engineer', 'onet-15-1252-00'],
    ]);
    expect(links.nearestOccupations[0].props.source).toBe('derived');
    expect(links.specializations).toHaveLength(1);
    expect(links.specializations[0]).toMatchObject({
      from: 'onet-15-1252-00',
      to: 'embedded-software-engineer',
      // Application Builders have no training ratings: the job zone 4 average, 10.5 months.
      props: { kind: 'SPECIALIZATION', monthsTypical: 11, monthsMin: 6, monthsMax: 17, source: 'derived' },
    });
    expect(links.unmatched).toEqual(['ml-engineer']);
  });
});
