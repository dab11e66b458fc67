// The files of an O*NET release folder that the importer reads, and reading them from disk.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

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

/** Reads every file the importer uses; names all missing required files at once. */
export async function readReleaseFolder(folder: string): Promise<ReleaseTexts> {
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new OnetFolderError(`O*NET release folder not found: ${folder} (pass the folder holding "${ONET_FILES.occupations}")`);
  }
  const texts: ReleaseTexts = {};
  const missing: string[] = [];
  await Promise.all(
    (Object.keys(ONET_FILES) as OnetFileKey[]).map(async (key) => {
      const text = await readFile(join(folder, ONET_FILES[key]), 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (text !== undefined) texts[key] = text;
      else if (!OPTIONAL_FILES.includes(key)) missing.push(ONET_FILES[key]);
    }),
  );
  if (missing.length > 0) {
    throw new OnetFolderError(`${folder} is not a complete O*NET release: missing ${missing.sort().map((f) => `"${f}"`).join(', ')}`);
  }
  return texts;
}

export const DEFAULT_VERSION = '29.3';

/** The release version named on the first lines of `Read Me.txt` ("O*NET 29.3 Database"), if any. */
export function versionFromReadMe(text: string | undefined): string | null {
  const match = text?.match(/O\*NET\s+(\d+\.\d+)\s+Database/);
  return match ? match[1] : null;
}
