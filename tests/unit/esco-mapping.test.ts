// The ESCO import's pure rules: validation of the release (file, line, field), readable ids, the skill hierarchy
// as areas, crosswalk links and inherited job zones, and the transition rule.
import { readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EscoValidationError } from '../../src/import/esco/csv.js';
import { EscoFolderError } from '../../src/import/esco/files.js';
import { loadEscoRelease } from '../../src/import/esco/import.js';
import { mapEscoRelease } from '../../src/import/esco/mapping.js';
import { readableIds } from '../../src/import/esco/readable-ids.js';
import { parseEscoCliOptions, UsageError } from '../../src/import/esco/options.js';
import { deriveEquivalentMove, deriveSimilarTransition, inheritedJobZone, isWithinJobZoneReach } from '../../src/import/esco/transition-rule.js';
import { writeEscoFixture } from '../support/esco-fixture.js';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

async function fixture(options: Parameters<typeof writeEscoFixture>[0] = {}) {
  const written = await writeEscoFixture(options);
  roots.push(written.root);
  return written;
}

async function problemsOf(options: Parameters<typeof writeEscoFixture>[0]): Promise<readonly string[]> {
  const { releaseFolder } = await fixture(options);
  const error = await loadEscoRelease(releaseFolder).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(EscoValidationError);
  return (error as EscoValidationError).problems;
}

describe('validating a release', () => {
  it('names every missing file at once', async () => {
    const { releaseFolder } = await fixture();
    await unlink(join(releaseFolder, 'skills_en.csv'));
    await unlink(join(releaseFolder, 'ISCOGroups_en.csv'));
    await expect(loadEscoRelease(releaseFolder)).rejects.toThrow(
      new EscoFolderError(`${releaseFolder} is not a complete ESCO release (CSV, English): missing "ISCOGroups_en.csv", "skills_en.csv"`),
    );
  });

  it('reports bad values with file, line and field, across files, after reading them all', async () => {
    const problems = await problemsOf({
      edit: {
        // The fifth occupation starts on line 19: the four before it span 17 lines (labels one a line).
        'occupations_en.csv': (text) => text.replace(',2152,', ',21X2,'),
        'skills_en.csv': (text) => text.replace(',knowledge,sector-specific,C++,', ',knowledge,everywhere,C++,'),
        'esco_onet_crosswalk_MCC.csv': (text) => text.replace('17-9101.00', '17-9101'),
      },
    });
    expect(problems).toEqual([
      'occupations_en.csv:19: column "iscoGroup": "21X2" is not a four-digit ISCO-08 unit group',
      'skills_en.csv:5: column "reuseLevel": "everywhere" is not one of "transversal", "cross-sector", "sector-specific", "occupation-specific"',
      'esco_onet_crosswalk_MCC.csv:4: column "onet_code": "17-9101" is not an O*NET-SOC code like 15-1252.00',
    ]);
  });

  it('rejects a concept URI that appears twice', async () => {
    const { releaseFolder } = await fixture();
    const file = join(releaseFolder, 'skills_en.csv');
    const text = await readFile(file, 'utf8');
    const records = text.split('\r\n');
    await writeFile(file, [...records.slice(0, -1), records[1], ''].join('\r\n'));
    const error = (await loadEscoRelease(releaseFolder).catch((e: unknown) => e)) as EscoValidationError;
    expect(error.problems).toEqual([
      expect.stringMatching(
        /^skills_en\.csv:\d+: column "conceptUri": http:\/\/data\.europa\.eu\/esco\/skill\/s0+1-.* appears twice in skills_en\.csv$/,
      ),
    ]);
  });

  it('counts and skips a relation to an occupation the release lacks; no crosswalks folder means no crosswalk', async () => {
    const { releaseFolder } = await fixture({ withoutCrosswalks: true });
    const release = await loadEscoRelease(releaseFolder);
    expect(release.dangling.relations).toBe(1);
    expect(release.relations).toHaveLength(26);
    expect(release.crosswalk).toBeNull();
    await expect(loadEscoRelease(releaseFolder, { crosswalkFolder: join(releaseFolder, 'nowhere') })).rejects.toThrow(EscoFolderError);
  });
});

