// Routes over the imported synthetic O*NET fixture, through the API: from an occupation into the curated ladder, and
// the release among the sources with its attribution.
import { beforeAll, describe, expect, it } from 'vitest';
import { importOnet } from '../../src/import/onet/import.js';
import { api, fixtureCopy, useApiWithoutOnet } from '../support/onet-import.js';

useApiWithoutOnet();

beforeAll(async () => {
  await importOnet(api.database, await fixtureCopy());
});

describe('over HTTP', () => {
  it('careerPath runs from Circuit Designers through Embedded Software Engineer to Senior Edge AI Engineer', async () => {
    const { data, errors } = await api.query(`{
      careerPath(from: "onet-17-9101-00", to: "senior-edge-ai-engineer") {
        totalSteps
        totalMonths { typical min max }
        steps { from { id } to { id } kind months { typical min max } source }
      }
    }`);
    expect(errors).toBeUndefined();
    const route = data!.careerPath;
    expect(route.steps.map((s: any) => [s.from.id, s.to.id, s.kind, s.months.typical])).toEqual([
      ['onet-17-9101-00', 'onet-15-1252-00', 'LATERAL', 7],
      ['onet-15-1252-00', 'embedded-software-engineer', 'SPECIALIZATION', 11],
      ['embedded-software-engineer', 'edge-ai-engineer', 'CAREER_CHANGE', 6],
      ['edge-ai-engineer', 'senior-edge-ai-engineer', 'PROMOTION', 42],
    ]);
    expect(route.totalMonths).toEqual({ typical: 66, min: 50, max: 84 });
    expect(route.steps.map((s: any) => s.source)).toEqual(['derived', 'derived', 'stated', 'derived']);
  });

  it('careerPaths by months ranks the direct move into Application Builders first', async () => {
    const { data, errors } = await api.query(`{
      careerPaths(from: "onet-17-9101-00", to: "senior-edge-ai-engineer", optimize: MONTHS, first: 2) {
        roles { id }
        totalMonths { typical }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.careerPaths.map((r: any) => [r.roles.map((x: any) => x.id), r.totalMonths.typical])).toEqual([
      [['onet-17-9101-00', 'onet-15-1252-00', 'embedded-software-engineer', 'edge-ai-engineer', 'senior-edge-ai-engineer'], 66],
      [['onet-17-9101-00', 'onet-17-9102-00', 'onet-15-1252-00', 'embedded-software-engineer', 'edge-ai-engineer', 'senior-edge-ai-engineer'], 72],
    ]);
  });

  it('lists the O*NET release among the sources, with the attribution and the modification notice it asks for', async () => {
    const { data } = await api.query('{ sources { id name publisher kind license note } }');
    expect(data!.sources).toContainEqual({
      id: 'onet-29-3',
      name: 'O*NET 29.3 Database',
      publisher: 'U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)',
      kind: 'DATASET',
      license: 'CC BY 4.0',
      note:
        'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). ' +
        'Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. ' +
        'Career graph has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
    });
  });
});
