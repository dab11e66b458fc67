// The files of an ESCO release folder (CSV, English) and of the crosswalks folder that the importer reads, and
// reading them from disk. The crosswalks (Nesta's ESCO -> O*NET-SOC 2010, O*NET's 2010 -> 2019) live beside the
// release by default: ../shared/data/esco-1.1.1 and ../shared/data/crosswalks.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export const ESCO_FILES = {
  occupations: 'occupations_en.csv',
  skills: 'skills_en.csv',
  skillGroups: 'skillGroups_en.csv',
  skillsHierarchy: 'skillsHierarchy_en.csv',
  skillBroader: 'broaderRelationsSkillPillar.csv',
  relations: 'occupationSkillRelations.csv',
  iscoGroups: 'ISCOGroups_en.csv',
} as const;

export const CROSSWALK_FILES = {
  escoToOnet2010: 'esco_onet_crosswalk_MCC.csv',
  onet2010To2019: '2010_to_2019_Crosswalk.csv',
} as const;

export type EscoFileKey = keyof typeof ESCO_FILES;
export type CrosswalkFileKey = keyof typeof CROSSWALK_FILES;
export type EscoTexts = Record<EscoFileKey, string> & Partial<Record<CrosswalkFileKey, string>>;

export class EscoFolderError extends Error {
  override name = 'EscoFolderError';
}

/** The crosswalks folder used when none is given: `crosswalks` beside the release folder. */
export const defaultCrosswalkFolder = (releaseFolder: string) => join(dirname(resolve(releaseFolder)), 'crosswalks');

/** The release version from the folder name (`esco-1.1.1` -> `1.1.1`), or null. */
export function versionFromFolder(folder: string): string | null {
  return /(\d+\.\d+(?:\.\d+)?)\/*$/.exec(resolve(folder))?.[1] ?? null;
}

/**
 * Reads every release file (all required: names every missing one at once) and the crosswalks when their folder
 * exists or is required (without it, no O*NET links: the import says so). A crosswalks folder must hold both files.
 */
export async function readEscoFolder(
  folder: string,
  crosswalkFolder: string,
  isCrosswalkFolderRequired: boolean,
): Promise<{ texts: EscoTexts; hasCrosswalks: boolean }> {
  if (!(await isDirectory(folder))) {
    throw new EscoFolderError(`ESCO release folder not found: ${folder} (pass the folder holding "${ESCO_FILES.occupations}")`);
  }
  const texts: Partial<EscoTexts> = {};
  const missing: string[] = [];
  await Promise.all(
    (Object.keys(ESCO_FILES) as EscoFileKey[]).map(async (key) => {
      const text = await readIfFile(join(folder, ESCO_FILES[key]));
      if (text === undefined) missing.push(ESCO_FILES[key]);
      else texts[key] = text;
    }),
  );
  if (missing.length > 0) {
    throw new EscoFolderError(
      `${folder} is not a complete ESCO release (CSV, English): missing ${missing
        .sort()
        .map((f) => `"${f}"`)
        .join(', ')}`,
    );
  }
  const hasCrosswalks = await isDirectory(crosswalkFolder);
  if (!hasCrosswalks && isCrosswalkFolderRequired) throw new EscoFolderError(`crosswalks folder not found: ${crosswalkFolder}`);
  if (hasCrosswalks) {
    const absent: string[] = [];
    for (const key of Object.keys(CROSSWALK_FILES) as CrosswalkFileKey[]) {
      const text = await readIfFile(join(crosswalkFolder, CROSSWALK_FILES[key]));
      if (text === undefined) absent.push(CROSSWALK_FILES[key]);
      else texts[key] = text;
    }
    if (absent.length > 0) throw new EscoFolderError(`crosswalks folder ${crosswalkFolder} lacks ${absent.map((f) => `"${f}"`).join(', ')}`);
  }
  return { texts: texts as EscoTexts, hasCrosswalks };
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

async function readIfFile(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? readFile(path, 'utf8') : undefined;
}
