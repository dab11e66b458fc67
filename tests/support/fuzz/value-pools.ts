// Argument values for the fuzz: the seed's ids (so some lookups hit real nodes), numbers around the limits, and
// hostile strings (Cypher and template injections, Lucene syntax, unicode edge cases).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Random } from './random.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The seed's ids by kind (roles, skills, ...), so that some generated lookups hit real nodes. */
export function loadSeedIds(): Record<string, string[]> {
  const dir = join(REPO_ROOT, 'seed');
  const ids: Record<string, string[]> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const content = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    for (const [kind, items] of Object.entries(content)) {
      if (!Array.isArray(items)) continue;
      ids[kind] = items.map((item) => (item as { id?: unknown }).id).filter((id): id is string => typeof id === 'string');
    }
  }
  return ids;
}

const INTERESTING_INTS = [
  0, 1, 2, 3, 5, 8, 10, 11, 20, 50, 51, 100, 101, -1, -5, -100, 2147483647, 2147483648, -2147483648, -2147483649, 9007199254740991, 1e20,
];
const INTERESTING_FLOATS = [0, 0.5, 1.5, -1, -0.0001, 240, 241, 1e308, -1e308, 5e-324, 3.14159];
// Cypher keywords in lower case on purpose: Cypher does not care, and the leak check looks for upper-case MATCH.
const INJECTIONS = [
  `"}) match (n) detach delete n //`,
  `' or 1=1 --`,
  `\\"; return 1; //`,
  `$id`,
  `{id: "x"}`,
  `\`backtick\``,
  `<script>alert(1)</script>`,
  `../../etc/passwd`,
  `%00`,
  `\${7*7}`,
  `{{7*7}}`,
];
// Lucene query syntax reaches the full-text index through `search(text:)`.
const LUCENE = ['*', '?', 'a AND', 'OR', '"', '\\', '(', ')', '[a TO', 'a~', 'a^2', 'title:x', '/re/', '&&', '||', '!', '{', '-', '+', 'a*b?c'];
const UNICODE = [
  '\u0000',
  '\u0001\u0002\u0003',
  '\u0007',
  '\t\n\r',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2028\u2029',
  '\ufeff',
  '\ufffd',
  '\uffff',
  '\ud800',
  '\udfff',
  '\ud83c',
  '🏃\u200d♂️',
  '👩‍👩‍👧‍👦',
  'e\u0301',
  'İ',
  'ß',
  'ﬃ',
  'Ω',
  'Ǆ',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '中文',
  'العربية',
  'עברית',
  'Ｆｕｌｌｗｉｄｔｈ',
  '\u0301\u0301\u0301',
];

export class ValuePools {
  readonly roleIds: string[];
  readonly skillIds: string[];
  readonly allIds: string[];

  constructor(
    private readonly random: Random,
    seedIds: Record<string, string[]>,
  ) {
    this.roleIds = seedIds.roles ?? [];
    this.skillIds = seedIds.skills ?? [];
    this.allIds = Object.values(seedIds).flat();
  }

  unicodeString(maxLength = 12): string {
    let out = '';
    const length = this.random.int(1, maxLength);
    while (out.length < length) {
      out += this.random.chance(0.5) ? this.random.pick(UNICODE) : String.fromCharCode(this.random.int(0x20, 0x7e));
    }
    return out;
  }

  unknownId(): string {
    return this.random.weighted<() => string>([
      [4, () => `no-such-${this.random.int(0, 1e6)}`],
      [1, () => ''],
      [1, () => ' '],
      [1, () => `${this.random.pick(this.roleIds)} `],
      [1, () => this.random.pick(this.roleIds).toUpperCase()],
      [2, () => this.random.pick(INJECTIONS)],
      [2, () => this.unicodeString()],
      [1, () => 'x'.repeat(this.random.pick([256, 5_000, 50_000]))],
    ])();
  }

  id(): string {
    if (this.random.chance(0.6)) return this.random.pick(this.random.chance(0.5) ? this.roleIds : this.allIds);
    return this.unknownId();
  }

  string(): string {
    return this.random.weighted<() => string>([
      [3, () => this.random.pick(['', 'a', 'edge', 'Engineer', 'AI', 'ml', 'cpp', 'python', 'stated', 'derived', 'onet', 'curated'])],
      [2, () => this.random.pick(LUCENE)],
      [2, () => this.random.pick(INJECTIONS)],
      [3, () => this.unicodeString()],
      [1, () => 'ab'.repeat(this.random.pick([500, 5_000, 30_000]))],
      [2, () => this.id()],
    ])();
  }

  int(): number {
    return this.random.chance(0.7) ? this.random.pick(INTERESTING_INTS) : this.random.int(-1000, 1000);
  }

  float(): number {
    return this.random.chance(0.7) ? this.random.pick(INTERESTING_FLOATS) : (this.random.float() - 0.5) * 1000;
  }
}
