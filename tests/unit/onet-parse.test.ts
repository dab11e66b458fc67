// Reading and validating an O*NET release: both layouts, columns by header name, and problems that name file,
// line and column.
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ONET_FILES, readReleaseFolder, versionFromReadMe, type OnetFileKey, type ReleaseTexts } from '../../src/import/onet/files.js';
import { parseRelease } from '../../src/import/onet/parse.js';
import { OnetValidationError } from '../../src/import/onet/tsv.js';
import { onetFixtureFiles, writeOnetFixture, type FixtureLayout } from '../support/onet-fixture.js';

function fixtureTexts(layout: FixtureLayout = 'text'): ReleaseTexts {
  const files = onetFixtureFiles(layout);
  const texts: ReleaseTexts = {};
  for (const key of Object.keys(ONET_FILES) as OnetFileKey[]) {
    if (files[ONET_FILES[key]] !== undefined) texts[key] = files[ONET_FILES[key]];
  }
  return texts;
}

/** The fixture with one file changed by `edit` (which gets and returns the file's lines). */
function withFile(key: OnetFileKey, edit: (lines: string[]) => string[]): ReleaseTexts {
  const texts = fixtureTexts();
  const lines = texts[key]!.replace(/\n$/, '').split('\n');
  texts[key] = `${edit(lines).join('\n')}\n`;
  return texts;
}

function problemsOf(texts: ReleaseTexts): readonly string[] {
  try {
    parseRelease(texts);
  } catch (error) {
    expect(error).toBeInstanceOf(OnetValidationError);
    return (error as OnetValidationError).problems;
  }
  throw new Error('expected the release to be rejected');
}

const setCell = (line: string, column: number, value: string) => {
  const cells = line.split('\t');
  cells[column] = value;
  return cells.join('\t');
};

describe('parseRelease', () => {
  it('reads the official text layout (no label columns): titles from Occupation Data, element names from Content Model Reference', () => {
    const release = parseRelease(fixtureTexts('text'));
    expect(release.layout).toBe('text');
    expect(release.version).toBe('29.3');
    expect(release.occupations).toHaveLength(8);
    expect(release.occupations[0]).toEqual({
      soc: '15-1252.00',
      title: 'Application Builders',
      description: 'Design and build application software for devices and services.',
    });
    expect(release.elements.get('2.A.1.b')).toEqual({
      id: '2.A.1.b',
      name: 'Systems Debugging',
      description: 'Finding the cause of a fault in a system and fixing it.',
    });
    expect(release.skills).toHaveLength(42);
    expect(release.skills[0]).toEqual({ soc: '15-1252.00', elementId: '2.A.1.a', scale: 'IM', value: 3, isSuppressed: false, isNotRelevant: false });
    expect(release.jobZones.get('17-9201.00')).toBe(3);
    expect(release.jobZones.has('49-9101.00')).toBe(false);
    expect(release.related[6]).toEqual({ soc: '17-9201.00', relatedSoc: '17-9101.00', tier: 'Primary-Short', index: 1 });
    expect(release.alternateTitles.find((t) => t.title === 'Mobile Application Builder (MAB)')).toEqual({
      soc: '15-1252.00',
      title: 'Mobile Application Builder (MAB)',
      shortTitle: 'MAB',
      sourceCount: 2,
    });
    // Education level (RL) and importance (IM) rows of the experience file are skipped: only RW and OJ remain.
    expect(new Set(release.experience.map((r) => r.scale))).toEqual(new Set(['RW', 'OJ']));
    expect(release.experienceCategories.OJ.get(8)).toEqual({ min: 48, max: 120 });
    expect(release.rowCounts['Skills.txt']).toBe(42);
  });

  it('reads the Excel layout (with Title, Related Title, Element Name, Scale Name) into the same records', () => {
    const text = parseRelease(fixtureTexts('text'));
    const excel = parseRelease(fixtureTexts('excel'));
    expect(excel.layout).toBe('excel');
    expect({ ...excel, layout: 'text' }).toEqual(text);
  });

  it('finds columns by header name, whatever their order', () => {
    const reversed = withFile('skills', (lines) => lines.map((line) => line.split('\t').reverse().join('\t')));
    expect(parseRelease(reversed).skills).toEqual(parseRelease(fixtureTexts()).skills);
  });

  it('accepts a byte order mark and CRLF line ends', () => {
    const texts = fixtureTexts();
    texts.relatedOccupations = `\ufeff${texts.relatedOccupations!.replace(/\n/g, '\r\n')}`;
    expect(parseRelease(texts).related).toEqual(parseRelease(fixtureTexts()).related);
  });

  it('takes the version from Read Me.txt, and 29.3 when the folder has none', () => {
    expect(versionFromReadMe('O*NET 30.1 Database\nDecember 2025 Release\n')).toBe('30.1');
    expect(versionFromReadMe(undefined)).toBeNull();
    const texts = fixtureTexts();
    texts.readMe = 'O*NET 30.0 Database\n';
    expect(parseRelease(texts).version).toBe('30.0');
    delete texts.readMe;
    expect(parseRelease(texts).version).toBe('29.3');
  });

  it('uses the built-in category spans when the Categories file is absent', () => {
    const texts = fixtureTexts();
    delete texts.educationCategories;
    expect(parseRelease(texts).experienceCategories).toEqual(parseRelease(fixtureTexts()).experienceCategories);
  });
});

