// The curated seed's folder, and lookups by id in what loadSeed returns.
import { fileURLToPath } from 'node:url';

export const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));

export const byId = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((item) => item.id === id);
  if (found === undefined) throw new Error(`no entry "${id}"`);
  return found;
};
