// The ESCO figures of `npm run eval` (eval/esco.ts) in the real Neo4j, on the seed and the synthetic O*NET fixture:
// without ESCO occupations they are skipped with a note; with the synthetic ESCO fixture imported, each figure is
// asked about the right occupations and measured against the release files, not the graph.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateEsco, firstNextRoleZone, type EscoEvaluationOptions } from '../../eval/esco.js';
import { cappedRecallAt } from '../../eval/esco-yardsticks.js';
import { mean, reciprocalRank } from '../../eval/metrics.js';
import { findRoleEvidence, findSimilarRoles, recommendRoles } from '../../src/data/role-matching.js';
import { resolveNames } from '../../src/data/name-resolution.js';
import { searchEverything } from '../../src/data/search.js';
import { importEsco, removeEscoImport } from '../../src/import/esco/import.js';
import { importOnet, removeOnetImport } from '../../src/import/onet/import.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { FIXTURE_OCCUPATIONS, writeEscoFixture, type EscoFixture } from '../support/esco-fixture.js';
import { writeOnetFixture } from '../support/onet-fixture.js';

let api: TestApi;
let fixture: EscoFixture;
const tempDirs: string[] = [];

const OCC = 'http://data.europa.eu/esco/occupation/';
const uri = (n: number) => OCC + FIXTURE_OCCUPATIONS[n - 1][0];
const EMBEDDED = 'esco-embedded-software-developer';
const SOFTWARE = 'esco-software-developer';
const CPP = 'esco-cpp-developer';
/** Means summed in another order differ in the last bits. */
const round = (n: number) => Math.round(n * 1e9) / 1e9;

async function options(overrides: Partial<EscoEvaluationOptions> = {}): Promise<EscoEvaluationOptions> {
  return {
    folder: fixture?.releaseFolder,
    runs: () => true,
    evidence: await findRoleEvidence(api.database),
    primaryShort: async () => new Map(),
    firstNextRoleZone: (roleId) => firstNextRoleZone(api.database, roleId),
    ...overrides,
  };
}

beforeAll(async () => {
  api = await startTestApi();
  await removeEscoImport(api.database);
  await removeOnetImport(api.database);
  const onetFolder = await writeOnetFixture();
  tempDirs.push(onetFolder);
  await importOnet(api.database, onetFolder);
  fixture = await writeEscoFixture();
  tempDirs.push(fixture.root);
  // ESCO's occupation hierarchy below ISCO, which the import does not read: embedded and C++ developer are narrower
  // than software developer.
  await writeFile(
    join(fixture.releaseFolder, 'broaderRelationsOccPillar.csv'),
    [
      'conceptType,conceptUri,broaderType,broaderUri',
      `Occupation,${uri(2)},ISCOGroup,http://data.europa.eu/esco/isco/C2512`,
      `Occupation,${uri(1)},Occupation,${uri(2)}`,
      `Occupation,${uri(3)},Occupation,${uri(2)}`,
      '',
    ].join('\r\n'),
  );
});

