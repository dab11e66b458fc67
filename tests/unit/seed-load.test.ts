// loadSeed refuses a broken seed before anything is written, naming file, entry and field of every problem: copies
// of the real seed with one thing broken, and fixture files for what JSON cannot express (tests/fixtures/bad-seed).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeed, SeedValidationError } from '../../src/seed/load.js';
import { SEED_KINDS, type SeedData } from '../../src/seed/schema.js';
import { byId, SEED_DIR } from '../support/seed-files.js';

const BAD_SEED_FIXTURES = fileURLToPath(new URL('../fixtures/bad-seed/', import.meta.url));

const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of the real seed in a temp dir, changed by `mutate`, then overlaid with a fixture case's files. */
async function brokenSeed(mutate: (seed: SeedData) => void, fixtureCase?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'seed-load-test-'));
  tempDirs.push(dir);
  const seed = {} as Record<string, unknown>;
  for (const kind of SEED_KINDS) seed[kind] = JSON.parse(await readFile(join(SEED_DIR, `${kind}.json`), 'utf8'))[kind];
  mutate(seed as SeedData);
  for (const kind of SEED_KINDS) await writeFile(join(dir, `${kind}.json`), JSON.stringify({ [kind]: seed[kind] }, null, 2));
  if (fixtureCase !== undefined) await cp(join(BAD_SEED_FIXTURES, fixtureCase), dir, { recursive: true });
  return dir;
}

async function problemsOf(dir: string): Promise<readonly string[]> {
  const error = await loadSeed(dir).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SeedValidationError);
  return (error as SeedValidationError).problems;
}

/** Adds a key the schema does not know, bypassing the types on purpose. */
function addField(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}

