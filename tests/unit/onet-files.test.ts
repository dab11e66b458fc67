// Reading a release folder whose files are gzip-compressed (as the shipped data/onet-29.3), and the shipped release
// itself: complete, valid, and what `npm run import:onet` reads when no folder is named.
import { readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { ONET_FILES, OnetFolderError, readReleaseFolder, SHIPPED_RELEASE_DIR } from '../../src/import/onet/files.js';
import { loadRelease } from '../../src/import/onet/import.js';
import { parseCliOptions } from '../../src/import/onet/options.js';
import { writeOnetFixture } from '../support/onet-fixture.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function fixture(): Promise<string> {
  const dir = await writeOnetFixture();
  dirs.push(dir);
  return dir;
}

async function compress(dir: string, name: string): Promise<void> {
  const plain = join(dir, name);
  await writeFile(`${plain}.gz`, gzipSync(await readFile(plain)));
  await unlink(plain);
}

describe('readReleaseFolder with .txt.gz files', () => {
  it('reads a compressed file to the same text as the plain one', async () => {
    const plainDir = await fixture();
    const mixedDir = await fixture();
    await compress(mixedDir, ONET_FILES.skills);
    await compress(mixedDir, ONET_FILES.readMe);
    expect(await readReleaseFolder(mixedDir)).toEqual(await readReleaseFolder(plainDir));
  });

  it('refuses a folder holding both the plain and the compressed copy of a file', async () => {
    const dir = await fixture();
    const plain = join(dir, ONET_FILES.jobZones);
    await writeFile(`${plain}.gz`, gzipSync(await readFile(plain)));
    await expect(readReleaseFolder(dir)).rejects.toThrow(`${dir} holds both "Job Zones.txt" and "Job Zones.txt.gz": keep one of them`);
  });

  it('names a compressed file that is not gzip', async () => {
    const dir = await fixture();
    await unlink(join(dir, ONET_FILES.knowledge));
    await writeFile(join(dir, `${ONET_FILES.knowledge}.gz`), 'plain text, not gzip');
    const error = await readReleaseFolder(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OnetFolderError);
    expect((error as Error).message).toMatch(/Knowledge\.txt\.gz could not be decompressed: incorrect header check$/);
  });

  it('says a missing file may be .txt or .txt.gz', async () => {
    const dir = await fixture();
    await unlink(join(dir, ONET_FILES.skills));
    await expect(readReleaseFolder(dir)).rejects.toThrow('missing "Skills.txt" (as .txt or .txt.gz)');
  });
});

describe('the shipped O*NET 29.3 release (data/onet-29.3)', () => {
  it('is complete and valid: 1,016 occupations in the Excel layout', async () => {
    const release = await loadRelease(SHIPPED_RELEASE_DIR);
    expect(release.version).toBe('29.3');
    expect(release.layout).toBe('excel');
    expect(release.rowCounts).toMatchObject({
      'Occupation Data.txt': 1016,
      'Related Occupations.txt': 18460,
      'Skills.txt': 61530,
      'Technology Skills.txt': 32681,
      'Alternate Titles.txt': 56560,
    });
  });

  it('carries the attribution and the modification notice that CC BY 4.0 asks for', async () => {
    const readme = await readFile(join(SHIPPED_RELEASE_DIR, 'README.md'), 'utf8');
    const oneLine = readme.replace(/\s+/g, ' ');
    expect(oneLine).toContain(
      'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and ' +
        'Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.',
    );
    expect(oneLine).toContain(
      'Career graph has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
    );
  });

  it('is imported at npm start unless ONET_ON_START is false', () => {
    expect(loadConfig({}).onetOnStart).toBe(true);
    expect(loadConfig({ ONET_ON_START: 'false' }).onetOnStart).toBe(false);
    expect(loadConfig({ ONET_ON_START: '0' }).onetOnStart).toBe(false);
    expect(() => loadConfig({ ONET_ON_START: 'no' })).toThrow(ConfigError);
    expect(() => loadConfig({ ONET_ON_START: 'no' })).toThrow(/ONET_ON_START/);
  });

  it('is what npm run import:onet reads when no folder is named', () => {
    expect(parseCliOptions([]).folder).toBe(SHIPPED_RELEASE_DIR);
    expect(parseCliOptions(['--alias-cap', '10']).folder).toBe(SHIPPED_RELEASE_DIR);
    expect(parseCliOptions(['/data/db_29_3_text']).folder).toBe('/data/db_29_3_text');
    expect(() => parseCliOptions(['a', 'b'])).toThrow('expected one folder, got 2');
  });
});
