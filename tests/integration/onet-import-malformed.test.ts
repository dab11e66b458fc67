// An O*NET release with a bad file writes nothing, and the error names file, line and column: the synthetic fixture
// is imported first, then broken copies of it are refused.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importOnet } from '../../src/import/onet/import.js';
import { OnetValidationError } from '../../src/import/onet/tsv.js';
import { countGraph } from '../../src/seed/run.js';
import { api, fixtureCopy, read, useApiWithoutOnet } from '../support/onet-import.js';

useApiWithoutOnet();

beforeAll(async () => {
  await importOnet(api.database, await fixtureCopy());
});

describe('a malformed release writes nothing and names file, line and column', () => {
  async function brokenCopy(file: string, edit: (lines: string[]) => string[]): Promise<string> {
    const dir = await fixtureCopy();
    const path = join(dir, file);
    const lines = (await readFile(path, 'utf8')).replace(/\n$/, '').split('\n');
    await writeFile(path, `${edit(lines).join('\n')}\n`);
    return dir;
  }
  const column = (lines: string[], name: string) => lines[0].split('\t').indexOf(name);

  it.each([
    [
      'a missing required column',
      'Skills.txt',
      (lines: string[]) => {
        const i = column(lines, 'Data Value');
        return lines.map((l) =>
          l
            .split('\t')
            .filter((_, j) => j !== i)
            .join('\t'),
        );
      },
      /^Skills\.txt:1: missing column "Data Value" \(the header has: /,
    ],
    [
      'a row with too many columns',
      'Related Occupations.txt',
      (lines: string[]) => lines.map((l, i) => (i === 4 ? `${l}\t7` : l)),
      /^Related Occupations\.txt:5: has 5 columns, the header has 4$/,
    ],
    [
      'a value that is not a number',
      'Knowledge.txt',
      (lines: string[]) => {
        const i = column(lines, 'Data Value');
        return lines.map((l, n) =>
          n === 7
            ? l
                .split('\t')
                .map((c, j) => (j === i ? 'abc' : c))
                .join('\t')
            : l,
        );
      },
      /^Knowledge\.txt:8: column "Data Value": "abc" is not a number$/,
    ],
  ])('%s', async (_case, file, edit, problem) => {
    const dir = await brokenCopy(file, edit);
    const before = await countGraph(api.database);
    const [{ stamp: stampBefore }] = await read('MATCH (s:Source {id: "onet-29-3"}) RETURN s.importedAt AS stamp');
    const error = await importOnet(api.database, dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OnetValidationError);
    expect((error as OnetValidationError).problems).toEqual([expect.stringMatching(problem)]);
    expect(await countGraph(api.database)).toEqual(before);
    const [{ stamp }] = await read('MATCH (s:Source {id: "onet-29-3"}) RETURN s.importedAt AS stamp');
    expect(stamp).toBe(stampBefore);
  });
});
