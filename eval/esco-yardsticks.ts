// The yardsticks for ESCO occupations in `npm run eval`, read from the release files (never from the graph), and the
// sets each answer is measured against. Pure: file texts in, maps out (tests/unit/eval-esco.test.ts).
//
// What the answers read, so that no yardstick is made of it: similarRoles and recommendRoles read REQUIRES (ESCO's
// essential and optional skills), the skills' areas (the skill pillar), job zones (an ESCO occupation's is inherited
// through the crosswalks from its O*NET occupation) and SOC codes (ESCO occupations have none). Search reads a role's
// title (ESCO's preferred label), `aliases` and `alternateTitles` (its alternative labels). None of them reads ESCO's
// occupation hierarchy (broaderRelationsOccPillar.csv, not imported), the ISCO group, O*NET's related occupations
// or ESCO's hidden labels (not imported).
import { parseCsv } from '../src/import/esco/csv.js';
import { occupationId } from '../src/import/onet/slug.js';

export interface EscoOccupationLabels {
  uri: string;
  /** The four-digit ISCO-08 unit group. */
  iscoGroup: string;
  label: string;
  altLabels: string[];
  /** Misspellings and old names ESCO keeps for search but does not show; the import does not read them. */
  hiddenLabels: string[];
}

/** Rows of a CSV text as objects keyed by the header's column names; a missing column is an error naming the file. */
export function readTable(file: string, text: string, columns: readonly string[]): Record<string, string>[] {
  const { records, problems } = parseCsv(text);
  if (problems.length > 0) throw new Error(`${file}:${problems[0].line}: ${problems[0].message}`);
  const [header, ...rows] = records;
  const at = new Map(columns.map((name) => [name, header?.fields.indexOf(name) ?? -1]));
  for (const [name, index] of at) if (index < 0) throw new Error(`${file}: no column "${name}"`);
  return rows.map((row) => Object.fromEntries(columns.map((name) => [name, row.fields[at.get(name)!] ?? ''])));
}

const labelsIn = (field: string): string[] => [
  ...new Set(
    field
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  ),
];

export function parseOccupationLabels(text: string): EscoOccupationLabels[] {
  return readTable('occupations_en.csv', text, ['conceptUri', 'iscoGroup', 'preferredLabel', 'altLabels', 'hiddenLabels']).map((row) => ({
    uri: row.conceptUri,
    iscoGroup: row.iscoGroup,
    label: row.preferredLabel.trim(),
    altLabels: labelsIn(row.altLabels),
    hiddenLabels: labelsIn(row.hiddenLabels),
  }));
}

/** ESCO's occupation hierarchy below ISCO: each occupation with the occupations directly broader or narrower. */
export function occupationFamilies(hierarchyText: string): Map<string, Set<string>> {
  const rows = readTable('broaderRelationsOccPillar.csv', hierarchyText, ['conceptType', 'conceptUri', 'broaderType', 'broaderUri']);
  const families = new Map<string, Set<string>>();
  const link = (a: string, b: string) => families.set(a, (families.get(a) ?? new Set()).add(b));
  for (const row of rows) {
    if (row.conceptType !== 'Occupation' || row.broaderType !== 'Occupation') continue;
    link(row.conceptUri, row.broaderUri);
    link(row.broaderUri, row.conceptUri);
  }
  return families;
}

/** Each occupation with the other occupations of its ISCO unit group. */
export function unitGroupPeers(occupations: readonly EscoOccupationLabels[]): Map<string, Set<string>> {
  const byGroup = new Map<string, string[]>();
  for (const o of occupations) byGroup.set(o.iscoGroup, [...(byGroup.get(o.iscoGroup) ?? []), o.uri]);
  return new Map(occupations.map((o) => [o.uri, new Set(byGroup.get(o.iscoGroup)!.filter((uri) => uri !== o.uri))]));
}

/**
 * The O*NET 29.3 occupations (role ids) each ESCO occupation is linked to: Nesta's crosswalk to O*NET-SOC 2010, then
 * O*NET's 2010-to-2019 crosswalk (every target of a split code). The same chain the import follows.
 */
