// Loads the curated seed directory: parses each file, validates it against its schema, then checks
// the references between files. Pure: reads files, touches no database.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { SEED_KINDS, seedFileSchema, type SeedData, type SeedKind } from './schema.js';
import { promotionMonths } from '../domain/promotion-months.js';

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

type FieldPath = (string | number)[];

interface Problem {
  kind: SeedKind;
  path: FieldPath;
  message: string;
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

function checkReferences(seed: SeedData): Problem[] {
  const problems: Problem[] = [];
  const report = (kind: SeedKind, path: FieldPath, message: string) => problems.push({ kind, path, message });

  const ids = {} as Record<Exclude<SeedKind, 'transitions'>, Set<string>>;
  for (const kind of SEED_KINDS) {
    if (kind === 'transitions') continue;
    const seen = new Map<string, number>();
    seed[kind].forEach((entry, index) => {
      const first = seen.get(entry.id);
      if (first === undefined) seen.set(entry.id, index);
      else report(kind, [kind, index, 'id'], `duplicate id "${entry.id}" (first used by ${kind}[${first}])`);
    });
    ids[kind] = new Set(seen.keys());
  }
  const singular: Record<keyof typeof ids, string> = {
    tracks: 'track',
    roles: 'role',
    skills: 'skill',
    companies: 'company',
    certifications: 'certification',
    courses: 'course',
    platforms: 'platform',
    sources: 'source',
  };
  const checkRef = (kind: SeedKind, path: FieldPath, target: keyof typeof ids, id: string) => {
    if (ids[target].has(id)) return;
    const suggestion = closest(id, ids[target]);
    report(kind, path, `unknown ${singular[target]} "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
  };
  const checkRefs = (kind: SeedKind, path: FieldPath, target: keyof typeof ids, list: readonly string[] | undefined) =>
    list?.forEach((id, index) => checkRef(kind, [...path, index], target, id));
  const checkUnique = <T>(kind: SeedKind, path: FieldPath, list: readonly T[], key: (item: T) => string, field: string) => {
    const seen = new Map<string, number>();
    list.forEach((item, index) => {
      const value = key(item);
      const first = seen.get(value);
      if (first === undefined) seen.set(value, index);
      else report(kind, [...path, index, field], `"${value}" is listed twice (also at ${String(path.at(-1))}[${first}])`);
    });
  };

  seed.tracks.forEach((track, i) => {
    if (track.partOf !== undefined) checkRef('tracks', ['tracks', i, 'partOf'], 'tracks', track.partOf);
  });

  const skillsById = new Map(seed.skills.map((skill) => [skill.id, skill]));
  seed.roles.forEach((role, i) => {
    const at: FieldPath = ['roles', i];
    checkRefs('roles', [...at, 'tracks'], 'tracks', role.tracks);
    role.skills.forEach((link, j) => checkRef('roles', [...at, 'skills', j, 'skill'], 'skills', link.skill));
    checkUnique('roles', [...at, 'skills'], role.skills, (link) => link.skill, 'skill');
    role.platforms.forEach((link, j) => checkRef('roles', [...at, 'platforms', j, 'platform'], 'platforms', link.platform));
    checkUnique('roles', [...at, 'platforms'], role.platforms, (link) => link.platform, 'platform');
    checkUnique('roles', [...at, 'salaryBands'], role.salaryBands, (band) => band.level, 'level');
  });

  seed.skills.forEach((skill, i) => {
    const at: FieldPath = ['skills', i];
    if (skill.parentSkill !== undefined) checkRef('skills', [...at, 'parentSkill'], 'skills', skill.parentSkill);
    checkRefs('skills', [...at, 'runsOn'], 'platforms', skill.runsOn);
    skill.executionProviders?.forEach((id, j) => {
      const provider = skillsById.get(id);
      if (provider === undefined) checkRef('skills', [...at, 'executionProviders', j], 'skills', id);
      else if (provider.category !== 'EXECUTION_PROVIDER') {
        report('skills', [...at, 'executionProviders', j], `"${id}" is a ${provider.category} skill, not an EXECUTION_PROVIDER`);
      }
    });
    // Walk up the parents; a walk that comes back to this skill is a cycle.
    const visited = new Set([skill.id]);
    for (let parent = skill.parentSkill; parent !== undefined; parent = skillsById.get(parent)?.parentSkill) {
      if (visited.has(parent)) {
        if (parent === skill.id) report('skills', [...at, 'parentSkill'], `parent chain loops back to "${skill.id}"`);
        break;
      }
      visited.add(parent);
    }
  });

  const rolesById = new Map(seed.roles.map((role) => [role.id, role]));
  const transitionKeys = new Map<string, number>();
  seed.transitions.forEach((transition, i) => {
    const at: FieldPath = ['transitions', i];
    checkRef('transitions', [...at, 'from'], 'roles', transition.from);
    checkRef('transitions', [...at, 'to'], 'roles', transition.to);
    checkRefs('transitions', [...at, 'focusSkills'], 'skills', transition.focusSkills);
    const key = `${transition.from} -> ${transition.to} (${transition.kind})`;
    const first = transitionKeys.get(key);
    if (first === undefined) transitionKeys.set(key, i);
    else report('transitions', [...at, 'to'], `duplicate transition ${key} (first at transitions[${first}])`);

    const target = rolesById.get(transition.to);
    if (target !== undefined) {
      // A focus skill is one the target requires, or a part of an area it requires.
      const targetSkills = new Set(target.skills.map((link) => link.skill));
      const isRequiredByTarget = (id: string): boolean => {
        for (let skill: string | undefined = id, hops = 0; skill !== undefined && hops <= seed.skills.length; skill = skillsById.get(skill)?.parentSkill, hops += 1) {
          if (targetSkills.has(skill)) return true;
        }
        return false;
      };
      transition.focusSkills.forEach((id, j) => {
        if (ids.skills.has(id) && !isRequiredByTarget(id)) {
          report('transitions', [...at, 'focusSkills', j], `"${id}" is neither among the skills of ${target.id} nor part of one of its areas, so it cannot be a gap to close`);
        }
      });
    }
    if (transition.kind === 'PROMOTION' && transition.source === 'derived') {
      checkPromotionMonths(transition, rolesById.get(transition.from), target, (path, message) => report('transitions', [...at, ...path], message));
    }
  });

  seed.companies.forEach((company, i) => {
    const at: FieldPath = ['companies', i];
    company.hiresFor.forEach((link, j) => checkRef('companies', [...at, 'hiresFor', j, 'role'], 'roles', link.role));
    checkUnique('companies', [...at, 'hiresFor'], company.hiresFor, (link) => link.role, 'role');
  });

  seed.certifications.forEach((cert, i) => {
    const at: FieldPath = ['certifications', i];
    checkRef('certifications', [...at, 'issuer'], 'companies', cert.issuer);
    checkRefs('certifications', [...at, 'recommendedFor'], 'roles', cert.recommendedFor);
    checkRefs('certifications', [...at, 'validates', 'skills'], 'skills', cert.validates.skills);
    checkRefs('certifications', [...at, 'validates', 'roles'], 'roles', cert.validates.roles);
  });

  seed.courses.forEach((course, i) => {
    const at: FieldPath = ['courses', i];
    checkRefs('courses', [...at, 'teaches'], 'skills', course.teaches);
    checkRefs('courses', [...at, 'recommendedFor'], 'roles', course.recommendedFor);
  });

  seed.platforms.forEach((platform, i) => {
    if (platform.vendor !== null) checkRef('platforms', ['platforms', i, 'vendor'], 'companies', platform.vendor);
  });

  return problems;
}

function checkPromotionMonths(
  transition: SeedData['transitions'][number],
  from: SeedData['roles'][number] | undefined,
  to: SeedData['roles'][number] | undefined,
  report: (path: FieldPath, message: string) => void,
): void {
  if (from === undefined || to === undefined) return;
  if (from.experienceMinYears === null || from.experienceMaxYears === null || to.experienceMinYears === null || to.experienceMaxYears === null) {
    report(['monthsTypical'], `a derived PROMOTION needs experience ranges on both ${from.id} and ${to.id}`);
    return;
  }
  const expected = promotionMonths(
    { minYears: from.experienceMinYears, maxYears: from.experienceMaxYears },
    { minYears: to.experienceMinYears, maxYears: to.experienceMaxYears },
  );
  if (expected === null) {
    report(['monthsMin'], `experience ranges of ${from.id} and ${to.id} do not overlap, so the promotion rule gives no window`);
    return;
  }
  for (const field of ['monthsMin', 'monthsTypical', 'monthsMax'] as const) {
    if (transition[field] !== expected[field]) {
      report([field], `must be ${expected[field]} by the promotion rule for ${from.id} (${from.experienceMinYears}-${from.experienceMaxYears} yrs) -> ${to.id} (${to.experienceMinYears}-${to.experienceMaxYears} yrs), got ${transition[field]}`);
    }
  }
}

/** Turns one zod issue into problems with a field path and a plain message. */
function describeIssue(issue: z.core.$ZodIssue): { path: FieldPath; message: string }[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const hasInput = 'input' in issue && issue.input !== undefined;
  const got = hasInput ? ` (got ${preview(issue.input)})` : '';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: 'unknown field' }));
    case 'invalid_type':
      return [{ path, message: hasInput ? `must be ${article(issue.expected)}${got}` : `is required (${issue.expected})` }];
    case 'invalid_value':
      return [{ path, message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got}` }];
    case 'custom':
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: `${issue.message}${got}` }];
  }
}

