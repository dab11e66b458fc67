// The ESCO figures of `npm run eval`: similarRoles, recommendRoles, nextRoles and search asked about the ESCO
// occupations of the graph, each measured against a yardstick from the release files that the answer does not read
// (eval/esco-yardsticks.ts says what each answer reads). Without ESCO occupations in the graph, or without the
// release files, it says so and measures nothing. docs/answers.md ("ESCO occupations") explains each figure.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findSimilarRoles, recommendRoles } from '../src/data/role-matching.js';
import { buildSimilarityModel, rankSimilarRoles, SIMILARITY_WEIGHTS, type RoleEvidence } from '../src/data/similarity.js';
import { searchEverything } from '../src/data/search.js';
import { findNextRoles } from '../src/data/next-roles.js';
import { resolveNames } from '../src/data/name-resolution.js';
import type { Database } from '../src/db/database.js';
import { compareSkillsToLearn } from '../src/domain/skill-areas.js';
import { forEach } from './each.js';
import {
  cappedRecallAt,
  chanceCappedRecallAt,
  crosswalkLinks,
  crosswalkRelated,
  labelsOfOneOccupation,
  occupationFamilies,
  parseOccupationLabels,
  unitGroupPeers,
  type LabelQuery,
} from './esco-yardsticks.js';
import { everyOther, judge, mean, reciprocalRank, type Verdict } from './metrics.js';

export const ESCO_FIGURES = ['esco-similar', 'esco-recommend', 'esco-next', 'esco-search'] as const;
export type EscoFigure = (typeof ESCO_FIGURES)[number];

/** The release folder when none is given: the shared data beside the checkout. */
export const DEFAULT_ESCO_FOLDER = fileURLToPath(new URL('../../shared/data/esco-1.1.1/', import.meta.url));

const RECOMMEND_DEPTH = 50;
const SIMILAR_DEPTH = 10;

const ratio = (n: number) => n.toFixed(3);
const percent = (n: number) => `${(100 * n).toFixed(1)}%`;

/** The first next role of `roleId` (nextRoles, ADVANCE) and its job zone; `answered` false when it has none. */
export async function firstNextRoleZone(db: Database, roleId: string) {
  const [first] = await findNextRoles(db, {
    roleId,
    knownSkills: [],
    first: 1,
    intent: 'ADVANCE',
    experienceYears: null,
    skillProps: [],
    steps: { roleProps: ['jobZone'], withHelps: false },
  });
  return first ? { answered: true, jobZone: first.role.jobZone ?? null, id: first.role.id } : { answered: false, jobZone: null };
}

export interface EscoEvaluationOptions {
  /** The ESCO release folder (its crosswalks are read from `crosswalks` beside it). */
  folder?: string;
  runs: (figure: EscoFigure) => boolean;
  /** Every role's requirements as similarity reads them (already read by the caller). */
  evidence: readonly RoleEvidence[];
  /** O*NET's Primary-Short related occupations per O*NET role id, from the O*NET release files. */
  primaryShort: () => Promise<Map<string, string[]>>;
  /** The first next role of a role (nextRoles, ADVANCE), shared with the O*NET figure. */
  firstNextRoleZone: (roleId: string) => Promise<{ answered: boolean; jobZone: number | null; id?: string }>;
}

export interface EscoEvaluation {
  verdicts: Verdict[];
  notes: string[];
}

interface EscoRole {
  id: string;
  escoUri: string;
  jobZone: number | null;
}

async function readText(path: string): Promise<string> {
  if (!existsSync(path)) throw new Error(`no ${path}`);
  return readFile(path, 'utf8');
}

