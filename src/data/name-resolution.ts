// Names people type in place of ids: each reference is an id or a role's title or alias (a skill's name or alias),
// any case. All references of a request are resolved in one statement: an exact id wins; otherwise the full-text
// match that match-ranking.ts finds clearly best. Names that match nothing get near spellings as suggestions (one
// more statement, only then).
import type { Database } from '../db/database.js';
import type { NamedCandidate } from '../domain/errors.js';
import { chooseMatch, suggestMatches, type MatchFacts } from './match-ranking.js';
import { matchReference, matchesIn, type MatchRow } from './search.js';
import { matchText, type MatchText } from './search-text.js';

export type NameKind = 'Role' | 'Skill';

/** One reference as an argument gave it. */
export interface NameReference {
  argument: string;
  kind: NameKind;
  text: string;
}

export type Resolution =
  | { status: 'resolved'; reference: NameReference; id: string }
  | { status: 'ambiguous'; reference: NameReference; candidates: NamedCandidate[] }
  | { status: 'not-found'; reference: NameReference; suggestions: NamedCandidate[] };

/** The per-kind full-text indexes (cypher/schema/002-indexes.cypher): a role's name never resolves to a skill. */
const INDEX_OF: Record<NameKind, string> = { Role: 'role_titles', Skill: 'skill_names' };

/** Lucene hits considered per name, and how many of the best the statement returns for the choice. */
const CANDIDATES = 100;
const KEEP = 10;
/**
 * Near spellings are looked for for this many unknown names of a request at most: a fuzzy search costs tens of
 * milliseconds, and a list of fifty made-up names should not cost seconds.
 */
const NAMES_WITH_SUGGESTIONS = 5;

interface NamedMatch extends MatchFacts {
  item: MatchRow['item'];
}

export async function resolveNames(db: Database, references: readonly NameReference[]): Promise<Resolution[]> {
  if (references.length === 0) return [];
  const typed = references.map((r) => ({ reference: r, text: matchText(r.text) }));
  const matches = await findMatches(db, typed, false);
  const resolutions = references.map((reference, i): Resolution => {
    const found = matches[i];
    if (typeof found === 'string') return { status: 'resolved', reference, id: found };
    const choice = chooseMatch(found);
    if (choice.kind === 'match') return { status: 'resolved', reference, id: choice.match.id };
    if (choice.kind === 'none') return { status: 'not-found', reference, suggestions: [] };
    return { status: 'ambiguous', reference, candidates: choice.candidates.map(namedCandidate) };
  });
  // Names that match nothing as typed get the best matches of their near spellings as suggestions (one statement).
  const unknown = resolutions
    .flatMap((r, i) => (r.status === 'not-found' && typed[i].text.nearQuery !== null ? [i] : []))
    .slice(0, NAMES_WITH_SUGGESTIONS);
  if (unknown.length === 0) return resolutions;
  const nearMatches = await findMatches(
    db,
    unknown.map((i) => typed[i]),
    true,
  );
  // These references are no id (the first pass looked them up), so the near pass gives matches for each.
  const suggestionsAt = new Map(unknown.map((at, k) => [at, suggestMatches(nearMatches[k] as NamedMatch[]).map(namedCandidate)]));
  return resolutions.map((r, i) => (r.status === 'not-found' ? { ...r, suggestions: suggestionsAt.get(i) ?? [] } : r));
}

/** For each reference in order: the id it is, or its full-text matches (as typed, or by near spellings). */
async function findMatches(
  db: Database,
  typed: readonly { reference: NameReference; text: MatchText }[],
  near: boolean,
): Promise<(string | NamedMatch[])[]> {
  const rows = await db.read('search/matches', {
    references: typed.map(({ reference, text }) => matchReference(text, reference.kind, INDEX_OF[reference.kind], near)),
    candidates: CANDIDATES,
    keep: KEEP,
  });
  return rows.map((row) => (row.id != null ? (row.id as string) : matchesIn(row)));
}

const namedCandidate = (m: NamedMatch): NamedCandidate => ({ id: m.id, name: String(m.item.title ?? m.item.name) });