describe('mapping', () => {
  it('gives readable ids, telling colliding labels apart by code, then by UUID, whichever order they come in', () => {
    const items = [
      { uri: 'http://data.europa.eu/esco/occupation/aaaa1111-x', label: 'C++ developer', code: '2512.2' },
      { uri: 'http://data.europa.eu/esco/occupation/bbbb2222-x', label: 'Data Analyst', code: '2511.1' },
      { uri: 'http://data.europa.eu/esco/occupation/cccc3333-x', label: 'data analyst!', code: '2511.2' },
      { uri: 'http://data.europa.eu/esco/skill/dddd4444-x', label: 'Café & bar', code: null },
      { uri: 'http://data.europa.eu/esco/skill/eeee5555-x', label: 'cafe and bar', code: null },
    ];
    const expected = new Map([
      [items[0].uri, 'esco-cpp-developer'],
      [items[1].uri, 'esco-data-analyst-2511-1'],
      [items[2].uri, 'esco-data-analyst-2511-2'],
      [items[3].uri, 'esco-cafe-and-bar-dddd4444'],
      [items[4].uri, 'esco-cafe-and-bar-eeee5555'],
    ]);
    expect(readableIds(items, 'esco-')).toEqual(expected);
    expect(readableIds([...items].reverse(), 'esco-')).toEqual(expected);
  });

  it('links only to O*NET occupations in the graph, every target of a split code, and inherits their job zone', async () => {
    const { releaseFolder } = await fixture({
      edit: { 'esco_onet_crosswalk_MCC.csv': (text) => text.replace(',17-9101.00,', ',15-1199.00,') },
    });
    const release = await loadEscoRelease(releaseFolder);
    const graph = mapEscoRelease(release, {
      skills: [],
      onetOccupations: [
        { id: 'onet-15-1252-00', socCode: '15-1252.00', jobZone: 4 },
        { id: 'onet-15-9101-00', socCode: '15-9101.00', jobZone: 3 },
        { id: 'onet-17-9102-00', socCode: '17-9102.00', jobZone: 3 },
      ],
    });
    expect(graph.nearestOccupations.map((l) => `${l.from}>${l.to}`)).toEqual([
      'esco-embedded-software-developer>onet-15-1252-00',
      'esco-software-developer>onet-15-1252-00',
      'esco-electronics-engineer>onet-15-9101-00',
      'esco-electronics-engineer>onet-17-9102-00',
    ]);
    expect(graph.stats.crosswalkCodesUnknown).toBe(1);
    expect(graph.roles.find((r) => r.id === 'esco-electronics-engineer')!.props.jobZone).toBe(3);
    expect(graph.roles.find((r) => r.id === 'esco-filing-clerk')!.props.jobZone).toBeNull();
  });
});

describe('the rules', () => {
  it('inherits the job zone of the most confident link; on a tie the most common, then the lower', () => {
    expect(inheritedJobZone([])).toBeNull();
    expect(
      inheritedJobZone([
        { confidence: 0.5, jobZone: 2 },
        { confidence: 1, jobZone: 4 },
      ]),
    ).toBe(4);
    expect(
      inheritedJobZone([
        { confidence: 1, jobZone: 4 },
        { confidence: 1, jobZone: 3 },
      ]),
    ).toBe(3);
    expect(
      inheritedJobZone([
        { confidence: 1, jobZone: 4 },
        { confidence: 1, jobZone: 4 },
        { confidence: 1, jobZone: 3 },
      ]),
    ).toBe(4);
    expect(
      inheritedJobZone([
        { confidence: 2, jobZone: null },
        { confidence: 1, jobZone: 5 },
      ]),
    ).toBe(5);
  });

  it('keeps moves within one job zone where both are known', () => {
    expect(isWithinJobZoneReach(2, 3)).toBe(true);
    expect(isWithinJobZoneReach(4, 2)).toBe(false);
    expect(isWithinJobZoneReach(null, 5)).toBe(true);
  });

  it('makes a move up in one ISCO major group a PROMOTION, a highly similar level move LATERAL, the rest CAREER_CHANGE', () => {
    const move = { similarity: 0.5, sourceJobZone: 3, targetJobZone: 4, isSameMajorGroup: true };
    expect(deriveSimilarTransition(move)).toEqual({ kind: 'PROMOTION', jobZoneSteps: 1, monthsTypical: 18, monthsMin: 9, monthsMax: 27 });
    expect(deriveSimilarTransition({ ...move, isSameMajorGroup: false }).kind).toBe('CAREER_CHANGE');
    expect(deriveSimilarTransition({ ...move, targetJobZone: 3 })).toEqual({
      kind: 'LATERAL',
      jobZoneSteps: 0,
      monthsTypical: 12,
      monthsMin: 6,
      monthsMax: 18,
    });
    expect(deriveSimilarTransition({ ...move, similarity: 0.35, targetJobZone: null }).kind).toBe('CAREER_CHANGE');
    expect(deriveSimilarTransition({ ...move, similarity: 1, targetJobZone: 2 })).toMatchObject({ kind: 'LATERAL', monthsTypical: 0 });
  });

  it('takes 0-3 months into the matching O*NET occupation, 1-6 on a loose match', () => {
    expect(deriveEquivalentMove(2)).toEqual({ kind: 'LATERAL', monthsTypical: 1, monthsMin: 0, monthsMax: 3 });
    expect(deriveEquivalentMove(0.5)).toEqual({ kind: 'LATERAL', monthsTypical: 3, monthsMin: 1, monthsMax: 6 });
  });
});

describe('the command line', () => {
  it('takes one folder, the crosswalks folder and the similarity rule, and names what is wrong', () => {
    expect(parseEscoCliOptions(['../esco-1.1.1', '--crosswalks', '/x', '--threshold=0.35', '--max-transitions', '10'])).toEqual({
      folder: '../esco-1.1.1',
      crosswalkFolder: '/x',
      threshold: 0.35,
      maxTransitions: 10,
      batchSize: 2500,
    });
    expect(() => parseEscoCliOptions([])).toThrow(new UsageError('expected one ESCO release folder, got 0'));
    expect(() => parseEscoCliOptions(['a', '--threshold', '1.5'])).toThrow(new UsageError('--threshold must be a number from 0 to 1, got "1.5"'));
    expect(() => parseEscoCliOptions(['a', '--top', '3'])).toThrow(new UsageError('unknown option --top'));
  });
});
