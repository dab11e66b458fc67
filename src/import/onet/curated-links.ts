// Curated roles meet the occupations their SOC codes name: a NEAREST_OCCUPATION link for each, and a
// SPECIALIZATION transition into a role no curated transition leads into. Pure; docs/onet-import.md states the rule.
import type { LinkRow } from '../../db/write-rows.js';
import type { OnetGraph } from './mapping.js';
import { round2 } from './rounding.js';
import { deriveSpecialization } from './transition-rule.js';

/** A curated role (from the seed or a curator) that names an O*NET-SOC code. */
export interface CuratedRole {
  id: string;
  socCode: string;
  experienceMinYears: number | null;
  /** A TRANSITIONS_TO that the import did not write leads into the role (it is not an entry point). */
  hasCuratedIncoming: boolean;
}

export interface CuratedLinks {
  /** (occupation)-[:TRANSITIONS_TO {kind: 'SPECIALIZATION'}]->(entry-point curated role). */
  specializations: LinkRow[];
  /** (curated role)-[:NEAREST_OCCUPATION]->(occupation). */
  nearestOccupations: LinkRow[];
  /** Curated roles whose SOC code names no imported occupation. */
  unmatched: string[];
}

/** Links curated roles to the occupations their SOC codes name, so routes can run from O*NET into the curated ladder. */
export function mapCuratedLinks(roles: readonly CuratedRole[], graph: Pick<OnetGraph, 'occupations'>, version: string): CuratedLinks {
  const links: CuratedLinks = { specializations: [], nearestOccupations: [], unmatched: [] };
  for (const role of roles) {
    const occupation = graph.occupations.get(role.socCode);
    if (occupation === undefined) {
      links.unmatched.push(role.id);
      continue;
    }
    links.nearestOccupations.push({
      from: role.id,
      to: occupation.roleId,
      props: {
        source: 'derived',
        derivation: `The role names O*NET-SOC ${role.socCode}, imported from O*NET ${version}.`,
      },
    });
    if (role.hasCuratedIncoming) continue;
    const training = occupation.preparation.onTheJobTrainingMonths;
    const months = deriveSpecialization({ occupationTrainingMonths: training, roleExperienceMinYears: role.experienceMinYears });
    links.specializations.push({
      from: occupation.roleId,
      to: role.id,
      props: {
        kind: 'SPECIALIZATION',
        ...months,
        source: 'derived',
        derivation:
          `${role.id} names O*NET-SOC ${role.socCode} and no curated transition leads into it, so it is entered from that occupation. ` +
          `Months: the longer of the occupation's on-the-job training (${round2(training)}) and the role's minimum experience ` +
          `(${role.experienceMinYears ?? 0} years), at least 3. See docs/onet-import.md.`,
      },
    });
  }
  return links;
}