export function crosswalkLinks(nestaText: string, onet2010To2019Text: string): Map<string, Set<string>> {
  const to2019 = new Map<string, string[]>();
  for (const row of readTable('2010_to_2019_Crosswalk.csv', onet2010To2019Text, ['O*NET-SOC 2010 Code', 'O*NET-SOC 2019 Code'])) {
    const from = row['O*NET-SOC 2010 Code'];
    to2019.set(from, [...(to2019.get(from) ?? []), row['O*NET-SOC 2019 Code']]);
  }
  const links = new Map<string, Set<string>>();
  for (const row of readTable('esco_onet_crosswalk_MCC.csv', nestaText, ['concept_uri', 'onet_code'])) {
    for (const code of to2019.get(row.onet_code) ?? []) links.set(row.concept_uri, (links.get(row.concept_uri) ?? new Set()).add(occupationId(code)));
  }
  return links;
}

/**
 * ESCO occupations the crosswalks relate: B is related to A when B is linked to an O*NET occupation that A is linked
 * to, or to one of the Primary-Short related occupations O*NET lists for it.
 */
export function crosswalkRelated(
  links: ReadonlyMap<string, ReadonlySet<string>>,
  primaryShort: ReadonlyMap<string, readonly string[]>,
): Map<string, Set<string>> {
  const escoByOnet = new Map<string, string[]>();
  for (const [uri, targets] of links) for (const t of targets) escoByOnet.set(t, [...(escoByOnet.get(t) ?? []), uri]);
  const related = new Map<string, Set<string>>();
  for (const [uri, targets] of links) {
    const near = new Set([...targets].flatMap((t) => [t, ...(primaryShort.get(t) ?? [])]));
    const others = new Set([...near].flatMap((t) => escoByOnet.get(t) ?? []).filter((other) => other !== uri));
    if (others.size > 0) related.set(uri, others);
  }
  return related;
}

/** Share of `relevant` among the first `k` of `ranked`, out of at most `k` (so 1 is reachable with many relevant). */
export function cappedRecallAt(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  if (relevant.size === 0) return 0;
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / Math.min(k, relevant.size);
}

/** What `cappedRecallAt` averages when the first `k` are drawn at random from `pool` other candidates. */
export function chanceCappedRecallAt(relevantCount: number, pool: number, k: number): number {
  if (relevantCount === 0 || pool <= 0) return 0;
  return (Math.min(k, pool) * relevantCount) / pool / Math.min(k, relevantCount);
}

export interface LabelQuery {
  label: string;
  uri: string;
}

/**
 * Labels that name exactly one occupation (ignoring case): alternative labels no other occupation has as its
 * preferred or alternative label; and hidden labels that no occupation shows at all and only one hides.
 */
export function labelsOfOneOccupation(occupations: readonly EscoOccupationLabels[]): { alternative: LabelQuery[]; hidden: LabelQuery[] } {
  const shown = new Map<string, Set<string>>();
  const hiddenBy = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, label: string, uri: string) =>
    map.set(label.toLowerCase(), (map.get(label.toLowerCase()) ?? new Set()).add(uri));
  for (const o of occupations) {
    for (const label of [o.label, ...o.altLabels]) add(shown, label, o.uri);
    for (const label of o.hiddenLabels) add(hiddenBy, label, o.uri);
  }
  const alternative: LabelQuery[] = [];
  const hidden: LabelQuery[] = [];
  for (const o of occupations) {
    for (const label of o.altLabels) {
      const key = label.toLowerCase();
      if (key !== o.label.toLowerCase() && shown.get(key)!.size === 1) alternative.push({ label, uri: o.uri });
    }
    for (const label of o.hiddenLabels) {
      const key = label.toLowerCase();
      if (!shown.has(key) && hiddenBy.get(key)!.size === 1) hidden.push({ label, uri: o.uri });
    }
  }
  return { alternative, hidden };
}
