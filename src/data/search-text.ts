// What a person typed, turned into what the full-text statement needs: the words (cut as Lucene's standard analyzer
// cuts them), the text to compare whole names with, and a Lucene query in which every word is escaped, so user
// text never reaches Lucene's query syntax.

/** One piece of text to match, as `search/matches.cypher` takes it. */
export interface MatchText {
  /** The text as typed, trimmed: an id is looked up with it. */
  text: string;
  /** Lower case, runs of white space as one space: compared with whole titles, names and aliases. */
  exact: string;
  /** Lower-case words, compared with the starts of the words of a title or name. */
  words: string[];
  /** Every word must match (as a term or a prefix) in some field; phrases and title terms rank higher. Null without words. */
  query: string | null;
  /**
   * The same, with each word also matching near spellings (nearSpellingEdits): asked only when `query` finds
   * nothing. Null when no word is long enough to be misspelled, or the text has more than NEAR_WORDS words.
   */
  nearQuery: string | null;
}

// Letters (with their marks), digits and underscores, joined by the apostrophes and dots that the standard analyzer
// keeps inside a word (UAX #29: "children's", "u.s", "3.5").
const WORD = /[\p{L}\p{M}\p{N}_]+(?:[.'’][\p{L}\p{M}\p{N}_]+)*/gu;

/** Lucene's query syntax characters, each escaped with a backslash wherever it appears. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lower-case words: Lucene's operators are upper case (AND, OR, NOT), so a typed "and" stays a word. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** Field boosts: a word in a role's own title or a thing's name counts most; a phrase beats scattered words. */
export const BOOSTS = { namePhrase: 8, aliasPhrase: 4, nameTerm: 2 } as const;

/**
 * `+(w1 w1*) +(w2 w2*) title:"w1 w2"^8 name:"w1 w2"^8 aliases:"w1 w2"^4 alternateTitles:"w1 w2"^4 title:(w1 w2)^2 ...`:
 * the required clauses decide what matches (each word, whole or as a prefix, anywhere); the optional ones only
 * raise the score. A prefix term scores a constant, a whole term by BM25, so whole words rank above prefixes.
 * With `near`, a word also matches its near spellings (`w1~2`), where it is long enough to be misspelled.
 */
export function toLuceneQuery(words: readonly string[], near = false): string | null {
  if (words.length === 0) return null;
  const terms = words.map(escapeLucene);
  const spellings = words.map((word, i) => (near ? nearTerm(word, terms[i]) : []));
  const required = terms.map((term, i) => `+(${[term, `${term}*`, ...spellings[i]].join(' ')})`).join(' ');
  const phrase = `"${terms.join(' ')}"`;
  const bag = `(${terms.map((term, i) => spellings[i][0] ?? term).join(' ')})`;
  return [
    required,
    `title:${phrase}^${BOOSTS.namePhrase}`,
    `name:${phrase}^${BOOSTS.namePhrase}`,
    `aliases:${phrase}^${BOOSTS.aliasPhrase}`,
    `alternateTitles:${phrase}^${BOOSTS.aliasPhrase}`,
    `title:${bag}^${BOOSTS.nameTerm}`,
    `name:${bag}^${BOOSTS.nameTerm}`,
  ].join(' ');
}

/**
 * How many letters a word may have wrong (inserted, dropped, changed or swapped) and still match: none up to 2
 * characters, 1 up to 5, else 2 (the AUTO fuzziness of Elasticsearch, chosen before measuring).
 */
export function nearSpellingEdits(word: string): 0 | 1 | 2 {
  const length = [...word].length;
  return length <= 2 ? 0 : length <= 5 ? 1 : 2;
}

/**
 * Near spellings are asked for in texts of this many words at most (O*NET's longest titles have 12-14). Each fuzzy
 * term expands into up to 50 terms, which count against Lucene's limit of 1,024 clauses: on the O*NET and ESCO
 * graph, 16 made-up three-letter words stayed inside it in 10 tries of 10, 20 words failed 1 in 10, 25 words 9.
 */
export const NEAR_WORDS = 12;

/** Lucene's fuzzy term for a word (`word~N`), or none for a word too short to be misspelled. */
function nearTerm(word: string, escaped: string): string[] {
  const edits = nearSpellingEdits(word);
  return edits === 0 ? [] : [`${escaped}~${edits}`];
}

export function matchText(text: string): MatchText {
  const trimmed = text.trim();
  const words = wordsOf(trimmed);
  return {
    text: trimmed,
    exact: trimmed.toLowerCase().replace(/\s+/g, ' '),
    words,
    query: toLuceneQuery(words),
    nearQuery: words.length <= NEAR_WORDS && words.some((word) => nearSpellingEdits(word) > 0) ? toLuceneQuery(words, true) : null,
  };
}
