// Argument checks at the edge: each names the argument and the allowed range.
import { badUserInput } from './errors.js';

export function intInRange(argument: string, value: number | null | undefined, min: number, max: number, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badUserInput(argument, `must be an integer from ${min} to ${max} (got ${n})`);
  }
  return n;
}

export function idList(argument: string, ids: readonly string[] | null | undefined, min: number, max: number): string[] {
  const list = [...(ids ?? [])];
  if (list.length < min || list.length > max) {
    throw badUserInput(argument, `must list from ${min} to ${max} ids (got ${list.length})`);
  }
  const duplicates = list.filter((id, i) => list.indexOf(id) !== i);
  if (duplicates.length > 0) throw badUserInput(argument, `lists ${[...new Set(duplicates)].join(', ')} more than once`);
  return list;
}

export function nonBlank(argument: string, text: string, maxLength: number): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw badUserInput(argument, 'must not be empty');
  if (trimmed.length > maxLength) throw badUserInput(argument, `must be at most ${maxLength} characters (got ${trimmed.length})`);
  return trimmed;
}
