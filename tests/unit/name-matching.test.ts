// The rules behind search ranking and typed names, no database: words and Lucene escaping, tier ranking, curated
// stand-ins, and when one match is clearly the one meant.
import { describe, expect, it } from 'vitest';
import {
  CLEAR_LEAD,
  MAX_CANDIDATES,
  MAX_SUGGESTIONS,
  chooseMatch,
  rankMatches,
  suggestMatches,
  type MatchFacts,
  type MatchTier,
} from '../../src/data/match-ranking.js';
import { NEAR_WORDS, escapeLucene, matchText, nearSpellingEdits, toLuceneQuery, wordsOf } from '../../src/data/search-text.js';

const match = (id: string, tier: MatchTier, score: number, refines: string | null = null): MatchFacts => ({ id, tier, score, refines });
const ids = (matches: MatchFacts[]) => matches.map((m) => m.id);

describe('search text', () => {
  it('cuts words as the standard analyzer does, keeping apostrophes and dots inside a word', () => {
    expect(wordsOf("Children's Nurse, U.S. Navy e-Commerce 3.5")).toEqual(["children's", 'nurse', 'u.s', 'navy', 'e', 'commerce', '3.5']);
    expect(wordsOf('  ***  ')).toEqual([]);
  });

  it('escapes every Lucene syntax character, so typed text is only ever words', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^"i"~j*k?l:m\\n/o')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^\\"i\\"\\~j\\*k\\?l\\:m\\\\n\\/o',
    );
  });

  it('requires every word (whole or as a prefix) and boosts phrases and title terms', () => {
    expect(toLuceneQuery(['onnx', 'runt'])).toBe(
      '+(onnx onnx*) +(runt runt*) title:"onnx runt"^8 name:"onnx runt"^8 aliases:"onnx runt"^4 ' +
        'alternateTitles:"onnx runt"^4 title:(onnx runt)^2 name:(onnx runt)^2',
    );
    expect(toLuceneQuery([])).toBeNull();
  });

  it('lets each word long enough to be misspelled match near spellings in the near query: 1 letter up to 5, 2 beyond', () => {
    expect(toLuceneQuery(['ai', 'edgy', 'enginer'], true)).toBe(
      '+(ai ai*) +(edgy edgy* edgy~1) +(enginer enginer* enginer~2) title:"ai edgy enginer"^8 name:"ai edgy enginer"^8 ' +
        'aliases:"ai edgy enginer"^4 alternateTitles:"ai edgy enginer"^4 title:(ai edgy~1 enginer~2)^2 name:(ai edgy~1 enginer~2)^2',
    );
    expect(['qx', 'pyto', 'pyton', 'tensrflow'].map(nearSpellingEdits)).toEqual([0, 1, 1, 2]);
    expect(matchText('C++ R').nearQuery).toBeNull();
    expect(matchText(Array.from({ length: NEAR_WORDS }, () => 'word').join(' ')).nearQuery).not.toBeNull();
    expect(matchText(Array.from({ length: NEAR_WORDS + 1 }, () => 'word').join(' ')).nearQuery).toBeNull();
    expect(matchText('c\\++ pyton').nearQuery).toMatch(/^\+\(c c\*\) \+\(pyton pyton\* pyton~1\) /);
  });

  it('drops query syntax from typed text: operators become words, symbols go', () => {
    const typed = matchText('  C++ AND (OR "x"  ');
    expect(typed.words).toEqual(['c', 'and', 'or', 'x']);
    expect(typed.query).toMatch(/^\+\(c c\*\) \+\(and and\*\) \+\(or or\*\) \+\(x x\*\) /);
    expect(typed.exact).toBe('c++ and (or "x"');
    expect(typed.text).toBe('C++ AND (OR "x"');
  });

  it('compares whole names in lower case with single spaces', () => {
    expect(matchText(' Embedded   Engineer ').exact).toBe('embedded engineer');
  });
});