afterAll(async () => {
  if (api) {
    await removeEscoImport(api.database);
    await removeOnetImport(api.database);
    await api.close();
  }
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the ESCO figures of npm run eval', () => {
  it('measures nothing and says why when the graph holds no ESCO occupation', async () => {
    const result = await evaluateEsco(api.database, await options());
    expect(result.verdicts).toEqual([]);
    expect(result.notes).toEqual(['ESCO: the graph holds no ESCO occupations (npm run import:esco): ESCO figures not measured']);
  });

  describe('with the ESCO fixture imported', () => {
    beforeAll(async () => {
      await importEsco(api.database, fixture.releaseFolder);
    });

    it('measures nothing and names the folder when the release files are missing', async () => {
      const nowhere = join(fixture.root, 'nowhere');
      const result = await evaluateEsco(api.database, await options({ folder: nowhere }));
      expect(result.verdicts).toEqual([]);
      expect(result.notes).toEqual([
        `ESCO: 6 ESCO occupations in the graph, but no ESCO release at ${nowhere} (--esco <folder>): ESCO figures not measured`,
      ]);
    });

    it('measures similarRoles against the hierarchy, the ISCO unit group and the crosswalks of the release files', async () => {
      const { verdicts } = await evaluateEsco(api.database, await options({ runs: (figure) => figure === 'esco-similar' }));
      const similar = async (id: string) => (await findSimilarRoles(api.database, id, 10)).map((r) => r.role.id);
      const recall = async (asked: [string, string[]][]) =>
        mean(await Promise.all(asked.map(async ([id, relevant]) => cappedRecallAt(await similar(id), new Set(relevant), 10))));
      // The family: software developer with its two narrower occupations. The unit group 2512: the four developers.
      const developers = [EMBEDDED, SOFTWARE, CPP, 'esco-c-developer'];
      const family = await recall([
        [EMBEDDED, [SOFTWARE]],
        [SOFTWARE, [EMBEDDED, CPP]],
        [CPP, [SOFTWARE]],
      ]);
      const unitGroup = await recall(developers.map((id) => [id, developers.filter((other) => other !== id)]));
      // The crosswalks link embedded and software developer to one O*NET occupation (15-1132.00, 15-1252.00 in 2019).
      const crosswalk = await recall([
        [EMBEDDED, [SOFTWARE]],
        [SOFTWARE, [EMBEDDED]],
      ]);
      expect(verdicts.map((v) => [v.figure, round(v.value)])).toEqual([
        ["ESCO similarRoles: ESCO's broader and narrower occupations in the first 10 (n=3)", round(family)],
        ['ESCO similarRoles: the other occupations of its ISCO unit group in the first 10 (n=4)', round(unitGroup)],
        ['ESCO similarRoles: occupations the crosswalks relate in the first 10 (n=2)', round(crosswalk)],
      ]);
      expect(family).toBeGreaterThan(0);
    });

    it('measures recommendRoles on every other essential skill, the occupation itself the answer', async () => {
      const { verdicts } = await evaluateEsco(api.database, await options({ runs: (figure) => figure === 'esco-recommend' }));
      // Each occupation's essential skills in list order (ESCO states no importance: by id; Python and C++ are the
      // seed's), every other one starting with the first.
      const inputs: [string, string[]][] = [
        [EMBEDDED, ['cpp', 'esco-skill-develop-embedded-firmware', 'esco-skill-use-a-computer']],
        [SOFTWARE, ['esco-skill-debug-software', 'esco-skill-use-a-computer']],
        [CPP, ['cpp', 'esco-skill-develop-software']],
        ['esco-c-developer', ['esco-skill-c', 'esco-skill-develop-software']],
        ['esco-electronics-engineer', ['esco-skill-design-circuits', 'esco-skill-use-a-computer']],
        ['esco-filing-clerk', ['esco-skill-file-documents']],
      ];
      const reciprocal = await Promise.all(
        inputs.map(async ([id, skills]) =>
          reciprocalRank(
            (await recommendRoles(api.database, skills, 50, null, 3)).map((r) => r.role.id),
            id,
          ),
        ),
      );
      expect(verdicts.map((v) => [v.figure, round(v.value)])).toEqual([
        ['ESCO recommendRoles MRR on half the essential skills (n=6)', round(mean(reciprocal))],
        ['ESCO recommendRoles hit@5 on half the essential skills', round(mean(reciprocal.map((rr) => (rr >= 0.2 ? 1 : 0))))],
      ]);
    });

    it('searches the alternative labels that name one occupation, and the hidden ones as text and as role names', async () => {
      const { verdicts } = await evaluateEsco(api.database, await options({ runs: (figure) => figure === 'esco-search' }));
      const labels: [string, string][] = [
        ['firmware developer', EMBEDDED],
        ['embedded developer', EMBEDDED],
        ['programmer', SOFTWARE],
        ['software engineer', SOFTWARE],
        ['C programmer', 'esco-c-developer'],
        ['electronic engineer', 'esco-electronics-engineer'],
        ['records clerk', 'esco-filing-clerk'],
      ];
      const hits = await Promise.all(
        labels.map(async ([label, id]) => (await searchEverything(api.database, label, 5)).map((hit) => hit.node.id).indexOf(id)),
      );
      const firsts = hits.map((rank) => rank === 0);
      const fives = hits.map((rank) => rank >= 0);
      // Misspelt hidden labels: only near spellings find them, first, and name resolution offers them.
      const hidden: [string, string][] = [
        ['embeded sofware developer', EMBEDDED],
        ['filling clark', 'esco-filing-clerk'],
      ];
      for (const [label, id] of hidden) {
        expect((await searchEverything(api.database, label, 5))[0].node.id, label).toBe(id);
        const [resolution] = await resolveNames(api.database, [{ argument: 'from', kind: 'Role', text: label }]);
        expect(resolution.status === 'not-found' && resolution.suggestions.map((c) => c.id), label).toContain(id);
      }
      expect(verdicts.map((v) => [v.figure, round(v.value)])).toEqual([
        ['ESCO search top1 on alternative labels of one occupation (indexed) (n=7)', round(firsts.filter(Boolean).length / 7)],
        ['ESCO search top5 on alternative labels of one occupation (indexed)', round(fives.filter(Boolean).length / 7)],
        ['ESCO search top1 on hidden labels of one occupation (not indexed) (n=2)', 1],
        ['ESCO search top5 on hidden labels of one occupation (not indexed)', 1],
        ['ESCO hidden labels as a role name: the occupation resolved or offered (n=2)', 1],
      ]);
    });
  });
});
