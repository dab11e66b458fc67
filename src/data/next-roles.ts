// "Your next role": roles one or two transitions away that fit the person's intent, ranked by the rules in
// src/domain/next-roles.ts.
import type { Database } from '../db/database.js';
import { UNKNOWN_TRANSITION_MONTHS } from '../domain/months.js';
import { coverageOf, rankNextRoles, type NextRoleCandidate, type NextRoleDirection, type NextRoleIntent } from '../domain/next-roles.js';
import type { TransitionKind } from '../domain/transitions.js';
import { findRouteDetails, findSkillsWithAreas, type StepSelection } from './paths.js';
import type { RoleRecord, SkillRecord } from './records.js';
import type { CareerRouteRecord } from './route-assembly.js';
import { skillIdsAtGrain } from './skill-grain.js';

export interface NextRoleRecord {
  role: RoleRecord;
  route: CareerRouteRecord;
  direction: NextRoleDirection;
  coverage: number;
  missingSkills: SkillRecord[];
  score: number;
}

export interface NextRoleQuery {
  roleId: string;
  knownSkills: string[];
  intent: NextRoleIntent;
  first: number;
  experienceYears: number | null;
  /** Stored properties of the skills (to learn on the routes, missing) that the query selects. */
  skillProps: readonly string[];
  /** What the query selects of the routes' roles (the next role among them) and of their steps. */
  steps: StepSelection;
}

interface Candidate extends NextRoleCandidate {
  roleIds: string[];
  missingIds: string[];
}

export async function findNextRoles(db: Database, query: NextRoleQuery): Promise<NextRoleRecord[]> {
  const known = await findSkillsWithAreas(db, query.knownSkills);
  const rows = await db.read('analytics/next-roles', {
    id: query.roleId,
    knownAreas: [...skillIdsAtGrain(known, 'AREA')],
    unknownMonths: UNKNOWN_TRANSITION_MONTHS,
  });
  const candidates: Candidate[] = rows.map((row) => ({
    roleId: row.roleId as string,
    roleIds: row.roleIds as string[],
    kinds: row.kinds as (TransitionKind | null)[],
    months: row.months as number,
    startZone: (row.startZone as number | null) ?? null,
    targetZone: (row.targetZone as number | null) ?? null,
    startPayUsd: (row.startPayUsd as number | null) ?? null,
    targetPayUsd: (row.targetPayUsd as number | null) ?? null,
    coverage: coverageOf(row.requiredCount as number, (row.missingIds as string[]).length),
    missingIds: row.missingIds as string[],
  }));
  const top = rankNextRoles(candidates, query.intent).slice(0, query.first);
  const [routes, missing] = await Promise.all([
    findRouteDetails(
      db,
      top.map((r) => r.candidate.roleIds),
      query.knownSkills,
      query.experienceYears,
      query.skillProps,
      query.steps,
    ),
    findSkillsWithAreas(
      db,
      top.flatMap((r) => r.candidate.missingIds),
    ),
  ]);
  const skillById = new Map(missing.map((row) => [row.skill.id, row.skill]));
  // Ranked by the months the transitions state; with experienceYears the routes show the months still needed.
  return top.map(({ candidate, direction, score }, i) => ({
    role: routes[i].steps[routes[i].steps.length - 1].to!,
    route: routes[i],
    direction,
    coverage: candidate.coverage,
    missingSkills: candidate.missingIds.flatMap((id) => skillById.get(id) ?? []),
    score,
  }));
}