describe('validation', () => {
  it('names file, line and column for a value that is not a number', () => {
    const texts = withFile('skills', (lines) => {
      const column = lines[0].split('\t').indexOf('Data Value');
      lines[3] = setCell(lines[3], column, 'abc');
      return lines;
    });
    expect(problemsOf(texts)).toEqual(['Skills.txt:4: column "Data Value": "abc" is not a number']);
  });

  it('names a missing required column, with the header it found', () => {
    const texts = withFile('knowledge', (lines) => {
      const column = lines[0].split('\t').indexOf('Data Value');
      return lines.map((line) =>
        line
          .split('\t')
          .filter((_, i) => i !== column)
          .join('\t'),
      );
    });
    const [problem] = problemsOf(texts);
    expect(problem).toMatch(/^Knowledge\.txt:1: missing column "Data Value" \(the header has: "O\*NET-SOC Code", "Element ID", "Scale ID", "N", /);
  });

  it('names a row whose column count differs from the header', () => {
    const texts = withFile('technologySkills', (lines) => {
      lines[5] = `${lines[5]}\textra`;
      return lines;
    });
    expect(problemsOf(texts)).toEqual(['Technology Skills.txt:6: has 7 columns, the header has 6']);
  });

  it('rejects SOC codes of the wrong shape and codes that name no occupation', () => {
    const texts = withFile('relatedOccupations', (lines) => {
      lines[1] = setCell(lines[1], 0, '17-91010');
      lines[2] = setCell(lines[2], 1, '99-9999.00');
      return lines;
    });
    expect(problemsOf(texts)).toEqual([
      'Related Occupations.txt:2: column "O*NET-SOC Code": "17-91010" is not an O*NET-SOC code like 15-1252.00',
      'Related Occupations.txt:3: column "Related O*NET-SOC Code": "99-9999.00" is not an occupation in Occupation Data.txt',
    ]);
  });

  it('rejects unknown elements, tiers, job zones, flags and repeated occupations, all in one report', () => {
    const texts = fixtureTexts();
    const edit = (key: OnetFileKey, line: number, column: string, value: string) => {
      const lines = texts[key]!.split('\n');
      lines[line - 1] = setCell(lines[line - 1], lines[0].split('\t').indexOf(column), value);
      texts[key] = lines.join('\n');
    };
    edit('skills', 2, 'Element ID', '9.Z.9');
    edit('relatedOccupations', 4, 'Relatedness Tier', 'Primary');
    edit('jobZones', 3, 'Job Zone', '6');
    edit('technologySkills', 2, 'Hot Technology', 'yes');
    texts.occupations += `${texts.occupations!.split('\n')[1]}\n`;
    expect(problemsOf(texts)).toEqual([
      'Occupation Data.txt:10: column "O*NET-SOC Code": "15-1252.00" is listed again (first on line 2)',
      'Job Zones.txt:3: column "Job Zone": "6" is not a whole number from 1 to 5',
      'Skills.txt:2: column "Element ID": "9.Z.9" is not an element in Content Model Reference.txt',
      'Technology Skills.txt:2: column "Hot Technology": "yes" is not Y or N',
      'Related Occupations.txt:4: column "Relatedness Tier": "Primary" is not one of Primary-Short, Primary-Long, Supplemental',
    ]);
  });

  it('rejects an experience category the Categories file does not define, and a description without a duration', () => {
    const texts = withFile('educationCategories', (lines) => {
      lines[2] = setCell(lines[2], lines[0].split('\t').indexOf('Category Description'), 'Some time');
      return lines.filter((line) => !/\tOJ\t5\t/.test(line));
    });
    const problems = problemsOf(texts);
    expect(problems[0]).toBe(
      'Education, Training, and Experience Categories.txt:3: column "Category Description": "Some time" names no duration (expected e.g. "Over 1 year, up to and including 2 years")',
    );
    // Two occupations of the fixture rate on-the-job training in category 5.
    expect(problems.slice(1)).toEqual([
      expect.stringMatching(
        /^Education, Training, and Experience\.txt:\d+: column "Category": 5 is not a category of scale OJ \(known: 1, 2, 3, 4, 6, 7, 8, 9\)$/,
      ),
      expect.stringMatching(/^Education, Training, and Experience\.txt:\d+: column "Category": 5 is not a category of scale OJ/),
    ]);
  });

  it('reports a broken Occupation Data header alone, not every code that then looks unknown', () => {
    const texts = withFile('occupations', (lines) => [lines[0].replace('O*NET-SOC Code', 'SOC'), ...lines.slice(1)]);
    expect(problemsOf(texts)).toEqual(['Occupation Data.txt:1: missing column "O*NET-SOC Code" (the header has: "SOC", "Title", "Description")']);
  });

  it('reports at most 50 problems and counts the rest', () => {
    const texts = withFile('alternateTitles', (lines) => [lines[0], ...Array.from({ length: 60 }, () => 'bad')]);
    const error = (() => {
      try {
        parseRelease(texts);
      } catch (e) {
        return e as OnetValidationError;
      }
    })()!;
    expect(error.problems).toHaveLength(50);
    expect(error.message).toContain('invalid O*NET release (60 problems), nothing was written');
    expect(error.message).toContain('... and 10 more');
  });
});

describe('readReleaseFolder', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('names every missing required file, and accepts a folder without the optional ones', async () => {
    const dir = await writeOnetFixture();
    dirs.push(dir);
    await unlink(join(dir, 'Read Me.txt'));
    await unlink(join(dir, 'Education, Training, and Experience Categories.txt'));
    expect(Object.keys(await readReleaseFolder(dir))).toHaveLength(9);
    await unlink(join(dir, 'Skills.txt'));
    await unlink(join(dir, 'Job Zones.txt'));
    await expect(readReleaseFolder(dir)).rejects.toThrow(`${dir} is not a complete O*NET release: missing "Job Zones.txt", "Skills.txt"`);
  });

  it('says when the folder does not exist', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'onet-missing-')), 'nope');
    dirs.push(dir);
    await expect(readReleaseFolder(dir)).rejects.toThrow(`O*NET release folder not found: ${dir}`);
  });
});
