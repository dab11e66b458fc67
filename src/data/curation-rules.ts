// Validation of curator input, pure: every rule names the field at fault, and runs before any write.
import { badUserInput } from '../graphql/errors.js';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TRANSITION_KINDS = ['PROMOTION', 'CAREER_CHANGE', 'LATERAL', 'SPECIALIZATION'] as const;
export const MAX_MONTHS = 240;

export function checkSlug(field: string, value: string): void {
  if (!SLUG.test(value) || value.length > 100) {
    throw badUserInput(field, `must be a slug of lowercase letters and digits joined by dashes, at most 100 characters (got "${value}")`);
  }
}

export function checkText(field: string, value: string | null | undefined, maxLength: number, required = false): void {
  if (value == null) {
    if (required) throw badUserInput(field, 'is required');
    return;
  }
  if (required && value.trim() === '') throw badUserInput(field, 'must not be blank');
  if (value.length > maxLength) throw badUserInput(field, `must be at most ${maxLength} characters (got ${value.length})`);
  // Control characters have no place in names and descriptions; they only hide text from curators.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) throw badUserInput(field, 'must not contain control characters');
}

export function checkRange(field: string, value: number | null | undefined, min: number, max: number): void {
  if (value == null) return;
  if (!Number.isFinite(value) || value < min || value > max) {
    throw badUserInput(field, `must be from ${min} to ${max} (got ${value})`);
  }
}

export interface MonthsInput {
  monthsTypical: number;
  monthsMin: number;
  monthsMax: number;
}

export function checkMonths(input: MonthsInput): void {
  checkRange('monthsMin', input.monthsMin, 0, MAX_MONTHS);
  checkRange('monthsTypical', input.monthsTypical, 0, MAX_MONTHS);
  checkRange('monthsMax', input.monthsMax, 0, MAX_MONTHS);
  if (input.monthsMin > input.monthsTypical) {
    throw badUserInput('monthsMin', `must be <= monthsTypical (got ${input.monthsMin} > ${input.monthsTypical})`);
  }
  if (input.monthsTypical > input.monthsMax) {
    throw badUserInput('monthsTypical', `must be <= monthsMax (got ${input.monthsTypical} > ${input.monthsMax})`);
  }
}

export function checkTransitionEnds(from: string, to: string): void {
  checkSlug('from', from);
  checkSlug('to', to);
  if (from === to) throw badUserInput('to', `must differ from "from" (a role cannot transition to itself: "${to}")`);
}

export function checkKind(kind: string): void {
  if (!(TRANSITION_KINDS as readonly string[]).includes(kind)) {
    throw badUserInput('kind', `must be one of ${TRANSITION_KINDS.join(', ')} (got "${kind}")`);
  }
}

/** Keeps only the fields present in the input: left out means "unchanged", null means "remove". */
export function presentFields<T extends object>(input: T, fields: (keyof T)[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const field of fields) if (field in input && input[field] !== undefined) props[field as string] = input[field];
  return props;
}
