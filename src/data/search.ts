// Full-text search over names, titles, aliases and O*NET alternate titles, across kinds. Lucene finds candidates
// (user text reaches it only as escaped words, search-text.ts); match-ranking.ts puts whole-name matches first.
// Text that matches nothing as typed is asked again with near spellings of its words.
import type { Database, Row } from '../db/database.js';
import { rankMatches, type MatchFacts } from './match-ranking.js';
import type { CertificationRecord, CompanyRecord, CourseRecord, NodeRecord, PlatformRecord, RoleRecord, SkillRecord } from './records.js';
import { matchText, type MatchText } from './search-text.js';

/** A found node with the name of its GraphQL type, which the SearchResult union resolves by. */
export type SearchResultRecord =
  | (RoleRecord & { __typename: 'Role' })
  | (SkillRecord & { __typename: 'Skill' })
  | (CompanyRecord & { __typename: 'Company' })
  | (CertificationRecord & { __typename: 'Certification' })
  | (CourseRecord & { __typename: 'Course' })
  | (PlatformRecord & { __typename: 'Platform' });

export interface SearchHitRecord {
  score: number;
  node: SearchResultRecord;
}

/** The full-text index over every searchable kind (cypher/schema/002-indexes.cypher). */
export const SEARCH_INDEX = 'search_titles';

/**
 * Lucene hits considered per text: enough that a whole-title match ranked low by Lucene (a title among thousands
 * of alternate titles scores low) still reaches the tier ranking.
 */
export const CANDIDATES = 100;

/** Hits returned beyond those asked for, so a curated stand-in just below the cut can still move ahead. */
const STAND_IN_ROOM = 5;

export interface MatchRow extends MatchFacts {
  kind: string;
  /** The matched node's properties: a role has a title, every other kind a name. */
  item: NodeRecord & { title?: string | null; name?: string | null };
}

/** The matches of one row of `search/matches.cypher`, each with its node's id (for the ranking rules). */
export function matchesIn(row: Row): (MatchRow & { id: string })[] {
  return (row.matches as MatchRow[]).map((m) => ({ ...m, id: m.item.id as string }));
}

/** The reference shape `search/matches.cypher` reads: with `near`, its full-text query is the near-spelling one. */
export function matchReference(text: MatchText, kind: string | null, index: string, near = false) {
  const { nearQuery, ...typed } = text;
  return { ...typed, query: near ? nearQuery : typed.query, kind, index };
}

export async function searchEverything(db: Database, text: string, first: number): Promise<SearchHitRecord[]> {
  const typed = matchText(text);
  if (typed.query === null) return [];
  const matchesOf = async (near: boolean) => {
    const [row] = await db.read('search/matches', {
      references: [matchReference(typed, null, SEARCH_INDEX, near)],
      candidates: CANDIDATES,
      keep: first + STAND_IN_ROOM,
    });
    return matchesIn(row);
  };
  let matches = await matchesOf(false);
  // Nothing as typed: near spellings (a misspelling, another inflection) are better than no answer.
  if (matches.length === 0 && typed.nearQuery !== null) matches = await matchesOf(true);
  return (
    rankMatches(matches)
      .slice(0, first)
      // The statement labels each hit with its node's kind: one of the union's types.
      .map((m) => ({ score: m.score, node: { ...m.item, __typename: m.kind } as SearchResultRecord }))
  );
}
