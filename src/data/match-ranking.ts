// How full-text matches are ranked, for search and for the names people type in place of ids, and when one match
// is clearly the one a person meant. Pure: the facts of each match in, an order or a choice out.

/**
 * How a match was found, best first (computed by `search/matches.cypher`, all ignoring case):
 * 0 the whole title or name is the text; 1 a whole alias or O*NET alternate title is the text; 2 every word of the
 * text starts a word of the title or name; 3 the words are spread over the names (some in aliases).
 */
export type MatchTier = 0 | 1 | 2 | 3;

export interface MatchFacts {
  id: string;
  tier: MatchTier;
  /** Lucene's relevance score (BM25 with the field boosts of search-text.ts); compares matches of one query only. */
  score: number;
  /** For a curated role, the O*NET occupation it refines (its NEAREST_OCCUPATION). */
  refines: string | null;
}

/** Tiers whose matches are the whole text: a tie between two of them is never broken by score. */
const WHOLE_TEXT_TIERS: readonly MatchTier[] = [0, 1];

/**
 * Within one tier, the best match is clearly best when the runner-up scores at most this share of its score
 * (a lead of a third or more). Closer than that, the person is asked to choose.
 */
export const CLEAR_LEAD = 0.75;

/** At most this many candidates are named when a name is ambiguous. */
export const MAX_CANDIDATES = 5;

/**
 * A curated role that refines a matched occupation, and matches at least as well (a tier as good), stands in for
 * it: it takes the occupation's score when better and ranks just ahead of it. O*NET's alternate titles name the
 * many jobs an occupation groups; a curated role is one of them described in full, so "Embedded Engineer" (an
 * alternate title of Software Developers and an alias of the curated Embedded Software Engineer) means the curated
 * role. A weaker match does not stand in: "Software Engineer" means Software Developers, not the embedded role.
 */
function standIns<T extends MatchFacts>(matches: readonly T[]): Map<T, { tier: MatchTier; score: number }> {
  const byId = new Map(matches.map((m) => [m.id, m]));
  const result = new Map<T, { tier: MatchTier; score: number }>();
  for (const match of matches) {
    const occupation = match.refines === null ? undefined : byId.get(match.refines);
    if (occupation === undefined || match.tier > occupation.tier) continue;
    result.set(match, { tier: match.tier, score: Math.max(match.score, occupation.score) });
  }
  return result;
}

/** Best first: by tier, then score, a stand-in just ahead of its occupation, then id (a stable order). */
export function rankMatches<T extends MatchFacts>(matches: readonly T[]): T[] {
  const stand = standIns(matches);
  const key = (m: T) => stand.get(m) ?? m;
  return [...matches].sort(
    (a, b) =>
      key(a).tier - key(b).tier ||
      key(b).score - key(a).score ||
      Number(stand.has(b)) - Number(stand.has(a)) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

export type Choice<T> = { kind: 'match'; match: T } | { kind: 'ambiguous'; candidates: T[] } | { kind: 'none' };

/**
 * The match a name means, when one is clearly best: better by tier than every other, or in the same tier (2 or 3)
 * ahead by more than CLEAR_LEAD. Two whole-text matches in the same tier are always ambiguous. An occupation whose
 * curated stand-in also matched is not a rival: the stand-in is meant.
 */
export function chooseMatch<T extends MatchFacts>(matches: readonly T[]): Choice<T> {
  const stand = standIns(matches);
  const ranked = withoutReplaced(matches, stand);
  if (ranked.length === 0) return { kind: 'none' };
  const effective = (m: T) => stand.get(m) ?? m;
  const best = effective(ranked[0]);
  const isClose = (m: T) => effective(m).tier === best.tier && (WHOLE_TEXT_TIERS.includes(best.tier) || effective(m).score > CLEAR_LEAD * best.score);
  const rivals = ranked.slice(1).filter(isClose);
  if (rivals.length === 0) return { kind: 'match', match: ranked[0] };
  return { kind: 'ambiguous', candidates: [ranked[0], ...rivals].slice(0, MAX_CANDIDATES) };
}

/** Ranked, less the occupations whose curated stand-in also matched (the stand-in is meant). */
function withoutReplaced<T extends MatchFacts>(matches: readonly T[], stand: Map<T, unknown>): T[] {
  const replaced = new Set([...stand.keys()].map((m) => m.refines));
  return rankMatches(matches).filter((m) => !replaced.has(m.id));
}

/** At most this many near spellings are offered for a name that matches nothing as typed. */
export const MAX_SUGGESTIONS = 3;

/**
 * The names to offer for a name that matches nothing as typed, from the matches of its near spellings, best first.
 * Only offered, never chosen: a near spelling can be another word ("baker" is one letter from "banker"), and
 * a route from the wrong role answers the wrong question.
 */
export function suggestMatches<T extends MatchFacts>(nearMatches: readonly T[]): T[] {
  return withoutReplaced(nearMatches, standIns(nearMatches)).slice(0, MAX_SUGGESTIONS);
}