export async function evaluateEsco(db: Database, options: EscoEvaluationOptions): Promise<EscoEvaluation> {
  const verdicts: Verdict[] = [];
  const notes: string[] = [];
  const roles = (await db.read('eval/esco-roles')).map((row) => ({ id: row.id, escoUri: row.escoUri, jobZone: row.jobZone ?? null }) as EscoRole);
  if (roles.length === 0) return { verdicts, notes: ['ESCO: the graph holds no ESCO occupations (npm run import:esco): ESCO figures not measured'] };
  const folder = resolve(options.folder ?? DEFAULT_ESCO_FOLDER);
  const crosswalks = join(dirname(folder), 'crosswalks');
  if (!existsSync(join(folder, 'occupations_en.csv'))) {
    return {
      verdicts,
      notes: [`ESCO: ${roles.length} ESCO occupations in the graph, but no ESCO release at ${folder} (--esco <folder>): ESCO figures not measured`],
    };
  }

  const occupations = parseOccupationLabels(await readText(join(folder, 'occupations_en.csv')));
  const roleByUri = new Map(roles.map((r) => [r.escoUri, r.id]));
  const idsOf = (uris: Iterable<string>) => new Set([...uris].flatMap((uri) => (roleByUri.has(uri) ? [roleByUri.get(uri)!] : [])));
  const escoIds = new Set(roles.map((r) => r.id));
  const evidenceOf = new Map(options.evidence.map((e) => [e.id, e]));
  notes.push(`ESCO: ${roles.length} occupations in the graph, yardsticks from ${folder} and ${crosswalks}`);
  let links: Promise<Map<string, Set<string>>> | undefined;
  const linksToOnet = () =>
    (links ??= (async () =>
      crosswalkLinks(
        await readText(join(crosswalks, 'esco_onet_crosswalk_MCC.csv')),
        await readText(join(crosswalks, '2010_to_2019_Crosswalk.csv')),
      ))());

  if (options.runs('esco-similar')) {
    const families = occupationFamilies(await readText(join(folder, 'broaderRelationsOccPillar.csv')));
    const peers = unitGroupPeers(occupations);
    const related = crosswalkRelated(await linksToOnet(), await options.primaryShort());
    const yardsticks = [
      { name: "ESCO's broader and narrower occupations", sets: families },
      { name: 'the other occupations of its ISCO unit group', sets: peers },
      { name: 'occupations the crosswalks relate', sets: related },
    ].map((y) => ({
      ...y,
      byRole: new Map(
        [...y.sets].map(([uri, set]) => [roleByUri.get(uri), idsOf(set)] as const).filter(([id, set]) => id && set.size > 0) as [
          string,
          Set<string>,
        ][],
      ),
    }));
    const asked = roles.filter((r) => (evidenceOf.get(r.id)?.requirements.length ?? 0) > 0);
    // Every role with requirements can be listed: the pool a random answer would draw its ten from.
    const pool = options.evidence.filter((e) => e.requirements.length > 0).length - 1;
    const scores = yardsticks.map(() => [] as number[]);
    const chance = yardsticks.map(() => [] as number[]);
    let notEsco = 0;
    let answered = 0;
    const rankedBy = new Map<string, string[]>();
    await forEach('ESCO similarRoles', asked, async (role) => {
      const ranked = (await findSimilarRoles(db, role.id, SIMILAR_DEPTH)).map((r) => r.role.id);
      rankedBy.set(role.id, ranked);
      answered += ranked.length;
      notEsco += ranked.filter((id) => !escoIds.has(id)).length;
      yardsticks.forEach((y, i) => {
        const relevant = y.byRole.get(role.id);
        if (!relevant) return;
        scores[i].push(cappedRecallAt(ranked, relevant, SIMILAR_DEPTH));
        chance[i].push(chanceCappedRecallAt(relevant.size, pool, SIMILAR_DEPTH));
      });
    });
    yardsticks.forEach((y, i) => {
      verdicts.push({
        figure: `ESCO similarRoles: ${y.name} in the first 10 (n=${scores[i].length})`,
        value: mean(scores[i]),
        shown: ratio(mean(scores[i])),
        target: `chance ${ratio(mean(chance[i]))}`,
        pass: null,
      });
    });
    notes.push(
      `ESCO similarRoles: ${asked.length} occupations asked; ${percent(answered === 0 ? 0 : notEsco / answered)} of the rows are O*NET or curated roles`,
    );
    // The job zone is the one input that reads the crosswalk (inherited through it): the crosswalk figure without it.
    const withoutZones = buildSimilarityModel(options.evidence, { ...SIMILARITY_WEIGHTS, jobZonePenalty: 0 });
    const crosswalk = yardsticks[2];
    const plain = [...crosswalk.byRole]
      .filter(([id]) => rankedBy.has(id))
      .map(([id, relevant]) =>
        cappedRecallAt(
          rankSimilarRoles(withoutZones, id, SIMILAR_DEPTH).map((r) => r.roleId),
          relevant,
          SIMILAR_DEPTH,
        ),
      );
    notes.push(`ESCO similarRoles: ${crosswalk.name} in the first 10 with the job-zone term off (a check, not the answer): ${ratio(mean(plain))}`);
  }

  if (options.runs('esco-recommend')) {
    const asked = roles.flatMap((r) => {
      const essential = (evidenceOf.get(r.id)?.requirements ?? []).filter((q) => q.importance === 'REQUIRED');
      return essential.length >= 2 ? [{ id: r.id, essential }] : [];
    });
    const reciprocal: number[] = [];
    await forEach('ESCO recommendRoles', asked, async ({ id, essential }) => {
      // The role's own list order (ESCO states no importance: by name), every other essential skill; the rest held out.
      const ordered = [...essential].sort((a, b) => compareSkillsToLearn({ ...a, name: a.skill }, { ...b, name: b.skill }));
      const input = everyOther(ordered).map((q) => q.skill);
      const ranked = (await recommendRoles(db, input, RECOMMEND_DEPTH, null, 3)).map((r) => r.role.id);
      reciprocal.push(reciprocalRank(ranked, id));
    });
    verdicts.push(judge(`ESCO recommendRoles MRR on half the essential skills (n=${asked.length})`, mean(reciprocal), '>=', 0.5, ratio));
    verdicts.push(
      judge('ESCO recommendRoles hit@5 on half the essential skills', mean(reciprocal.map((rr) => (rr >= 1 / 5 ? 1 : 0))), '>=', 0.7, ratio),
    );
  }

  if (options.runs('esco-next')) {
    const starts = roles.filter((r) => r.jobZone != null && r.jobZone >= 3);
    let down = 0;
    let answered = 0;
    const examples: string[] = [];
    await forEach('ESCO nextRoles', starts, async (start) => {
      const first = await options.firstNextRoleZone(start.id);
      if (!first.answered) return;
      answered += 1;
      if (first.jobZone != null && first.jobZone < start.jobZone!) {
        down += 1;
        if (examples.length < 3) examples.push(`${start.id} (zone ${start.jobZone}) -> ${first.id} (zone ${first.jobZone})`);
      }
    });
    verdicts.push(
      judge(
        `ESCO nextRoles (ADVANCE) first role in a lower job zone, zone 3-5 starts (n=${answered})`,
        answered === 0 ? 0 : down / answered,
        '<=',
        0.05,
        percent,
      ),
    );
    notes.push(
      `ESCO nextRoles: ${down} of ${answered} zone 3-5 occupations with a next role (${starts.length} asked) go down first${examples.length ? `, e.g. ${examples.join('; ')}` : ''}`,
    );
  }

  if (options.runs('esco-search')) {
    const links = await linksToOnet();
    const { alternative, hidden } = labelsOfOneOccupation(occupations.filter((o) => roleByUri.has(o.uri)));
    for (const [name, labels] of [
      ['alternative labels of one occupation (indexed)', alternative],
      ['hidden labels of one occupation (not indexed)', hidden],
    ] as const) {
      const figures = await searchLabels(db, name, labels, roleByUri, links);
      verdicts.push({
        figure: `ESCO search top1 on ${name} (n=${labels.length})`,
        value: figures.top1,
        shown: percent(figures.top1),
        target: '(none)',
        pass: null,
      });
      verdicts.push({ figure: `ESCO search top5 on ${name}`, value: figures.top5, shown: percent(figures.top5), target: '(none)', pass: null });
      notes.push(`ESCO search on ${name}: first hit the occupation or an O*NET occupation the crosswalk links it to: ${percent(figures.top1Linked)}`);
    }
    const named = await nameLabels(db, hidden, roleByUri);
    verdicts.push({
      figure: `ESCO hidden labels as a role name: the occupation resolved or offered (n=${hidden.length})`,
      value: named.offered,
      shown: percent(named.offered),
      target: '(none)',
      pass: null,
    });
    notes.push(`ESCO hidden labels as a role name, without near spellings (resolved, or an ambiguous name's candidate): ${percent(named.asTyped)}`);
  }
  return { verdicts, notes };
}

