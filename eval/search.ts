// How well search finds what people mean, measured on O*NET's own alternate titles: for each title that belongs to
// exactly one occupation, search it as written and see where that occupation lands. Runnable alone
// (`npx tsx eval/search.ts`, against NEO4J_URI or the local database, with O*NET imported) or from `npm run eval`.
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { Database } from '../src/db/database.js';
import { searchEverything } from '../src/data/search.js';
import { occupationId } from '../src/import/onet/slug.js';
import { seededRandom } from '../src/seeded-random.js';

export interface SearchFigures {
  /** Share of titles whose occupation is the first hit (0-1). */
  top1: number;
  /** Share of titles whose occupation is among the first five hits (0-1). */
  top5: number;
  /** Titles searched. */
  n: number;
}

/** Which titles to search: all, or one of two fixed random halves (tune on `dev`, check on `holdout`). */
export type TitleSet = 'all' | 'dev' | 'holdout';

export interface EvaluateOptions {
  titles?: TitleSet;
  /** An O*NET release folder holding `Alternate Titles.txt` (or `.txt.gz`); the first of RELEASE_FOLDERS by default. */
  folder?: string;
  /** Searches in flight at once. */
  concurrency?: number;
  /** Only the first this many titles of the set (a quick look while tuning); all by default. */
  sample?: number;
  /** Called with each title whose occupation is not the first hit. */
  onMiss?: (miss: SearchMiss) => void;
}

export interface SearchMiss {
  title: string;
  expected: string;
  /** Ids of the first five hits. */
  got: string[];
}

/** The release the project ships (gzip-compressed), else the shared data folder beside the checkout. */
const RELEASE_FOLDERS = ['../data/onet-29.3/', '../../shared/data/onet-29.3/'].map((path) => fileURLToPath(new URL(path, import.meta.url)));
/** Fixed, so the two halves are the same on every run. */
const SPLIT_SEED = 20_251_202;
const FILE = 'Alternate Titles.txt';

export interface EvaluationTitle {
  title: string;
  roleId: string;
}

async function readAlternateTitlesFile(folder: string): Promise<string | undefined> {
  const plain = `${folder}/${FILE}`;
  if (await stat(plain).catch(() => undefined)) return readFile(plain, 'utf8');
  const compressed = `${plain}.gz`;
  if (await stat(compressed).catch(() => undefined)) return gunzipSync(await readFile(compressed)).toString('utf8');
  return undefined;
}

/**
 * Alternate titles that belong to exactly one occupation (ignoring case): named by one occupation only and not
 * another occupation's own title. Each keeps the spelling of its first row.
 */
export function titlesOfOneOccupation(fileText: string, occupationTitles: ReadonlyMap<string, string>): EvaluationTitle[] {
  const [header, ...lines] = fileText.split('\n');
  const columns = header.split('\t');
  const socColumn = columns.indexOf('O*NET-SOC Code');
  const titleColumn = columns.indexOf('Alternate Title');
  if (socColumn < 0 || titleColumn < 0) throw new Error(`${FILE}: expected the columns "O*NET-SOC Code" and "Alternate Title"`);
  const owners = new Map<string, { title: string; socs: Set<string> }>();
  for (const [soc, title] of occupationTitles) owners.set(title.toLowerCase(), { title, socs: new Set([soc]) });
  const alternate = new Set<string>();
  for (const line of lines) {
    const cells = line.split('\t');
    const title = cells[titleColumn]?.trim();
    if (!title) continue;
    const key = title.toLowerCase();
    alternate.add(key);
    const owner = owners.get(key);
    if (owner) owner.socs.add(cells[socColumn]);
    else owners.set(key, { title, socs: new Set([cells[socColumn]]) });
  }
  return [...alternate]
    .map((key) => owners.get(key)!)
    .filter((owner) => owner.socs.size === 1)
    .map((owner) => ({ title: owner.title, roleId: occupationId([...owner.socs][0]) }));
}

async function occupationTitlesOf(folder: string): Promise<Map<string, string>> {
  const plain = `${folder}/Occupation Data.txt`;
  const text = (await stat(plain).catch(() => undefined))
    ? await readFile(plain, 'utf8')
    : gunzipSync(await readFile(`${plain}.gz`)).toString('utf8');
  const [header, ...lines] = text.split('\n');
  const columns = header.split('\t');
  const soc = columns.indexOf('O*NET-SOC Code');
  const title = columns.indexOf('Title');
  return new Map(
    lines
      .filter((l) => l.trim())
      .map((l) => l.split('\t'))
      .map((cells) => [cells[soc], cells[title]]),
  );
}