describe('ranking matches', () => {
  it('puts a whole title first, then a whole alias, then every word in the title, then scattered words, whatever the scores', () => {
    const ranked = rankMatches([match('scattered', 3, 50), match('title-words', 2, 20), match('alias', 1, 1), match('title', 0, 0.5)]);
    expect(ids(ranked)).toEqual(['title', 'alias', 'title-words', 'scattered']);
  });

  it('orders one tier by score, then by id', () => {
    expect(ids(rankMatches([match('b', 2, 3), match('c', 2, 5), match('a', 2, 3)]))).toEqual(['c', 'a', 'b']);
  });

  it('moves a curated role that matches as well as the occupation it refines just ahead of it', () => {
    // "Embedded Engineer": an alternate title of Software Developers and an alias of Embedded Software Engineer.
    const ranked = rankMatches([
      match('onet-17-2061-00', 1, 12),
      match('onet-15-1252-00', 1, 9),
      match('embedded-software-engineer', 1, 4, 'onet-15-1252-00'),
      match('onet-15-1299-04', 3, 20),
    ]);
    expect(ids(ranked)).toEqual(['onet-17-2061-00', 'embedded-software-engineer', 'onet-15-1252-00', 'onet-15-1299-04']);
  });

  it('does not let a curated role that matches less well stand in for its occupation', () => {
    // "Software Engineer": a whole alternate title of Software Developers, only words of Embedded Software Engineer.
    const ranked = rankMatches([match('onet-15-1252-00', 1, 4), match('embedded-software-engineer', 2, 9, 'onet-15-1252-00')]);
    expect(ids(ranked)).toEqual(['onet-15-1252-00', 'embedded-software-engineer']);
  });
});

describe('choosing the match a name means', () => {
  it('takes the only match, or one better by tier than every other', () => {
    expect(chooseMatch([match('a', 3, 1)])).toEqual({ kind: 'match', match: match('a', 3, 1) });
    expect(chooseMatch([match('b', 2, 1), match('a', 1, 0.1), match('c', 2, 1)])).toMatchObject({ kind: 'match', match: { id: 'a' } });
  });

  it('says none when nothing matched', () => {
    expect(chooseMatch([])).toEqual({ kind: 'none' });
  });

  it(`takes a match ahead of its runner-up in the same tier when the runner-up scores at most ${CLEAR_LEAD} of it`, () => {
    expect(chooseMatch([match('a', 2, 10), match('b', 2, 10 * CLEAR_LEAD)])).toMatchObject({ kind: 'match', match: { id: 'a' } });
    expect(chooseMatch([match('a', 2, 10), match('b', 2, 10 * CLEAR_LEAD + 0.01), match('c', 3, 9)])).toEqual({
      kind: 'ambiguous',
      candidates: [match('a', 2, 10), match('b', 2, 10 * CLEAR_LEAD + 0.01)],
    });
  });

  it('never breaks a tie between two whole-name matches by score', () => {
    // "Firmware Engineer" is an alternate title of two occupations.
    const choice = chooseMatch([match('onet-15-1299-07', 1, 10), match('onet-15-1299-08', 1, 1)]);
    expect(choice).toMatchObject({ kind: 'ambiguous', candidates: [{ id: 'onet-15-1299-07' }, { id: 'onet-15-1299-08' }] });
  });

  it(`names at most ${MAX_CANDIDATES} candidates`, () => {
    const close = Array.from({ length: 8 }, (_, i) => match(`r${i}`, 2, 10 - i * 0.1));
    const choice = chooseMatch(close);
    expect(choice.kind === 'ambiguous' && ids(choice.candidates)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
  });

  it('takes a curated role over the occupation it refines instead of calling them rivals', () => {
    const choice = chooseMatch([
      match('onet-15-1252-00', 1, 9),
      match('embedded-software-engineer', 1, 4, 'onet-15-1252-00'),
      match('onet-17-2061-00', 3, 12),
    ]);
    expect(choice).toMatchObject({ kind: 'match', match: { id: 'embedded-software-engineer' } });
  });

  it('still asks when two curated roles stand in for the same occupation equally well', () => {
    const choice = chooseMatch([
      match('onet-15-1252-00', 2, 4),
      match('edge-ai-engineer', 2, 9, 'onet-15-1252-00'),
      match('senior-edge-ai-engineer', 2, 9, 'onet-15-1252-00'),
    ]);
    expect(choice).toMatchObject({ kind: 'ambiguous', candidates: [{ id: 'edge-ai-engineer' }, { id: 'senior-edge-ai-engineer' }] });
  });
});

describe('suggesting near spellings', () => {
  it(`offers the best ${MAX_SUGGESTIONS} near matches, one clearly best included, and a curated role instead of the occupation it refines`, () => {
    const suggested = suggestMatches([
      match('onet-15-1252-00', 3, 9),
      match('embedded-software-engineer', 3, 8, 'onet-15-1252-00'),
      match('onet-17-2061-00', 3, 5),
      match('onet-15-1299-04', 3, 4),
      match('onet-15-1299-08', 3, 1),
    ]);
    expect(ids(suggested)).toEqual(['embedded-software-engineer', 'onet-17-2061-00', 'onet-15-1299-04']);
    expect(suggestMatches([])).toEqual([]);
  });
});
