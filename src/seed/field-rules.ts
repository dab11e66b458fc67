// The field rules the seed schemas share: slugs, text, bounded numbers, lists without repeats, and the provenance
// rule (a derived fact says how it was derived; a stated one does not).
import { z } from 'zod';
import { SEED_FACT_SOURCES, type SeedFactSource } from '../domain/facts.js';
import { MAX_MONTHS, MIN_MONTHS } from '../domain/months.js';
import { SLUG_PATTERN, SLUG_RULE } from '../domain/slugs.js';

export const slugField = z.string().regex(SLUG_PATTERN, `must be a slug (${SLUG_RULE})`);
export const textField = z.string().regex(/\S/, 'must not be blank');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

export const intBetween = (min: number, max: number) =>
  z
    .number()
    .int('must be a whole number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);
export const provenance = z.enum(SEED_FACT_SOURCES);
export const months = intBetween(MIN_MONTHS, MAX_MONTHS);
export const usd = intBetween(0, 10_000_000);
export const yearsOfExperience = z.number().min(0, 'must be between 0 and 60').max(60, 'must be between 0 and 60');

function repeatsCheck(values: readonly string[], ctx: z.RefinementCtx): void {
  const firstIndex = new Map<string, number>();
  values.forEach((value, index) => {
    const first = firstIndex.get(value);
    if (first === undefined) firstIndex.set(value, index);
    else ctx.addIssue({ code: 'custom', path: [index], message: `repeats "${value}" (already at [${first}])` });
  });
}
export const idList = z.array(slugField).superRefine(repeatsCheck);
export const nonEmptyIdList = z.array(slugField).min(1, 'must not be empty (leave the field out instead)').superRefine(repeatsCheck);

/**
 * Provenance rule shared by every entity and relationship: a "derived" fact must say how it was
 * inferred, a "stated" one must not carry a derivation.
 */
export function checkDerivation(
  ctx: z.RefinementCtx,
  source: SeedFactSource | undefined,
  derivation: string | undefined,
  sourceKey: string,
  derivationKey: string,
  prefix: (string | number)[] = [],
): void {
  if (source === 'derived' && derivation === undefined) {
    ctx.addIssue({ code: 'custom', path: [...prefix, derivationKey], message: `is required when ${sourceKey} is "derived" (say how the fact was inferred)` });
  }
  if (source !== 'derived' && derivation !== undefined) {
    ctx.addIssue({ code: 'custom', path: [...prefix, derivationKey], message: `must be left out unless ${sourceKey} is "derived"` });
  }
}

/**
 * A relationship or fact whose provenance can differ from its entity's (e.g. a stated role whose
 * O*NET code we chose) carries `<field>Source` and, when derived, `<field>Derivation`.
 */
export function checkFieldProvenance(
  ctx: z.RefinementCtx,
  entry: Record<string, unknown>,
  field: string,
  isSet: boolean,
): void {
  const sourceKey = `${field}Source`;
  const derivationKey = `${field}Derivation`;
  const source = entry[sourceKey] as SeedFactSource | undefined;
  if (isSet && source === undefined) {
    ctx.addIssue({ code: 'custom', path: [sourceKey], message: `is required when ${field} is set` });
  }
  if (!isSet && source !== undefined) {
    ctx.addIssue({ code: 'custom', path: [sourceKey], message: `must be left out when ${field} is empty` });
  }
  checkDerivation(ctx, source, entry[derivationKey] as string | undefined, sourceKey, derivationKey);
}

export function checkOrdered(
  ctx: z.RefinementCtx,
  lowKey: string,
  low: number | null | undefined,
  highKey: string,
  high: number | null | undefined,
  prefix: (string | number)[] = [],
): void {
  if (low != null && high != null && low > high) {
    ctx.addIssue({ code: 'custom', path: [...prefix, lowKey], message: `must be <= ${highKey} (got ${low} > ${high})` });
  }
}
