// Ids are slugs a person can read (`edge-ai-engineer`): lowercase letters and digits joined by single dashes.

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longer ids are refused where people type them (curator input); imported ids stay well below. */
export const MAX_SLUG_LENGTH = 100;
export const SLUG_RULE = 'lowercase letters and digits joined by single dashes';

export const isSlug = (value: string): boolean => SLUG_PATTERN.test(value) && value.length <= MAX_SLUG_LENGTH;

/** A slug from free text ("Edge AI Engineer" -> "edge-ai-engineer"): accents dropped, '&' read as 'and'. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
