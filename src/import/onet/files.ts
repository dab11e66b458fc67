// The files of an O*NET release folder that the importer reads, and reading them from disk, plain (`Skills.txt`) or
// gzip-compressed (`Skills.txt.gz`, as the release the project ships in data/onet-29.3).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';

export const ONET_FILES = {
  occupations: 'Occupation Data.txt',
  jobZones: 'Job Zones.txt',
  alternateTitles: 'Alternate Titles.txt',
  skills: 'Skills.txt',
  knowledge: 'Knowledge.txt',
  technologySkills: 'Technology Skills.txt',
  relatedOccupations: 'Related Occupations.txt',
  education: 'Education, Training, and Experience.txt',
  educationCategories: 'Education, Training, and Experience Categories.txt',
  contentModel: 'Content Model Reference.txt',
  readMe: 'Read Me.txt',
} as const;

export type OnetFileKey = keyof typeof ONET_FILES;

/** Files a release may lack: the importer then uses built-in category ranges and the default version. */
export const OPTIONAL_FILES: readonly OnetFileKey[] = ['educationCategories', 'readMe'];

/** File contents by key; an optional file that is absent is left out. */
export type ReleaseTexts = Partial<Record<OnetFileKey, string>>;

export class OnetFolderError extends Error {
  override name = 'OnetFolderError';
}

/** The O*NET 29.3 release the project ships (gzip-compressed): what `npm start` and `npm run import:onet` load by default. */
export const SHIPPED_RELEASE_DIR = fileURLToPath(new URL('../../../data/onet-29.3/', import.meta.url));

/** Reads every file the importer uses, each as `<name>.txt` or `<name>.txt.gz`; names all missing required files at once. */
export async function readReleaseFolder(folder: string): Promise<ReleaseTexts> {
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new OnetFolderError(`O*NET release folder not found: ${folder} (pass the folder holding "${ONET_FILES.occupations}")`);
  }
  const texts: ReleaseTexts = {};
  const missing: string[] = [];
  await Promise.all(
    (Object.keys(ONET_FILES) as OnetFileKey[]).map(async (key) => {
      const text = await readReleaseFile(folder, ONET_FILES[key]);
      if (text !== undefined) texts[key] = text;
      else if (!OPTIONAL_FILES.includes(key)) missing.push(ONET_FILES[key]);
    }),
  );
  if (missing.length > 0) {
    throw new OnetFolderError(
      `${folder} is not a complete O*NET release: missing ${missing
        .sort()
        .map((f) => `"${f}"`)
        .join(', ')} (as .txt or .txt.gz)`,
    );
  }
  return texts;
}

/** One file's text, from `name` or `name.gz`; undefined when neither exists. */
async function readReleaseFile(folder: string, name: string): Promise<string | undefined> {
  const plain = join(folder, name);
  const compressed = `${plain}.gz`;
  const [hasPlain, hasCompressed] = await Promise.all([isFile(plain), isFile(compressed)]);
  // Two copies may differ; picking one silently could import the stale one.
  if (hasPlain && hasCompressed) {
    throw new OnetFolderError(`${folder} holds both "${name}" and "${name}.gz": keep one of them`);
  }
  if (hasPlain) return readFile(plain, 'utf8');
  if (hasCompressed) return gunzipText(compressed);
  return undefined;
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/** Streams the file through gunzip, so only the text is held in memory, never a second compressed copy. */
async function gunzipText(file: string): Promise<string> {
  const chunks: Buffer[] = [];
  try {
    await pipeline(createReadStream(file), createGunzip(), async (text: AsyncIterable<Buffer>) => {
      for await (const chunk of text) chunks.push(chunk);
    });
  } catch (error) {
    throw new OnetFolderError(`${file} could not be decompressed: ${(error as Error).message}`);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export const DEFAULT_VERSION = '29.3';

/** The release version named on the first lines of `Read Me.txt` ("O*NET 29.3 Database"), if any. */
export function versionFromReadMe(text: string | undefined): string | null {
  const match = text?.match(/O\*NET\s+(\d+\.\d+)\s+Database/);
  return match ? match[1] : null;
}
