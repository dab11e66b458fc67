// Reads the CSV files of an ESCO release (RFC 4180: comma-separated, fields in double quotes may hold commas, quotes
// doubled, and line breaks; records end in CRLF). Columns are found by header name. Every problem is recorded with
// file, line and column, so a bad release is reported in full before anything is written.

/** All problems found in an ESCO release (or its crosswalks), one line each; nothing was written. */
export class EscoValidationError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[], omitted = 0) {
    const total = problems.length + omitted;
    const more = omitted > 0 ? `\n... and ${omitted} more` : '';
    super(`invalid ESCO release (${total === 1 ? '1 problem' : `${total} problems`}), nothing was written:\n${problems.join('\n')}${more}`);
    this.name = 'EscoValidationError';
    this.problems = problems;
  }
}

/** Collects problems across files; keeps the first `limit` messages and counts the rest. */
export class EscoProblems {
  private readonly messages: string[] = [];
  private omitted = 0;

  constructor(private readonly limit = 50) {}

  add(message: string): void {
    if (this.messages.length < this.limit) this.messages.push(message);
    else this.omitted += 1;
  }

  get count(): number {
    return this.messages.length + this.omitted;
  }

  throwIfAny(): void {
    if (this.count > 0) throw new EscoValidationError(this.messages, this.omitted);
  }
}

/** One CSV record: its fields and the line of the file it starts on (1-based; a quoted line break spans lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Splits CSV text into records. A field may be quoted ("..."), with "" for a quote and any character, line breaks
 * included, inside. CRLF and LF both end a record; a leading byte-order mark and blank lines are skipped. Returns the
 * records and, for malformed text (an unterminated quote, text after a closing quote), a problem per place.
 */
export function parseCsv(text: string): { records: CsvRecord[]; problems: { line: number; message: string }[] } {
  const records: CsvRecord[] = [];
  const problems: { line: number; message: string }[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text[i] === '"') {
        const quoteLine = line;
        let parts = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) {
            problems.push({ line: quoteLine, message: 'a quoted field is never closed' });
            return { records, problems };
          }
          const chunk = text.slice(from, close);
          for (let k = chunk.indexOf('\n'); k !== -1; k = chunk.indexOf('\n', k + 1)) line += 1;
          parts += chunk;
          if (text[close + 1] === '"') {
            parts += '"';
            from = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        value = parts.replace(/\r\n/g, '\n');
        const next = text[i];
        if (i < n && next !== ',' && next !== '\n' && next !== '\r') {
          const strayStart = i;
          while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') i += 1;
          problems.push({ line, message: `text after a closing quote (${JSON.stringify(text.slice(strayStart, Math.min(i, strayStart + 20)))})` });
        }
      } else {
        let end = i;
        while (end < n && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') end += 1;
        value = text.slice(i, end);
        if (value.includes('"')) problems.push({ line, message: `a quote inside an unquoted field (${JSON.stringify(value.slice(0, 40))})` });
        i = end;
      }
      fields.push(value);
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === '\r') i += 1;
      if (text[i] === '\n') {
        i += 1;
        line += 1;
      }
      break;
    }
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: startLine, fields });
  }
  return { records, problems };
}

export interface CsvTableSpec {
  /** Columns the importer reads; a file without one of them is rejected. */
  required: readonly string[];
  /** Records may have fewer fields than the header (missing trailing fields read as empty): skillsHierarchy_en.csv. */
  allowShortRecords?: boolean;
}

/** One data record. Getters record a problem and return null when a value does not fit. */
export interface CsvRow {
  readonly line: number;
  /** The value, trimmed; '' when empty. */
  text(column: string): string;
  /** A non-empty value, or null (with a problem) when empty. */
  requiredText(column: string): string | null;
  /** An ESCO concept URI (http://data.europa.eu/esco/...), or null with a problem. */
  uri(column: string): string | null;
  /** One of `allowed`, or null with a problem. */
  oneOf<T extends string>(column: string, allowed: readonly T[]): T | null;
  problem(column: string, message: string): void;
}

const ESCO_URI = /^http:\/\/data\.europa\.eu\/esco\/\S+$/;
const preview = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

/** Reads `text` (the contents of `file`) and calls `visit` for each well-formed data record; returns the count of data records. */
export function readCsvTable(file: string, text: string, spec: CsvTableSpec, problems: EscoProblems, visit: (row: CsvRow) => void): number {
  const parsed = parseCsv(text);
  for (const p of parsed.problems) problems.add(`${file}:${p.line}: ${p.message}`);
  const [header, ...records] = parsed.records;
  if (header === undefined) {
    problems.add(`${file}:1: the file is empty (expected a header row)`);
    return 0;
  }
  const columns = header.fields.map((name) => name.trim());
  const index = new Map<string, number>();
  columns.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const missing = spec.required.filter((name) => !index.has(name));
  for (const name of missing) problems.add(`${file}:1: missing column "${name}" (the header has: ${columns.map((c) => `"${c}"`).join(', ')})`);
  if (missing.length > 0) return records.length;

  let current: CsvRecord = header;
  const at = (column: string): string => {
    const i = index.get(column);
    // A programming error: the spec must name every column the visitor reads.
    if (i === undefined || !spec.required.includes(column)) throw new Error(`readCsvTable(${file}): column "${column}" is not in the table spec`);
    return (current.fields[i] ?? '').trim();
  };
  const row: CsvRow = {
    get line() {
      return current.line;
    },
    problem(column, message) {
      problems.add(`${file}:${current.line}: column "${column}": ${message}`);
    },
    text: at,
    requiredText(column) {
      const value = at(column);
      if (value !== '') return value;
      row.problem(column, 'is empty');
      return null;
    },
    uri(column) {
      const value = at(column);
      if (ESCO_URI.test(value)) return value;
      row.problem(column, `${preview(value)} is not an ESCO URI (http://data.europa.eu/esco/...)`);
      return null;
    },
    oneOf(column, allowed) {
      const value = at(column);
      if ((allowed as readonly string[]).includes(value)) return value as (typeof allowed)[number];
      row.problem(column, `${preview(value)} is not one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
      return null;
    },
  };
  for (const record of records) {
    const tooMany = record.fields.length > columns.length;
    const tooFew = record.fields.length < columns.length && !spec.allowShortRecords;
    if (tooMany || tooFew) {
      problems.add(`${file}:${record.line}: has ${record.fields.length} fields, the header has ${columns.length}`);
      continue;
    }
    current = record;
    visit(row);
  }
  return records.length;
}
