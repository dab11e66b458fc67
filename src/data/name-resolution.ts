// Names people type in place of ids: each reference is an id or a role's title or alias (a skill's name or alias),
// any case. All references of a request are resolved in one statement: an exact id wins; otherwise the full-text
// match that match-ranking.ts finds clearly best.
import type { Database } from '../db/database.js';
import { chooseMatch, type MatchFacts } from './match-ranking.js';
import { matchReference, type MatchRow } from './search.js';
import { matchText } from './search-text.js';

export type NameKind = 'Role' | 'Skill';

/** One reference as an argument gave it. */
export interface NameReference {
  argument: string;
  kind: NameKind;
  text: string;
}

export interface NamedCandidate {
  id: string;
  /** The role's title or the skill's name. */
  name: string;
}

export type Resolution =
  | { status: 'resolved'; reference: NameReference; id: string }
  | { status: 'ambiguous'; reference: NameReference; candidates: NamedCandidate[] }
  | { status: 'not-found'; reference: NameReference };

/** The per-kind full-text indexes (cypher/schema/002-indexes.cypher): a role's name never resolves to a skill. */
const INDEX_OF: Record<NameKind, string> = { Role: 'role_titles', Skill: 'skill_names' };

/** Lucene hits considered per name, and how many of the best the statement returns for the choice. */
const CANDIDATES = 100;
const KEEP = 10;

interface NamedMatch extends MatchFacts {
  item: MatchRow['item'];
}

export async function resolveNames(db: Database, references: readonly NameReference[]): Promise<Resolution[]> {
  if (references.length === 0) return [];
  const rows = await db.read('search/matches', {
    references: references.map((r) => matchReference(matchText(r.text), r.kind, INDEX_OF[r.kind])),
    candidates: CANDIDATES,
    keep: KEEP,
  });
  return rows.map((row, i): Resolution => {
    const reference = references[i];
    if (row.id != null) return { status: 'resolved', reference, id: row.id as string };
    const matches: NamedMatch[] = (row.matches as MatchRow[]).map((m) => ({ ...m, id: m.item.id as string }));
    const choice = chooseMatch(matches);
    if (choice.kind === 'match') return { status: 'resolved', reference, id: choice.match.id };
    if (choice.kind === 'none') return { status: 'not-found', reference };
    const candidates = choice.candidates.map((m) => ({ id: m.id, name: String(m.item.title ?? m.item.name) }));
    return { status: 'ambiguous', reference, candidates };
  });
}
