// How a seed problem reads: `<file>: <collection>[<index>] (<id>): <field.path>: <message>`, from zod's issues or
// from the cross-file checks.
import path from 'node:path';
import type { z } from 'zod';
import type { SeedKind } from './schema.js';

export type FieldPath = (string | number)[];

export interface Problem {
  kind: SeedKind;
  path: FieldPath;
  message: string;
}

/** Turns one zod issue into problems with a field path and a plain message. */
export function describeIssue(issue: z.core.$ZodIssue): { path: FieldPath; message: string }[] {
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
export function formatProblem(file: string, data: unknown, path: FieldPath, message: string): string {
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

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function errorCode(error: unknown): string {
  return isRecord(error) && typeof error.code === 'string' ? error.code : String(error);
}