describe('loadSeed on broken seeds', () => {
  it('rejects an unknown field and names file, entry and field', async () => {
    const dir = await brokenSeed((seed) => {
      addField(byId(seed.roles, 'edge-ai-engineer'), 'salary', 175000);
      addField(byId(seed.roles, 'edge-ai-engineer').salaryBands[0]!, 'bonus', 1);
    });
    expect(await problemsOf(dir)).toEqual([
      `${dir}/roles.json: roles[2] (edge-ai-engineer): salaryBands[0].bonus: unknown field`,
      `${dir}/roles.json: roles[2] (edge-ai-engineer): salary: unknown field`,
    ]);
  });

  it('rejects an id that is not a slug', async () => {
    const dir = await brokenSeed((seed) => {
      seed.skills[0]!.id = 'Model_Compression';
    });
    expect(await problemsOf(dir)).toEqual([
      `${dir}/skills.json: skills[0] (Model_Compression): id: must be a slug (lowercase letters and digits joined by single dashes) (got "Model_Compression")`,
    ]);
  });

  it('rejects months out of order', async () => {
    const dir = await brokenSeed((seed) => {
      seed.transitions[1]!.monthsMin = 9;
    });
    expect(await problemsOf(dir)).toEqual([
      `${dir}/transitions.json: transitions[1] (ml-engineer -> edge-ai-engineer): monthsMin: must be <= monthsTypical (got 9 > 8)`,
    ]);
  });

  it('rejects months outside 0-240 and a wrong type', async () => {
    const dir = await brokenSeed((seed) => {
      seed.transitions[0]!.monthsMax = 300;
      (seed.transitions[0] as Record<string, unknown>).monthsTypical = '6';
    });
    expect(await problemsOf(dir)).toEqual([
      `${dir}/transitions.json: transitions[0] (embedded-software-engineer -> edge-ai-engineer): monthsTypical: must be a number (got "6")`,
      `${dir}/transitions.json: transitions[0] (embedded-software-engineer -> edge-ai-engineer): monthsMax: must be between 0 and 240 (got 300)`,
    ]);
  });

  it('rejects a promotion whose derived months break the promotion rule', async () => {
    const dir = await brokenSeed((seed) => {
      seed.transitions[2]!.monthsMin = 30;
    });
    expect(await problemsOf(dir)).toEqual([
      `${dir}/transitions.json: transitions[2] (edge-ai-engineer -> senior-edge-ai-engineer): monthsMin: must be 36 by the promotion rule for edge-ai-engineer (2-6 yrs) -> senior-edge-ai-engineer (5-9 yrs), got 30`,
    ]);
  });

  it('rejects a self loop', async () => {
    const dir = await brokenSeed((seed) => {
      seed.transitions[0]!.to = 'embedded-software-engineer';
    });
    expect(await problemsOf(dir)).toEqual([
      `${dir}/transitions.json: transitions[0] (embedded-software-engineer -> embedded-software-engineer): to: must differ from "from" (self loop on "embedded-software-engineer")`,
    ]);
  });

  it('rejects dangling references and suggests the nearest id', async () => {
    const dir = await brokenSeed((seed) => {
      const edge = byId(seed.roles, 'edge-ai-engineer');
      edge.skills.find((s) => s.skill === 'profiling-tools')!.skill = 'profiling-tool';
      byId(seed.certifications, 'aws-certified-machine-learning-engineer-associate').issuer = 'aws';
    });
    const index = (await loadSeed(SEED_DIR)).roles[2]!.skills.findIndex((s) => s.skill === 'profiling-tools');
    expect(await problemsOf(dir)).toEqual([
      `${dir}/roles.json: roles[2] (edge-ai-engineer): skills[${index}].skill: unknown skill "profiling-tool" (did you mean "profiling-tools"?)`,
      `${dir}/certifications.json: certifications[2] (aws-certified-machine-learning-engineer-associate): issuer: unknown company "aws"`,
    ]);
  });

  it('rejects a transition focus skill the target role does not have', async () => {
    const dir = await brokenSeed((seed) => {
      seed.transitions[0]!.focusSkills.push('device-software-development');
    });
    expect(await problemsOf(dir)).toEqual([
      `${dir}/transitions.json: transitions[0] (embedded-software-engineer -> edge-ai-engineer): focusSkills[3]: "device-software-development" is neither among the skills of edge-ai-engineer nor part of one of its areas, so it cannot be a gap to close`,
    ]);
  });

  it('rejects a duplicate id', async () => {
    const dir = await brokenSeed((seed) => {
      seed.platforms.push({ ...seed.platforms[0]! });
    });
    expect(await problemsOf(dir)).toEqual([
      `${dir}/platforms.json: platforms[16] (nvidia-jetson): id: duplicate id "nvidia-jetson" (first used by platforms[0])`,
    ]);
  });

  it('rejects a derived fact without its derivation', async () => {
    const dir = await brokenSeed((seed) => {
      delete seed.transitions[2]!.derivation;
    });
    expect(await problemsOf(dir)).toEqual([
      `${dir}/transitions.json: transitions[2] (edge-ai-engineer -> senior-edge-ai-engineer): derivation: is required when source is "derived" (say how the fact was inferred)`,
    ]);
  });

  it('rejects malformed JSON with the line and column of the error', async () => {
    const dir = await brokenSeed(() => {}, 'malformed-json');
    expect(await problemsOf(dir)).toEqual([`${dir}/tracks.json:6:7: invalid JSON: expected ',' or '}' after the property value, found '"'`]);
  });

  it('reports a missing file and problems in several files, one per line', async () => {
    const dir = await brokenSeed((seed) => {
      seed.tracks[1]!.partOf = 'Applied AI';
    });
    await rm(join(dir, 'courses.json'));
    const error = await loadSeed(dir).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toBe(
      [
        'invalid seed (2 problems):',
        `${dir}/tracks.json: tracks[1] (ai-engineering): partOf: must be a slug (lowercase letters and digits joined by single dashes) (got "Applied AI")`,
        `${dir}/courses.json: cannot read file (ENOENT)`,
      ].join('\n'),
    );
  });
});
