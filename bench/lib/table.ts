// Tables for the console (aligned columns) and for Markdown, from the same rows.

export type Cell = string | number;

export interface Table {
  title: string;
  header: string[];
  rows: Cell[][];
  /** A line under the table: what the figures mean. */
  note?: string;
}

const text = (cell: Cell): string => (typeof cell === 'number' ? (Number.isNaN(cell) ? '-' : String(cell)) : cell);
const isNumeric = (cell: Cell): boolean => typeof cell === 'number' || /^[-+]?[\d.,]+( ?[a-z%×x]+)?$/i.test(cell);

export function printTable(table: Table): void {
  const cells = [table.header, ...table.rows.map((row) => row.map(text))];
  const widths = table.header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: string[], source: Cell[]) =>
    row.map((cell, i) => (i > 0 && isNumeric(source[i] ?? '') ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  console.log(`\n${table.title}`);
  console.log(line(table.header, table.header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  table.rows.forEach((row) => console.log(line(row.map(text), row)));
  if (table.note) console.log(table.note);
}

export function markdownTable(table: Table): string {
  const escape = (cell: Cell) => text(cell).replace(/\|/g, '\\|');
  const align = table.header.map((_, i) => (i > 0 && table.rows.every((row) => isNumeric(row[i] ?? '')) ? '---:' : '---'));
  return [
    `| ${table.header.map(escape).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}
