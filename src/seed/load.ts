// Loads the curated seed directory: parses each file, validates it against its schema, then checks
// the references between files. Pure: reads files, touches no database.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseJson } from './json-position.js';
import { describeIssue, displayPath, errorCode, formatProblem } from './problems.js';
import { checkReferences } from './references.js';
import { SEED_KINDS, seedFileSchema, type SeedData, type SeedKind } from './schema.js';

/** Thrown when the seed is invalid; `problems` has one line per problem, as in the message. */
export class SeedValidationError extends Error {
  readonly problems: readonly string[];

  constructor(problems: string[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`invalid seed (${count}):\n${problems.join('\n')}`);
    this.name = 'SeedValidationError';
    this.problems = problems;
  }
}

/** Reads and validates every seed file in `dir`; throws SeedValidationError listing all problems. */
export async function loadSeed(dir: string): Promise<SeedData> {
  const problems: string[] = [];
  const raw: Partial<Record<SeedKind, unknown>> = {};
  const parsed: Partial<Record<SeedKind, unknown>> = {};
  const fileLabel = (kind: SeedKind) => displayPath(path.join(dir, `${kind}.json`));

  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    throw new SeedValidationError([`${displayPath(dir)}: cannot read seed directory (${errorCode(error)})`]);
  }
  const expected = new Set(SEED_KINDS.map((kind) => `${kind}.json`));
  for (const name of entries.filter((entry) => entry.endsWith('.json') && !expected.has(entry)).sort()) {
    problems.push(`${displayPath(path.join(dir, name))}: unexpected seed file (expected only ${[...expected].join(', ')})`);
  }

  for (const kind of SEED_KINDS) {
    const file = path.join(dir, `${kind}.json`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      problems.push(`${fileLabel(kind)}: cannot read file (${errorCode(error)})`);
      continue;
    }
    const json = parseJson(text);
    if (!json.ok) {
      problems.push(`${fileLabel(kind)}:${json.line}:${json.column}: invalid JSON: ${json.message}`);
      continue;
    }
    raw[kind] = json.value;
    const result = seedFileSchema(kind).safeParse(json.value, { reportInput: true });
    if (result.success) parsed[kind] = result.data[kind];
    else for (const issue of result.error.issues) problems.push(...describeIssue(issue).map((p) => formatProblem(fileLabel(kind), json.value, p.path, p.message)));
  }
  if (problems.length > 0) throw new SeedValidationError(problems);

  const seed = parsed as SeedData;
  const crossProblems = checkReferences(seed);
  if (crossProblems.length > 0) {
    throw new SeedValidationError(crossProblems.map((p) => formatProblem(fileLabel(p.kind), raw[p.kind], p.path, p.message)));
  }
  return seed;
}
