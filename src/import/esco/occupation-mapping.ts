// ESCO occupations as Roles in their ISCO-08 tracks, each with the job zone of the O*NET occupations the crosswalk
// links, a NEAREST_OCCUPATION to each of them and an equivalent move into each. Pure; docs/esco-import.md.
import type { LinkRow, NodeRow } from '../../db/write-rows.js';
import type { EscoMappingStats, OnetOccupation } from './mapping.js';
import type { EscoRelease } from './release.js';
import { readableIds } from './readable-ids.js';
import { deriveEquivalentMove, inheritedJobZone } from './transition-rule.js';

export const iscoTrackId = (code: string) => `isco-${code}`;

/** Tracks: the ISCO-08 groups, nested by level (1-4 digits). */
export function mapIscoTracks(release: EscoRelease): { tracks: NodeRow[]; trackParts: LinkRow[] } {
  const iscoCodes = new Set(release.iscoGroups.map((g) => g.code));
  const tracks: NodeRow[] = release.iscoGroups.map((g) => ({
    id: iscoTrackId(g.code),
    props: { name: g.label, description: g.description, iscoCode: g.code, iscoLevel: g.code.length, source: 'esco' },
  }));
  const trackParts: LinkRow[] = release.iscoGroups
    .filter((g) => g.code.length > 1 && iscoCodes.has(g.code.slice(0, -1)))
    .map((g) => ({ from: iscoTrackId(g.code), to: iscoTrackId(g.code.slice(0, -1)), props: { source: 'esco' } }));
  return { tracks, trackParts };
}

export interface EscoOccupations {
  roles: NodeRow[];
  roleTracks: LinkRow[];
  nearestOccupations: LinkRow[];
  equivalentMoves: LinkRow[];
  /** Each occupation's role id, by URI. */
  roleIds: Map<string, string>;
  /** Each role's job zone, inherited from its O*NET occupations (null without one). */
  jobZoneOf: Map<string, number | null>;
}

/** Roles, with the job zone of their O*NET occupations. */
export function mapEscoOccupations(
  release: EscoRelease,
  onetOccupations: readonly OnetOccupation[],
  aliasCap: number,
  stats: EscoMappingStats,
): EscoOccupations {
  const esco = `ESCO v${release.version}`;
  const roleIds = readableIds(release.occupations, 'esco-');
  const onetBySoc = new Map(onetOccupations.map((o) => [o.socCode, o]));
  const linksByUri = new Map<string, { occupation: OnetOccupation; confidence: number; code2010: string; semanticSimilarity: number | null }[]>();
  for (const link of release.crosswalk ?? []) {
    const codes2019 = release.onet2010To2019.get(link.onetCode2010) ?? [];
    const targets = codes2019.map((code) => onetBySoc.get(code)).filter((o): o is OnetOccupation => o !== undefined);
    if (targets.length === 0) stats.crosswalkCodesUnknown += 1;
    for (const occupation of targets) {
      const list = linksByUri.get(link.escoUri) ?? [];
      list.push({ occupation, confidence: link.confidence, code2010: link.onetCode2010, semanticSimilarity: link.semanticSimilarity });
      linksByUri.set(link.escoUri, list);
    }
  }
  const jobZoneOf = new Map<string, number | null>();
  const roles: NodeRow[] = [];
  const roleTracks: LinkRow[] = [];
  const nearestOccupations: LinkRow[] = [];
  const equivalentMoves: LinkRow[] = [];
  for (const o of release.occupations) {
    const id = roleIds.get(o.uri)!;
    const links = linksByUri.get(o.uri) ?? [];
    const jobZone = inheritedJobZone(links.map((l) => ({ confidence: l.confidence, jobZone: l.occupation.jobZone })));
    jobZoneOf.set(id, jobZone);
    if (links.length > 0) stats.occupationsLinked += 1;
    if (jobZone !== null) stats.occupationsWithJobZone += 1;
    roles.push({
      id,
      props: {
        title: o.label,
        description: o.description,
        escoUri: o.uri,
        escoCode: o.code,
        iscoGroup: o.iscoGroup,
        aliases: o.altLabels.slice(0, aliasCap),
        alternateTitles: o.altLabels,
        jobZone,
        source: 'esco',
        derivation:
          jobZone === null
            ? null
            : `Job zone ${jobZone} inherited from the O*NET occupation${links.length > 1 ? 's' : ''} the crosswalk links (${links
                .map((l) => `${l.occupation.socCode} confidence ${l.confidence}`)
                .join('; ')}). See docs/esco-import.md.`,
      },
    });
    roleTracks.push({ from: id, to: iscoTrackId(o.iscoGroup), props: { source: 'esco' } });
    for (const l of links) {
      const match =
        `Nesta's Mapping Career Causeways crosswalk matches this ${esco} occupation to O*NET-SOC 2010 ${l.code2010} (confidence ${l.confidence})` +
        (l.code2010 === l.occupation.socCode ? '' : `, which O*NET's 2010-to-2019 crosswalk maps to ${l.occupation.socCode}`) +
        '.';
      nearestOccupations.push({
        from: id,
        to: l.occupation.id,
        props: {
          confidence: l.confidence,
          semanticSimilarity: l.semanticSimilarity,
          onetCode2010: l.code2010,
          source: 'esco',
          derivation: `${match} See docs/esco-import.md.`,
        },
      });
      const move = deriveEquivalentMove(l.confidence);
      equivalentMoves.push({
        from: id,
        to: l.occupation.id,
        props: {
          kind: move.kind,
          monthsTypical: move.monthsTypical,
          monthsMin: move.monthsMin,
          monthsMax: move.monthsMax,
          similarity: null,
          tier: null,
          rank: null,
          source: 'derived',
          derivation: `The same work under O*NET's name: ${match} Months: finding the job under its other name (confidence ${l.confidence}). See docs/esco-import.md.`,
        },
      });
    }
  }
  return { roles, roleTracks, nearestOccupations, equivalentMoves, roleIds, jobZoneOf };
}
