// Validation of curator input, pure: every rule names the field at fault, and runs before any write. The rules
// themselves (slugs, month bounds) live in src/domain; a transition's kind is the GraphQL enum TransitionKind, so
// graphql-js refuses an unknown one before a resolver runs.
import { BadInputError } from '../domain/errors.js';
import { MAX_MONTHS, MIN_MONTHS, type TransitionMonths } from '../domain/months.js';
import { isSlug, MAX_SLUG_LENGTH, SLUG_RULE } from '../domain/slugs.js';

export function checkSlug(field: string, value: string): void {
  if (!isSlug(value)) throw new BadInputError(field, `must be a slug of ${SLUG_RULE}, at most ${MAX_SLUG_LENGTH} characters (got "${value}")`);
}

export function checkText(field: string, value: string | null | undefined, maxLength: number, required = false): void {
  if (value == null) {
    if (required) throw new BadInputError(field, 'is required');
    return;
  }
  if (required && value.trim() === '') throw new BadInputError(field, 'must not be blank');
  if (value.length > maxLength) throw new BadInputError(field, `must be at most ${maxLength} characters (got ${value.length})`);
  // Control characters have no place in names and descriptions; they only hide text from curators.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) throw new BadInputError(field, 'must not contain control characters');
}

export function checkRange(field: string, value: number | null | undefined, min: number, max: number): void {
  if (value == null) return;
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new BadInputError(field, `must be from ${min} to ${max} (got ${value})`);
  }
}

export function checkMonths(input: TransitionMonths): void {
  checkRange('monthsMin', input.monthsMin, MIN_MONTHS, MAX_MONTHS);
  checkRange('monthsTypical', input.monthsTypical, MIN_MONTHS, MAX_MONTHS);
  checkRange('monthsMax', input.monthsMax, MIN_MONTHS, MAX_MONTHS);
  if (input.monthsMin > input.monthsTypical) {
    throw new BadInputError('monthsMin', `must be <= monthsTypical (got ${input.monthsMin} > ${input.monthsTypical})`);
  }
  if (input.monthsTypical > input.monthsMax) {
    throw new BadInputError('monthsTypical', `must be <= monthsMax (got ${input.monthsTypical} > ${input.monthsMax})`);
  }
}

export function checkTransitionEnds(from: string, to: string): void {
  checkSlug('from', from);
  checkSlug('to', to);
  if (from === to) throw new BadInputError('to', `must differ from "from" (a role cannot transition to itself: "${to}")`);
}

/** Keeps only the fields present in the input: left out means "unchanged", null means "remove". */
export function presentFields<T extends object, K extends keyof T>(input: T, fields: K[]): Partial<Pick<T, K>> {
  const props: Partial<Pick<T, K>> = {};
  for (const field of fields) if (field in input && input[field] !== undefined) props[field] = input[field];
  return props;
}
