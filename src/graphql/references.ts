// Arguments that name roles or skills, by id or by name (src/data/name-resolution.ts): the ids they resolve to, or
// a coded error that names the argument and the reference.
import { resolveNames, type NameKind, type NameReference } from '../data/name-resolution.js';
import type { Database } from '../db/database.js';
import type { NameSuggestions, NamedCandidate } from '../domain/errors.js';
import { ambiguousName, badUserInput, notFound, unknownName } from './errors.js';

/** References by argument name, for example `{ from, to }` or `{ roles }`. */
export type ReferencesByArgument = Record<string, string | readonly string[]>;

/** As long as search text may be (catalog search): longer is no name, and would only make a long Lucene query. */
const MAX_REFERENCE_LENGTH = 200;

function referencesOf(kind: NameKind, byArgument: ReferencesByArgument): NameReference[] {
  return Object.entries(byArgument).flatMap(([argument, texts]) =>
    (typeof texts === 'string' ? [texts] : texts).map((text) => {
      if (text.length > MAX_REFERENCE_LENGTH) {
        throw badUserInput(argument, `an id or name must be at most ${MAX_REFERENCE_LENGTH} characters (got ${text.length})`);
      }
      return { argument, kind, text };
    }),
  );
}

/**
 * The ids that references name, in argument order, resolved in one statement (none when there are no references).
 * An ambiguous name is BAD_USER_INPUT listing the candidates; a role that matches nothing is NOT_FOUND; a skill
 * that matches nothing is BAD_USER_INPUT, as an unknown skill id has always been. Both offer near spellings.
 */
export async function resolveReferences(db: Database, kind: NameKind, byArgument: ReferencesByArgument): Promise<string[]> {
  const resolutions = await resolveNames(db, referencesOf(kind, byArgument));
  const noun = kind.toLowerCase();
  for (const r of resolutions) {
    if (r.status === 'ambiguous') throw ambiguousName(r.reference.argument, noun, r.reference.text, r.candidates);
  }
  const unknown = resolutions.flatMap((r) => (r.status === 'not-found' ? [r] : []));
  if (unknown.length > 0 && kind === 'Role') {
    const byText = new Map(unknown.map((r) => [r.reference.text, r.suggestions]));
    throw notFound(noun, [...byText.keys()], 'id or name', suggestionsOf(byText));
  }
  if (unknown.length > 0) {
    const { argument } = unknown[0].reference;
    const byText = new Map(unknown.filter((r) => r.reference.argument === argument).map((r) => [r.reference.text, r.suggestions]));
    throw unknownName(argument, noun, [...byText.keys()], suggestionsOf(byText));
  }
  return resolutions.flatMap((r) => (r.status === 'resolved' ? [r.id] : []));
}

const suggestionsOf = (byText: Map<string, NamedCandidate[]>): NameSuggestions[] =>
  [...byText].map(([reference, candidates]) => ({ reference, candidates }));
