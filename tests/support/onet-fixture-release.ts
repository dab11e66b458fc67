// The O*NET fixture parsed as the importer parses a release folder, for tests of the steps after parsing.
import { ONET_FILES, type OnetFileKey, type ReleaseTexts } from '../../src/import/onet/files.js';
import { parseRelease } from '../../src/import/onet/parse.js';
import type { OnetRelease } from '../../src/import/onet/release.js';
import { onetFixtureFiles } from './onet-fixture.js';

export function onetFixtureRelease(): OnetRelease {
  const files = onetFixtureFiles('text');
  const texts: ReleaseTexts = {};
  for (const key of Object.keys(ONET_FILES) as OnetFileKey[]) texts[key] = files[ONET_FILES[key]];
  return parseRelease(texts);
}

/** The mapping options the importer uses by default. */
export const DEFAULT_MAPPING = { importanceThreshold: 3.0, aliasCap: 60 };