/** `<file>: <collection>[<index>] (<id>): <field.path>: <message>` */
function formatProblem(file: string, data: unknown, path: FieldPath, message: string): string {
  const [collection, index, ...rest] = path;
  if (collection === undefined) return `${file}: ${message}`;
  if (typeof index !== 'number') return `${file}: ${fieldPath(path)}: ${message}`;
  const entry = isRecord(data) && Array.isArray(data[collection]) ? (data[collection] as unknown[])[index] : undefined;
  const label = entryLabel(entry);
  const where = `${collection}[${index}]${label ? ` (${label})` : ''}`;
  return rest.length === 0 ? `${file}: ${where}: ${message}` : `${file}: ${where}: ${fieldPath(rest)}: ${message}`;
}

function entryLabel(entry: unknown): string | undefined {
  if (!isRecord(entry)) return undefined;
  if (typeof entry.from === 'string' && typeof entry.to === 'string') return `${entry.from} -> ${entry.to}`;
  return typeof entry.id === 'string' ? entry.id : undefined;
}

function fieldPath(path: FieldPath): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

function preview(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorCode(error: unknown): string {
  return isRecord(error) && typeof error.code === 'string' ? error.code : String(error);
}

/** Nearest id by edit distance, if it is close enough to be a likely typo. */
function closest(id: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(id.length / 4)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

type JsonResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

/** JSON.parse, plus the line and column of a syntax error (JSON.parse does not always give one). */
function parseJson(text: string): JsonResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const found = findSyntaxError(body) ?? { offset: 0, message: error instanceof Error ? error.message : String(error) };
    const before = body.slice(0, found.offset).split('\n');
    return { ok: false, line: before.length, column: before.at(-1)!.length + 1, message: found.message };
  }
}

