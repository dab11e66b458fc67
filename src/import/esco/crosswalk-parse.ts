// The crosswalks from ESCO occupations to O*NET: Nesta's ESCO -> O*NET-SOC 2010 matches and O*NET's 2010 -> 2019
// codes. Problems are collected with the release's own (file, line, field).
import { readCsvTable, type CsvRow, type EscoProblems } from './csv.js';
import { CROSSWALK_FILES, type EscoTexts } from './files.js';
import type { CrosswalkLink } from './release.js';

const SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

export interface ParsedCrosswalks {
  /** Null when the crosswalks were not read. */
  crosswalk: CrosswalkLink[] | null;
  onet2010To2019: Map<string, string[]>;
  /** Crosswalk rows that name an occupation the release lacks: counted and skipped. */
  dangling: number;
}

/** Reads the crosswalks when both files are there; `rowCounts` gets their row counts. */
export function parseCrosswalks(
  texts: EscoTexts,
  occupationUris: ReadonlySet<string>,
  problems: EscoProblems,
  rowCounts: Record<string, number>,
): ParsedCrosswalks {
  let crosswalk: CrosswalkLink[] | null = null;
  let danglingCrosswalk = 0;
  const onet2010To2019 = new Map<string, string[]>();
  if (texts.escoToOnet2010 !== undefined && texts.onet2010To2019 !== undefined) {
    crosswalk = [];
    const links = crosswalk;
    const file = CROSSWALK_FILES.escoToOnet2010;
    rowCounts[file] = readCsvTable(
      file,
      texts.escoToOnet2010,
      { required: ['concept_uri', 'onet_code', 'confidence', 'semantic_similarity'] },
      problems,
      (row) => {
        const escoUri = row.uri('concept_uri');
        const onetCode2010 = socCode(row, 'onet_code');
        const confidence = number(row, 'confidence');
        const similarity = row.text('semantic_similarity');
        if (escoUri === null || onetCode2010 === null || confidence === null) return;
        if (!occupationUris.has(escoUri)) {
          danglingCrosswalk += 1;
          return;
        }
        links.push({ escoUri, onetCode2010, confidence, semanticSimilarity: NUMBER.test(similarity) ? Number(similarity) : null });
      },
    );
    const codes = CROSSWALK_FILES.onet2010To2019;
    rowCounts[codes] = readCsvTable(codes, texts.onet2010To2019, { required: ['O*NET-SOC 2010 Code', 'O*NET-SOC 2019 Code'] }, problems, (row) => {
      const from = socCode(row, 'O*NET-SOC 2010 Code');
      const to = socCode(row, 'O*NET-SOC 2019 Code');
      if (from === null || to === null) return;
      const targets = onet2010To2019.get(from) ?? [];
      if (!targets.includes(to)) targets.push(to);
      onet2010To2019.set(from, targets);
    });
  }

  return { crosswalk, onet2010To2019, dangling: danglingCrosswalk };
}

function socCode(row: CsvRow, column: string): string | null {
  const value = row.text(column);
  if (SOC_CODE.test(value)) return value;
  row.problem(column, `${JSON.stringify(value)} is not an O*NET-SOC code like 15-1252.00`);
  return null;
}

function number(row: CsvRow, column: string): number | null {
  const value = row.text(column);
  if (NUMBER.test(value)) return Number(value);
  row.problem(column, `${JSON.stringify(value)} is not a number`);
  return null;
}
