// `npm run eval`: how good the answers are, on the graph it connects to (NEO4J_URI, or the local database like the
// other tools), which must hold the seed and the full O*NET import. Each figure is printed next to issue 10's target
// with PASS or FAIL; docs/answers.md explains the method of each. The figures call the data layer (src/data)
// directly, the functions the GraphQL resolvers call, with no HTTP in between.
//
//   npm run eval                      every figure
//   npm run eval -- --skip search     leave out figures by name (similar, recommend, next, required, seed, search,
//                                     esco-similar, esco-recommend, esco-next, esco-search; esco: all four)
//   npm run eval -- --esco <folder>   the ESCO release the ESCO yardsticks come from (../shared/data/esco-1.1.1)
//
// With ESCO occupations in the graph (npm run import:esco), the ESCO figures are measured as well (eval/esco.ts).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { openBackend } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { findRoleEvidence, findSimilarRoles, recommendRoles } from '../src/data/role-matching.js';
import { Database } from '../src/db/database.js';
import { compareSkillsToLearn } from '../src/domain/skill-areas.js';
import { occupationId } from '../src/import/onet/slug.js';
import { forEach, log } from './each.js';
import { ESCO_FIGURES, evaluateEsco, firstNextRoleZone } from './esco.js';
import { developmentHalf, everyOther, judge, mean, reciprocalRank, recallAt, type Verdict } from './metrics.js';

const FIGURES = ['similar', 'recommend', 'next', 'required', 'seed', 'search', ...ESCO_FIGURES] as const;
type Figure = (typeof FIGURES)[number];

