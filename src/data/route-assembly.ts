// Pure route arithmetic: turns found role sequences and per-transition details into routes with totals.
import type { FactSource, NamedRecord, RoleRecord, SkillRecord } from './records.js';

export interface MonthsRange {
  typical: number | null;
  min: number | null;
  max: number | null;
}

export interface StepDetail {
  fromId: string;
  toId: string;
  from?: RoleRecord;
  to?: RoleRecord;
  months: MonthsRange;
  kind: string | null;
  keyArtifacts: string[];
  source: FactSource;
  skillsToLearn: SkillRecord[];
  certifications: NamedRecord[];
  courses: NamedRecord[];
}

export interface CareerRouteRecord {
  roleIds: string[];
  steps: StepDetail[];
  totalSteps: number;
  totalMonths: MonthsRange;
  totalSkillsToLearn: number;
}

export const pairKey = (fromId: string, toId: string): string => `${fromId}\u0000${toId}`;

/** The distinct consecutive pairs of all routes, so step details are fetched once per transition. */
export function consecutivePairs(routes: string[][]): { from: string; to: string }[] {
  const seen = new Map<string, { from: string; to: string }>();
  for (const roleIds of routes) {
    for (let i = 0; i + 1 < roleIds.length; i += 1) {
      seen.set(pairKey(roleIds[i], roleIds[i + 1]), { from: roleIds[i], to: roleIds[i + 1] });
    }
  }
  return [...seen.values()];
}

/** Sums a part of the months ranges; unknown as soon as one step's part is unknown. */
function sumPart(steps: StepDetail[], part: keyof MonthsRange): number | null {
  let total = 0;
  for (const step of steps) {
    const value = step.months[part];
    if (value == null) return null;
    total += value;
  }
  return total;
}

export function assembleRoute(roleIds: string[], details: Map<string, StepDetail>): CareerRouteRecord {
  const steps = roleIds.slice(1).map((toId, i) => {
    const step = details.get(pairKey(roleIds[i], toId));
    if (!step) throw new Error(`No transition ${roleIds[i]} -> ${toId} for a route the search returned`);
    return step;
  });
  return {
    roleIds,
    steps,
    totalSteps: steps.length,
    totalMonths: { typical: sumPart(steps, 'typical'), min: sumPart(steps, 'min'), max: sumPart(steps, 'max') },
    totalSkillsToLearn: steps.reduce((sum, step) => sum + step.skillsToLearn.length, 0),
  };
}