/** A small recursive-descent JSON scanner whose only job is to say where the first error is. */
function findSyntaxError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  const fail = (expected: string): never => {
    const found = i < text.length ? `'${text[i]}'` : 'end of file';
    throw Object.assign(new Error(`expected ${expected}, found ${found}`), { offset: i });
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (char: string, expected: string) => (text[i] === char ? i++ : fail(expected));
  const string = () => {
    expect('"', 'a double-quoted string');
    for (;;) {
      if (i >= text.length) fail('a closing quote');
      const char = text[i]!;
      if (char === '"') return void i++;
      if (char < ' ') fail('a closing quote (control characters must be escaped)');
      if (char === '\\') {
        i++;
        if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 5;
        else if (i < text.length && '"\\/bfnrt'.includes(text[i]!)) i++;
        else fail('a valid escape sequence');
      } else i++;
    }
  };
  const value = (): void => {
    skipSpace();
    const char = text[i];
    if (char === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') return void i++;
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail('a double-quoted property name');
        string();
        skipSpace();
        expect(':', "':' after the property name");
        value();
        skipSpace();
        if (text[i] === ',') i++;
        else return void expect('}', "',' or '}' after the property value");
      }
    }
    if (char === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        skipSpace();
        if (text[i] === ',') i++;
        else return void expect(']', "',' or ']' after the array element");
      }
    }
    if (char === '"') return string();
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = i;
    if (number.test(text)) return void (i = number.lastIndex);
    for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, i)) return void (i += literal.length);
    fail('a value');
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail('end of file after the top-level value');
    return undefined;
  } catch (error) {
    return { offset: (error as { offset: number }).offset, message: (error as Error).message };
  }
}
