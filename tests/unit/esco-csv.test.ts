// Reading ESCO's CSV files: quoted fields with commas, doubled quotes and line breaks, CRLF records, lines counted
// across quoted line breaks, and problems that name file, line and column.
import { describe, expect, it } from 'vitest';
import { EscoProblems, EscoValidationError, parseCsv, readCsvTable } from '../../src/import/esco/csv.js';

describe('parseCsv', () => {
  it('splits CRLF records and keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text = '\ufeffa,b,c\r\n1,"two, ""quoted""\nand a second line",3\r\n4,,"6"\r\n';
    expect(parseCsv(text)).toEqual({
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['1', 'two, "quoted"\nand a second line', '3'] },
        { line: 4, fields: ['4', '', '6'] },
      ],
      problems: [],
    });
  });

  it('reads LF records and a last record without a line end, and turns CRLF inside a quoted field into LF', () => {
    expect(parseCsv('a,b\n"x\r\ny",z').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x\ny', 'z'] },
    ]);
  });

  it('names the line of a quote that is never closed and of text after a closing quote', () => {
    expect(parseCsv('a,b\r\n1,"x"y\r\n2,"never closed\r\n').problems).toEqual([
      { line: 2, message: 'text after a closing quote ("y")' },
      { line: 3, message: 'a quoted field is never closed' },
    ]);
  });
});

describe('readCsvTable', () => {
  const read = (text: string, required: string[], allowShortRecords = false) => {
    const problems = new EscoProblems();
    const rows: Record<string, string>[] = [];
    readCsvTable('t.csv', text, { required, allowShortRecords }, problems, (row) => {
      rows.push(Object.fromEntries(required.map((c) => [c, row.text(c)])));
      if (row.text('kind') !== '') row.oneOf('kind', ['essential', 'optional']);
    });
    return {
      rows,
      problems: (() => {
        try {
          problems.throwIfAny();
          return [];
        } catch (e) {
          return (e as EscoValidationError).problems;
        }
      })(),
    };
  };

  it('finds columns by header name and reports a missing one with the header it found', () => {
    expect(read('kind,uri\r\nessential,x\r\n', ['uri', 'kind']).rows).toEqual([{ uri: 'x', kind: 'essential' }]);
    expect(read('uri\r\nx\r\n', ['uri', 'kind']).problems).toEqual(['t.csv:1: missing column "kind" (the header has: "uri")']);
  });

  it('reports a record with the wrong number of fields, and a bad value, by line (counting quoted line breaks)', () => {
    const text = 'uri,kind\r\n"a\nb",essential\r\nc\r\nd,mandatory\r\n';
    expect(read(text, ['uri', 'kind']).problems).toEqual([
      't.csv:4: has 1 fields, the header has 2',
      't.csv:5: column "kind": "mandatory" is not one of "essential", "optional"',
    ]);
  });

  it('accepts records shorter than the header where the file allows it (skillsHierarchy_en.csv)', () => {
    expect(read('uri,kind,extra\r\nx,optional\r\n', ['uri', 'kind', 'extra'], true)).toEqual({
      rows: [{ uri: 'x', kind: 'optional', extra: '' }],
      problems: [],
    });
  });
});