/** The evaluation titles, split into two halves by a fixed-seed shuffle. */
export async function loadEvaluationTitles(folder?: string): Promise<{ dev: EvaluationTitle[]; holdout: EvaluationTitle[] }> {
  const candidates = folder ? [folder] : RELEASE_FOLDERS;
  for (const dir of candidates) {
    const text = await readAlternateTitlesFile(dir);
    if (text === undefined) continue;
    const titles = titlesOfOneOccupation(text, await occupationTitlesOf(dir));
    const random = seededRandom(SPLIT_SEED);
    // Fisher-Yates with the seeded generator: the same halves on every run and machine.
    for (let i = titles.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [titles[i], titles[j]] = [titles[j], titles[i]];
    }
    const half = Math.ceil(titles.length / 2);
    return { dev: titles.slice(0, half), holdout: titles.slice(half) };
  }
  throw new Error(`No "${FILE}" found in ${candidates.join(' or ')}`);
}

export async function evaluateSearch(db: Database, options: EvaluateOptions = {}): Promise<SearchFigures> {
  const halves = await loadEvaluationTitles(options.folder);
  const set = options.titles ?? 'all';
  const titles = (set === 'all' ? [...halves.dev, ...halves.holdout] : halves[set]).slice(0, options.sample);
  let top1 = 0;
  let top5 = 0;
  let next = 0;
  const worker = async () => {
    while (next < titles.length) {
      const { title, roleId } = titles[next++];
      const hits = await searchEverything(db, title, 5);
      const ids = hits.map((hit) => hit.node.id as string);
      const rank = ids.indexOf(roleId);
      if (rank === 0) top1 += 1;
      else options.onMiss?.({ title, expected: roleId, got: ids });
      if (rank >= 0) top5 += 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  const n = titles.length;
  return { top1: n === 0 ? 0 : top1 / n, top5: n === 0 ? 0 : top5 / n, n };
}

const percent = (share: number) => `${(100 * share).toFixed(2)}%`;

/** `--dev`: the development half only (the holdout stays unseen while tuning); `--sample N`: the first N titles of each half; `--misses FILE`: every miss, one per line (half, title, expected id, first five ids). */
async function main(): Promise<void> {
  const { loadConfig } = await import('../src/config.js');
  const { openBackend } = await import('../src/bootstrap.js');
  const { writeFile } = await import('node:fs/promises');
  const flag = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const sample = flag('--sample') === undefined ? undefined : Number(flag('--sample'));
  const missesFile = flag('--misses');
  const sets = process.argv.includes('--dev') ? (['dev'] as const) : (['dev', 'holdout'] as const);

  const backend = await openBackend(loadConfig(), { seed: false, log: (line) => console.error(line) });
  try {
    // A measurement, not a request: a busy machine must not turn slow searches into failures.
    const db = new Database(backend.driver, { queryTimeoutMs: 60_000 });
    const [probe] = await searchEverything(db, 'Software Developers', 1);
    if (probe?.node.id !== occupationId('15-1252.00')) {
      throw new Error('Search does not find the O*NET occupation Software Developers: run `npm run import:onet` first.');
    }
    const misses: string[] = [];
    const halves: SearchFigures[] = [];
    for (const set of sets) {
      const started = performance.now();
      const missesBefore = misses.length;
      const onMiss = (m: SearchMiss) => misses.push(`${set}\t${m.title}\t${m.expected}\t${m.got.join(' ')}`);
      const figures = await evaluateSearch(db, { titles: set, onMiss, sample });
      halves.push(figures);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `search ${set.padEnd(7)} n=${figures.n} top1=${percent(figures.top1)} top5=${percent(figures.top5)} (${misses.length - missesBefore} not first; ${seconds} s)`,
      );
    }
    if (halves.length === 2) {
      const n = halves[0].n + halves[1].n;
      const all = (key: 'top1' | 'top5') => (halves[0][key] * halves[0].n + halves[1][key] * halves[1].n) / n;
      console.log(`search all     n=${n} top1=${percent(all('top1'))} top5=${percent(all('top5'))}`);
    }
    if (missesFile) await writeFile(missesFile, misses.map((line) => `${line}\n`).join(''));
  } finally {
    await backend.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