/** Where the O*NET release is read from (the yardstick comes from the files, never from the graph). */
const RELEASE_FOLDERS = ['../../shared/data/onet-29.3/', '../data/onet-29.3/'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
/** recommendRoles answers at most 50 rows: a rank beyond that counts as not found (reciprocal rank 0). */
const RECOMMEND_DEPTH = 50;
const ratio = (n: number) => n.toFixed(3);
const percent = (n: number) => `${(100 * n).toFixed(1)}%`;

async function readReleaseFile(name: string): Promise<{ text: string; path: string }> {
  for (const folder of RELEASE_FOLDERS) {
    const plain = `${folder}${name}`;
    if (existsSync(plain)) return { text: await readFile(plain, 'utf8'), path: plain };
    if (existsSync(`${plain}.gz`)) return { text: gunzipSync(await readFile(`${plain}.gz`)).toString('utf8'), path: `${plain}.gz` };
  }
  throw new Error(`No "${name}" in ${RELEASE_FOLDERS.join(' or ')}: the yardstick comes from the O*NET 29.3 release files.`);
}

/** O*NET's Primary-Short related occupations per occupation (role ids), from Related Occupations.txt. */
export async function primaryShortRelated(): Promise<Map<string, string[]>> {
  const { text, path } = await readReleaseFile('Related Occupations.txt');
  const [header, ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const columns = header.split('\t');
  const at = (name: string) => {
    const i = columns.indexOf(name);
    if (i < 0) throw new Error(`${path}: no column "${name}"`);
    return i;
  };
  const [soc, related, tier] = [at('O*NET-SOC Code'), at('Related O*NET-SOC Code'), at('Relatedness Tier')];
  const result = new Map<string, string[]>();
  for (const line of lines) {
    if (!line.trim()) continue;
    const cells = line.split('\t');
    if (cells[tier] !== 'Primary-Short') continue;
    const id = occupationId(cells[soc]);
    result.set(id, [...(result.get(id) ?? []), occupationId(cells[related])]);
  }
  return result;
}

interface HalfFigures {
  all: number;
  dev: number;
  holdout: number;
  n: number;
}

function byHalf(values: Map<string, number>, dev: Set<string>): HalfFigures {
  const all = [...values.values()];
  const pick = (inDev: boolean) => [...values].filter(([id]) => dev.has(id) === inDev).map(([, v]) => v);
  return { all: mean(all), dev: mean(pick(true)), holdout: mean(pick(false)), n: all.length };
}

const halves = (f: HalfFigures, format: (n: number) => string) =>
  `all ${format(f.all)} (n=${f.n}); development half ${format(f.dev)}, holdout half ${format(f.holdout)}`;

async function similarRecall(db: Database, occupations: Set<string>, dev: Set<string>) {
  const related = await primaryShortRelated();
  const asked = [...related.keys()].filter((id) => occupations.has(id));
  const recall = new Map<string, number>();
  await forEach('similarRoles', asked, async (id) => {
    const ranked = (await findSimilarRoles(db, id, 10)).map((r) => r.role.id);
    recall.set(id, recallAt(ranked, related.get(id)!, 10));
  });
  return byHalf(recall, dev);
}

async function recommendLeaveOneOut(db: Database, occupations: Set<string>, dev: Set<string>) {
  const evidence = (await findRoleEvidence(db)).filter((role) => occupations.has(role.id) && role.requirements.length >= 2);
  const reciprocal = new Map<string, number>();
  await forEach('recommendRoles', evidence, async (role) => {
    // The role's own list order (REQUIRED first, then O*NET importance, then hot and in-demand), ties by id.
    const ordered = [...role.requirements].sort((a, b) => compareSkillsToLearn({ ...a, name: a.skill }, { ...b, name: b.skill }));
    const input = everyOther(ordered).map((r) => r.skill);
    const ranked = (await recommendRoles(db, input, RECOMMEND_DEPTH, null, 3)).map((r) => r.role.id);
    reciprocal.set(role.id, reciprocalRank(ranked, role.id));
  });
  const hits = new Map([...reciprocal].map(([id, rr]) => [id, rr >= 1 / 5 ? 1 : 0]));
  return { mrr: byHalf(reciprocal, dev), hit5: byHalf(hits, dev) };
}

async function nextRolesDownward(db: Database) {
  const evidence = await findRoleEvidence(db);
  const starts = evidence.filter((r) => r.id.startsWith('onet-') && r.jobZone != null && r.jobZone >= 3);
  let down = 0;
  let answered = 0;
  const examples: string[] = [];
  await forEach('nextRoles', starts, async (start) => {
    const first = await firstNextRoleZone(db, start.id);
    if (!first.answered) return;
    answered += 1;
    const zone = first.jobZone;
    if (zone != null && zone < start.jobZone!) {
      down += 1;
      if (examples.length < 3) examples.push(`${start.id} (zone ${start.jobZone}) -> ${first.id} (zone ${zone})`);
    }
  });
  return { share: answered === 0 ? 0 : down / answered, down, answered, asked: starts.length, examples };
}

async function main(): Promise<void> {
  const skipAt = process.argv.indexOf('--skip');
  const skipped = new Set(skipAt > 0 ? (process.argv[skipAt + 1] ?? '').split(',') : []);
  if (skipped.delete('esco')) for (const name of ESCO_FIGURES) skipped.add(name);
  for (const name of skipped)
    if (!FIGURES.includes(name as Figure)) throw new Error(`--skip: unknown figure "${name}" (one of ${FIGURES.join(', ')}, or esco)`);
  const escoAt = process.argv.indexOf('--esco');
  const escoFolder = escoAt > 0 ? process.argv[escoAt + 1] : undefined;
  const runs = (name: Figure) => !skipped.has(name);

  const backend = await openBackend(loadConfig(), { seed: false, log });
  const verdicts: Verdict[] = [];
  const notes: string[] = [];
  try {
    // A measurement, not a request: a busy machine must not turn a slow statement into a failure.
    const db = new Database(backend.driver, { queryTimeoutMs: 60_000 });
    const evidence = await findRoleEvidence(db);
    const occupations = new Set(evidence.filter((r) => r.id.startsWith('onet-')).map((r) => r.id));
    if (occupations.size < 1000) throw new Error(`The graph holds ${occupations.size} O*NET occupations: run \`npm run import:onet\` first.`);
    const dev = developmentHalf([...occupations]);
    const started = performance.now();

    if (runs('similar')) {
      const recall = await similarRecall(db, occupations, dev);
      verdicts.push(judge("similarRoles recall@10 of O*NET's Primary-Short related occupations", recall.all, '>=', 0.5, ratio));
      notes.push(`similarRoles recall@10: ${halves(recall, ratio)}`);
    }
    if (runs('recommend')) {
      const { mrr, hit5 } = await recommendLeaveOneOut(db, occupations, dev);
      verdicts.push(judge('recommendRoles leave-one-out MRR', mrr.all, '>=', 0.5, ratio));
      verdicts.push(judge('recommendRoles leave-one-out hit@5', hit5.all, '>=', 0.7, ratio));
      notes.push(`recommendRoles MRR: ${halves(mrr, ratio)}`, `recommendRoles hit@5: ${halves(hit5, ratio)}`);
    }
    if (runs('next')) {
      const next = await nextRolesDownward(db);
      verdicts.push(judge('nextRoles (ADVANCE) first role in a lower job zone, zone 3-5 starts', next.share, '<=', 0.05, percent));
      notes.push(
        `nextRoles: ${next.down} of ${next.answered} zone 3-5 occupations with a next role (${next.asked} asked) go down first` +
          (next.examples.length ? `, e.g. ${next.examples.join('; ')}` : ''),
      );
    }
    if (runs('required')) {
      const [row] = await db.read('eval/roles-without-required');
      const count = Number(row?.count ?? 0);
      verdicts.push(judge('roles without REQUIRED skills', count, '<=', 0, (n) => String(n)));
      if (count > 0) notes.push(`roles without REQUIRED skills: ${(row.examples as string[]).join(', ')}`);
      if (Number(row?.escoCount ?? 0) > 0) {
        notes.push(`ESCO occupations the release gives no essential skill (not counted above): ${(row.escoExamples as string[]).join(', ')}`);
      }
    }
    if (runs('seed')) {
      const path = new URL('./seed-acceptance.ts', import.meta.url);
      if (!existsSync(fileURLToPath(path))) notes.push('seed acceptance: eval/seed-acceptance.ts is missing, not measured');
      else {
        const { checkSeedAcceptance } = (await import(path.href)) as typeof import('./seed-acceptance.js');
        const checks = await checkSeedAcceptance(db);
        const held = checks.filter((c) => c.pass).length;
        verdicts.push({
          figure: 'seed acceptance of section 1',
          value: held,
          shown: `${held}/${checks.length} hold`,
          target: 'all hold',
          pass: held === checks.length,
        });
        for (const c of checks) notes.push(`seed: ${c.pass ? 'holds' : 'FAILS'}: ${c.name}${c.pass ? '' : ` (got: ${c.got})`}`);
      }
    }
    if (runs('search')) {
      const path = new URL('./search.ts', import.meta.url);
      if (!existsSync(fileURLToPath(path))) notes.push('search: eval/search.ts is missing, not measured');
      else {
        const { evaluateSearch } = (await import(path.href)) as typeof import('./search.js');
        const figures = await evaluateSearch(db);
        verdicts.push({
          figure: `search top1 on O*NET alternate titles (n=${figures.n})`,
          value: figures.top1,
          shown: percent(figures.top1),
          target: '(none)',
          pass: null,
        });
        verdicts.push({
          figure: 'search top5 on O*NET alternate titles',
          value: figures.top5,
          shown: percent(figures.top5),
          target: '(none)',
          pass: null,
        });
      }
    }

    if (ESCO_FIGURES.some(runs)) {
      const esco = await evaluateEsco(db, {
        folder: escoFolder,
        runs,
        evidence,
        primaryShort: primaryShortRelated,
        firstNextRoleZone: (roleId) => firstNextRoleZone(db, roleId),
      });
      verdicts.push(...esco.verdicts);
      notes.push(...esco.notes);
    }

    const width = Math.max(...verdicts.map((v) => v.figure.length));
    console.log(
      `\nnpm run eval on ${backend.neo4j.describe}, ${new Date().toISOString()} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
    );
    for (const v of verdicts) {
      const verdict = v.pass === null ? '' : v.pass ? 'PASS' : 'FAIL';
      console.log(`${v.figure.padEnd(width)}  ${v.shown.padStart(10)}  target ${v.target.padEnd(8)}  ${verdict}`);
    }
    console.log('');
    for (const note of notes) console.log(`- ${note}`);
    if (verdicts.some((v) => v.pass === false)) process.exitCode = 1;
  } finally {
    await backend.close();
  }
}

main().catch((error: Error) => {
  console.error(`[eval] ${error.message}`);
  process.exit(2);
});
