// Reads one O*NET tab-delimited file (UTF-8, one header row, no quoting) row by row. Columns are found by header
// name, never by position: the Excel-converted files and the official text download order and label them differently.
// Every problem is recorded with file, line and column, so a bad release is reported in full before anything is written.

/** All problems found in a release, one line each (`Skills.txt:1234: column "Data Value": "abc" is not a number`). */
export class OnetValidationError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[], omitted = 0) {
    const total = problems.length + omitted;
    const count = total === 1 ? '1 problem' : `${total} problems`;
    const more = omitted > 0 ? `\n... and ${omitted} more` : '';
    super(`invalid O*NET release (${count}), nothing was written:\n${problems.join('\n')}${more}`);
    this.name = 'OnetValidationError';
    this.problems = problems;
  }
}

/** Collects problems across files; keeps the first `limit` messages and counts the rest. */
export class Problems {
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
    if (this.count > 0) throw new OnetValidationError(this.messages, this.omitted);
  }
}

export interface TableSpec {
  /** Columns the importer reads; a file without one of them is rejected. */
  required: readonly string[];
  /** Columns read when present (label columns of the Excel layout, columns added in later releases). */
  optional?: readonly string[];
}

const SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** One data row. Typed getters record a problem and return null when a value does not fit. */
export interface TsvRow {
  /** 1-based line in the file (the header is line 1). */
  readonly line: number;
  /** The value, trimmed; '' when empty. */
  text(column: string): string;
  /** The value, or null when the column is absent or the value empty (or `n/a`). */
  optionalText(column: string): string | null;
  /** A non-empty value, or null (with a problem) when empty. */
  requiredText(column: string): string | null;
  number(column: string): number | null;
  /** A whole number within [min, max]. */
  integer(column: string, min: number, max: number): number | null;
  /** Y -> true, N -> false; empty or `n/a` (or an absent optional column) -> null. */
  flag(column: string): boolean | null;
  /** An O*NET-SOC code shaped dd-dddd.dd. */
  socCode(column: string): string | null;
  /** Records a problem about this row's value in `column`. */
  problem(column: string, message: string): void;
}

export interface TableResult {
  /** Data rows read (lines after the header, not counting trailing blank lines). */
  rows: number;
  /** Header names in file order. */
  columns: readonly string[];
}

function splitLines(text: string): string[] {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const preview = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

/**
 * Reads `text` (the contents of `file`) and calls `visit` for each data row whose column count matches the
 * header's. Missing required columns, wrong column counts and bad values go to `problems`.
 */
export function readTable(file: string, text: string, spec: TableSpec, problems: Problems, visit: (row: TsvRow) => void): TableResult {
  const lines = splitLines(text);
  if (lines.length === 0) {
    problems.add(`${file}:1: the file is empty (expected a header row)`);
    return { rows: 0, columns: [] };
  }
  const columns = lines[0].split('\t').map((name) => name.trim());
  const index = new Map<string, number>();
  columns.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const missing = spec.required.filter((name) => !index.has(name));
  for (const name of missing) {
    problems.add(`${file}:1: missing column "${name}" (the header has: ${columns.map((c) => `"${c}"`).join(', ')})`);
  }
  if (missing.length > 0) return { rows: lines.length - 1, columns };

  let cells: string[] = [];
  let line = 1;
  const at = (column: string): string | undefined => {
    const i = index.get(column);
    if (i === undefined) {
      // A programming error: the spec must name every column the visitor reads.
      if (!spec.required.includes(column) && !spec.optional?.includes(column)) {
        throw new Error(`readTable(${file}): column "${column}" is not in the table spec`);
      }
      return undefined;
    }
    return cells[i].trim();
  };
  const row: TsvRow = {
    get line() {
      return line;
    },
    problem(column, message) {
      problems.add(`${file}:${line}: column "${column}": ${message}`);
    },
    text: (column) => at(column) ?? '',
    optionalText(column) {
      const value = at(column);
      return value === undefined || value === '' || value === 'n/a' ? null : value;
    },
    requiredText(column) {
      const value = at(column) ?? '';
      if (value !== '') return value;
      row.problem(column, 'is empty');
      return null;
    },
    number(column) {
      const value = at(column) ?? '';
      if (NUMBER.test(value)) return Number(value);
      row.problem(column, `${preview(value)} is not a number`);
      return null;
    },
    integer(column, min, max) {
      const value = row.number(column);
      if (value === null) return null;
      if (Number.isInteger(value) && value >= min && value <= max) return value;
      row.problem(column, `${preview(at(column) ?? '')} is not a whole number from ${min} to ${max}`);
      return null;
    },
    flag(column) {
      const value = at(column);
      if (value === undefined || value === '' || value === 'n/a') return null;
      if (value === 'Y') return true;
      if (value === 'N') return false;
      row.problem(column, `${preview(value)} is not Y or N`);
      return null;
    },
    socCode(column) {
      const value = at(column) ?? '';
      if (SOC_CODE.test(value)) return value;
      row.problem(column, `${preview(value)} is not an O*NET-SOC code like 15-1252.00`);
      return null;
    },
  };

  for (let i = 1; i < lines.length; i += 1) {
    line = i + 1;
    cells = lines[i].split('\t');
    if (cells.length !== columns.length) {
      problems.add(`${file}:${line}: has ${cells.length} columns, the header has ${columns.length}`);
      continue;
    }
    visit(row);
  }
  return { rows: lines.length - 1, columns };
}
