// O*NET's Related Occupations as TRANSITIONS_TO: months and kind by the import's rule (transition-rule.ts), and a
// `derivation` that says how they were reached. Pure.
import type { LinkRow } from '../../db/write-rows.js';
import type { TransitionKind } from '../../domain/transitions.js';
import type { OccupationFacts } from './mapping.js';
import type { OnetRelease } from './release.js';
import { round2 } from './rounding.js';
import { deriveRelatedTransition, majorGroup, MONTHS_PER_JOB_ZONE_STEP } from './transition-rule.js';

export function mapRelatedTransitions(release: OnetRelease, occupations: ReadonlyMap<string, OccupationFacts>): LinkRow[] {
  return release.related.map((r) => {
    const from = occupations.get(r.soc)!;
    const to = occupations.get(r.relatedSoc)!;
    const derived = deriveRelatedTransition({
      tier: r.tier,
      sourceJobZone: from.jobZone,
      targetJobZone: to.jobZone,
      isSameMajorGroup: majorGroup(r.soc) === majorGroup(r.relatedSoc),
      targetPreparation: to.preparation,
    });
    return {
      from: from.roleId,
      to: to.roleId,
      props: {
        tier: r.tier,
        rank: r.index,
        monthsTypical: derived.monthsTypical,
        monthsMin: derived.monthsMin,
        monthsMax: derived.monthsMax,
        kind: derived.kind,
        source: 'derived',
        derivation: describeRelatedTransition(r.tier, r.index, from, to, derived.jobZoneSteps, derived.kind, release.version),
      },
    };
  });
}

function describeRelatedTransition(
  tier: string,
  index: number,
  from: OccupationFacts,
  to: OccupationFacts,
  jobZoneSteps: number,
  kind: TransitionKind,
  version: string,
): string {
  const prep = to.preparation;
  const basis =
    prep.basis === 'occupation'
      ? "the target's ratings"
      : prep.basis === 'job-zone'
        ? `the job zone ${to.jobZone} average`
        : prep.basis === 'release'
          ? 'the release average'
          : 'the default';
  const zones = `job zone ${from.jobZone ?? '?'} -> ${to.jobZone ?? '?'}`;
  return (
    `O*NET ${version} Related Occupations: ${tier} #${index}. Months: tier base + tier share of the target's ` +
    `related work experience and on-the-job training (${round2(prep.relatedExperienceMonths + prep.onTheJobTrainingMonths)} months, from ${basis})` +
    (jobZoneSteps > 0 ? ` + ${MONTHS_PER_JOB_ZONE_STEP} per job zone step up (${jobZoneSteps})` : '') +
    `. Kind ${kind}: ${zones}` +
    (kind === 'PROMOTION' ? ', same SOC major group.' : kind === 'LATERAL' ? ', Primary-Short.' : '.') +
    ' See docs/onet-import.md.'
  );
}