async function searchLabels(
  db: Database,
  name: string,
  labels: readonly LabelQuery[],
  roleByUri: ReadonlyMap<string, string>,
  links: ReadonlyMap<string, ReadonlySet<string>>,
) {
  let top1 = 0;
  let top5 = 0;
  let top1Linked = 0;
  await forEach(`ESCO search, ${name}`, labels, async ({ label, uri }) => {
    const ids = (await searchEverything(db, label, 5)).map((hit) => hit.node.id as string);
    const rank = ids.indexOf(roleByUri.get(uri)!);
    if (rank === 0) top1 += 1;
    if (rank >= 0) top5 += 1;
    if (rank === 0 || (ids[0] !== undefined && links.get(uri)?.has(ids[0]))) top1Linked += 1;
  });
  const n = labels.length;
  return { top1: n === 0 ? 0 : top1 / n, top5: n === 0 ? 0 : top5 / n, top1Linked: n === 0 ? 0 : top1Linked / n };
}

/**
 * Labels typed where a role is asked for by name (careerPath's `from`): the share that resolve to their occupation,
 * or whose error offers it (an ambiguous name's candidates, or the near spellings of a name that matches nothing).
 */
async function nameLabels(db: Database, labels: readonly LabelQuery[], roleByUri: ReadonlyMap<string, string>) {
  let asTyped = 0;
  let offered = 0;
  await forEach('ESCO hidden labels as role names', labels, async ({ label, uri }) => {
    const [resolution] = await resolveNames(db, [{ argument: 'from', kind: 'Role', text: label }]);
    const target = roleByUri.get(uri)!;
    const named =
      resolution.status === 'resolved'
        ? resolution.id === target
        : resolution.status === 'ambiguous' && resolution.candidates.some((c) => c.id === target);
    const suggested = resolution.status === 'not-found' && resolution.suggestions.some((c) => c.id === target);
    if (named) asTyped += 1;
    if (named || suggested) offered += 1;
  });
  const n = labels.length;
  return { asTyped: n === 0 ? 0 : asTyped / n, offered: n === 0 ? 0 : offered / n };
}
