// What projections save, and which way of writing them is fastest: the statement behind every role's `skills`
// field and roles/by-ids, through the driver on the workload's 50-role pages, as the API sends them (what every
// request reads named in the text, the selection's other properties by position from a list) against every value
// read from a list, the projection written into the text and whole property maps. Plus a guard for the transport
// fix: a 2,000-byte message (longer than neo4j-driver's 1,400-byte chunk) must not wait for a delayed ACK, which it
// did (~40 ms) while the driver's sockets kept Nagle's algorithm on (src/db/tcp-nodelay.ts).
import type { Driver } from 'neo4j-driver';
import { cypher } from '../../src/db/cypher.js';
import { benchCypher } from './bench-cypher.js';
import type { Workload } from './cases.js';
import { RawReader, type Params, type Row } from './raw.js';
import { summarize, type Summary } from './stats.js';

export interface PayloadRow {
  statement: string;
  variant: string;
  /** Bytes of the statement text plus its JSON-encoded parameters (median): the Bolt message is a bit larger. */
  messageBytes: number;
  /** Bytes of the rows as JSON (median): what the driver decodes. */
  resultBytes: number;
  ms: Summary;
  /** Samples whose rows differed from the first variant's (role, skill and importance, in order). */
  differences: number;
}

interface Variant {
  statement: string;
  variant: string;
  text: string;
  params: (sample: number) => Params;
  key: (rows: Row[]) => string;
}

// roles/skill-requirements rows as the candidates write them: [[importance, ...], skill, area] with the skill as a map.
const requirementsKey = (rows: Row[]) =>
  JSON.stringify(rows.map((r) => [r.id, (r.items as unknown[][]).map((i) => `${(i[1] as { id: string }).id}:${(i[0] as unknown[])[0]}`)]));
/** The API's statement: one flat list per item, the five ranking facts (importance first), then the skill's id. */
const flatRequirementsKey = (rows: Row[]) =>
  JSON.stringify(rows.map((r) => [r.id, (r.items as unknown[][]).map((i) => `${i[REQUIREMENT_FACTS.length]}:${i[0]}`)]));
const REQUIREMENT_FACTS = ['importance', 'importanceScore', 'position', 'isHotTechnology', 'isInDemand'];
const rolesKey = (rows: Row[]) => JSON.stringify(rows.map((r) => (r.values ? (r.values as string[])[0] : (r.item as { id: string }).id)).sort());

export async function measurePayload(
  driver: Driver,
  database: string | undefined,
  work: Workload,
  samples: number,
  log: (line: string) => void,
): Promise<PayloadRow[]> {
  const pageIds = (i: number) => ({ ids: work.roleIds.filter((id) => work.pageAfter[i] === null || id > work.pageAfter[i]!).slice(0, 50) });
  const requests = (i: number) => ({ requests: pageIds(i).ids.map((id) => ({ id, importance: null })) });
  const padding = 'x'.repeat(2_000);
  const requirements = 'roles/skill-requirements (skill { id name })';
  const byIds = 'roles/by-ids (50 roles { id title })';
  const variants: Variant[] = [
    {
      statement: requirements,
      variant: 'ranking facts, id and name named in the text, other values by position (the API)',
      text: cypher('roles/skill-requirements'),
      params: (i) => ({ ...requests(i), extraProps: [], extraRequirementProps: [], roleProps: [], withAreas: true, withParts: false }),
      key: flatRequirementsKey,
    },
    {
      statement: requirements,
      variant: 'every value read by name from $props (before)',
      text: benchCypher('candidates/skill-requirements-props-by-position'),
      params: (i) => ({
        ...requests(i),
        props: ['id', 'name'],
        requirementProps: REQUIREMENT_FACTS,
        roleProps: [],
        withAreas: true,
        withParts: false,
      }),
      key: flatRequirementsKey,
    },
    {
      statement: requirements,
      variant: 'projection in the text: s {.id, .name}',
      text: benchCypher('candidates/skill-requirements-static-id-name'),
      params: requests,
      key: requirementsKey,
    },
    {
      statement: requirements,
      variant: 'whole maps: s {.*}',
      text: benchCypher('candidates/skill-requirements-whole-maps'),
      params: requests,
      key: requirementsKey,
    },
    {
      statement: byIds,
      variant: 'values of $props by position (the API)',
      text: cypher('roles/by-ids'),
      params: (i) => ({ ...pageIds(i), props: ['id', 'title'] }),
      key: rolesKey,
    },
    {
      statement: byIds,
      variant: 'projection in the text: n {.id, .title}',
      text: benchCypher('candidates/roles-by-ids-static-id-title'),
      params: pageIds,
      key: rolesKey,
    },
    {
      statement: byIds,
      variant: 'whole maps: n {.*} (alternate titles included)',
      text: benchCypher('candidates/roles-by-ids-whole-maps'),
      params: pageIds,
      key: rolesKey,
    },
    {
      statement: 'Nagle guard',
      variant: 'RETURN size($padding), 2,000-byte parameter',
      text: 'RETURN size($padding) AS n',
      params: () => ({ padding }),
      key: () => '',
    },
  ];
  const reader = new RawReader(driver, database);
  const times = new Map<Variant, number[]>(variants.map((v) => [v, []]));
  const messageBytes = new Map<Variant, number[]>(variants.map((v) => [v, []]));
  const resultBytes = new Map<Variant, number[]>(variants.map((v) => [v, []]));
  const differences = new Map<Variant, number>(variants.map((v) => [v, 0]));
  for (const variant of variants) await reader.readText(variant.statement, variant.text, variant.params(0));
  for (let i = 0; i < samples; i += 1) {
    const reference = new Map<string, string>();
    for (const variant of variants) {
      const params = variant.params(i);
      const started = performance.now();
      const rows = await reader.readText(variant.statement, variant.text, params);
      times.get(variant)!.push(performance.now() - started);
      messageBytes.get(variant)!.push(Buffer.byteLength(variant.text) + Buffer.byteLength(JSON.stringify(params)));
      resultBytes.get(variant)!.push(Buffer.byteLength(JSON.stringify(rows)));
      const key = variant.key(rows);
      if (!reference.has(variant.statement)) reference.set(variant.statement, key);
      else if (reference.get(variant.statement) !== key) differences.set(variant, differences.get(variant)! + 1);
    }
    if ((i + 1) % Math.max(1, Math.floor(samples / 4)) === 0) log(`${i + 1}/${samples} samples`);
  }
  return variants.map((variant) => ({
    statement: variant.statement,
    variant: variant.variant,
    messageBytes: Math.round(summarize(messageBytes.get(variant)!).p50),
    resultBytes: Math.round(summarize(resultBytes.get(variant)!).p50),
    ms: summarize(times.get(variant)!),
    differences: differences.get(variant)!,
  }));
}
