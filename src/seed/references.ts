// The seed's cross-file checks: unique ids, references that resolve (with a "did you mean" for typos), and the
// domain rules a single file's schema cannot check, such as a derived promotion's months.
import { promotionMonths, yearsRangeOf } from '../domain/promotion-months.js';
import { closestMatch } from './edit-distance.js';
import type { FieldPath, Problem } from './problems.js';
import { SEED_KINDS, type SeedData, type SeedKind } from './schema.js';

/** What the schemas cannot see: ids unique per kind, references that resolve, and the seed's own rules. */
export function checkReferences(seed: SeedData): Problem[] {
  const problems: Problem[] = [];
  const report = (kind: SeedKind, path: FieldPath, message: string) => problems.push({ kind, path, message });

  const ids = {} as Record<Exclude<SeedKind, 'transitions'>, Set<string>>;
  for (const kind of SEED_KINDS) {
    if (kind === 'transitions') continue;
    const seen = new Map<string, number>();
    seed[kind].forEach((entry, index) => {
      const first = seen.get(entry.id);
      if (first === undefined) seen.set(entry.id, index);
      else report(kind, [kind, index, 'id'], `duplicate id "${entry.id}" (first used by ${kind}[${first}])`);
    });
    ids[kind] = new Set(seen.keys());
  }
  const singular: Record<keyof typeof ids, string> = {
    tracks: 'track',
    roles: 'role',
    skills: 'skill',
    companies: 'company',
    certifications: 'certification',
    courses: 'course',
    platforms: 'platform',
    sources: 'source',
  };
  const checkRef = (kind: SeedKind, path: FieldPath, target: keyof typeof ids, id: string) => {
    if (ids[target].has(id)) return;
    const suggestion = closestMatch(id, ids[target]);
    report(kind, path, `unknown ${singular[target]} "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`);
  };
  const checkRefs = (kind: SeedKind, path: FieldPath, target: keyof typeof ids, list: readonly string[] | undefined) =>
    list?.forEach((id, index) => checkRef(kind, [...path, index], target, id));
  const checkUnique = <T>(kind: SeedKind, path: FieldPath, list: readonly T[], key: (item: T) => string, field: string) => {
    const seen = new Map<string, number>();
    list.forEach((item, index) => {
      const value = key(item);
      const first = seen.get(value);
      if (first === undefined) seen.set(value, index);
      else report(kind, [...path, index, field], `"${value}" is listed twice (also at ${String(path.at(-1))}[${first}])`);
    });
  };

  seed.tracks.forEach((track, i) => {
    if (track.partOf !== undefined) checkRef('tracks', ['tracks', i, 'partOf'], 'tracks', track.partOf);
  });

  const skillsById = new Map(seed.skills.map((skill) => [skill.id, skill]));
  seed.roles.forEach((role, i) => {
    const at: FieldPath = ['roles', i];
    checkRefs('roles', [...at, 'tracks'], 'tracks', role.tracks);
    role.skills.forEach((link, j) => checkRef('roles', [...at, 'skills', j, 'skill'], 'skills', link.skill));
    checkUnique('roles', [...at, 'skills'], role.skills, (link) => link.skill, 'skill');
    role.platforms.forEach((link, j) => checkRef('roles', [...at, 'platforms', j, 'platform'], 'platforms', link.platform));
    checkUnique('roles', [...at, 'platforms'], role.platforms, (link) => link.platform, 'platform');
    checkUnique('roles', [...at, 'salaryBands'], role.salaryBands, (band) => band.level, 'level');
  });

  seed.skills.forEach((skill, i) => {
    const at: FieldPath = ['skills', i];
    if (skill.parentSkill !== undefined) checkRef('skills', [...at, 'parentSkill'], 'skills', skill.parentSkill);
    checkRefs('skills', [...at, 'runsOn'], 'platforms', skill.runsOn);
    skill.executionProviders?.forEach((id, j) => {
      const provider = skillsById.get(id);
      if (provider === undefined) checkRef('skills', [...at, 'executionProviders', j], 'skills', id);
      else if (provider.category !== 'EXECUTION_PROVIDER') {
        report('skills', [...at, 'executionProviders', j], `"${id}" is a ${provider.category} skill, not an EXECUTION_PROVIDER`);
      }
    });
    // Walk up the parents; a walk that comes back to this skill is a cycle.
    const visited = new Set([skill.id]);
    for (let parent = skill.parentSkill; parent !== undefined; parent = skillsById.get(parent)?.parentSkill) {
      if (visited.has(parent)) {
        if (parent === skill.id) report('skills', [...at, 'parentSkill'], `parent chain loops back to "${skill.id}"`);
        break;
      }
      visited.add(parent);
    }
  });

  const rolesById = new Map(seed.roles.map((role) => [role.id, role]));
  const transitionKeys = new Map<string, number>();
  seed.transitions.forEach((transition, i) => {
    const at: FieldPath = ['transitions', i];
    checkRef('transitions', [...at, 'from'], 'roles', transition.from);
    checkRef('transitions', [...at, 'to'], 'roles', transition.to);
    checkRefs('transitions', [...at, 'focusSkills'], 'skills', transition.focusSkills);
    const key = `${transition.from} -> ${transition.to} (${transition.kind})`;
    const first = transitionKeys.get(key);
    if (first === undefined) transitionKeys.set(key, i);
    else report('transitions', [...at, 'to'], `duplicate transition ${key} (first at transitions[${first}])`);

    const target = rolesById.get(transition.to);
    if (target !== undefined) {
      // A focus skill is one the target requires, or a part of an area it requires.
      const targetSkills = new Set(target.skills.map((link) => link.skill));
      const isRequiredByTarget = (id: string): boolean => {
        for (let skill: string | undefined = id, hops = 0; skill !== undefined && hops <= seed.skills.length; skill = skillsById.get(skill)?.parentSkill, hops += 1) {
          if (targetSkills.has(skill)) return true;
        }
        return false;
      };
      transition.focusSkills.forEach((id, j) => {
        if (ids.skills.has(id) && !isRequiredByTarget(id)) {
          report('transitions', [...at, 'focusSkills', j], `"${id}" is neither among the skills of ${target.id} nor part of one of its areas, so it cannot be a gap to close`);
        }
      });
    }
    if (transition.kind === 'PROMOTION' && transition.source === 'derived') {
      checkPromotionMonths(transition, rolesById.get(transition.from), target, (path, message) => report('transitions', [...at, ...path], message));
    }
  });

  seed.companies.forEach((company, i) => {
    const at: FieldPath = ['companies', i];
    company.hiresFor.forEach((link, j) => checkRef('companies', [...at, 'hiresFor', j, 'role'], 'roles', link.role));
    checkUnique('companies', [...at, 'hiresFor'], company.hiresFor, (link) => link.role, 'role');
  });

  seed.certifications.forEach((cert, i) => {
    const at: FieldPath = ['certifications', i];
    checkRef('certifications', [...at, 'issuer'], 'companies', cert.issuer);
    checkRefs('certifications', [...at, 'recommendedFor'], 'roles', cert.recommendedFor);
    checkRefs('certifications', [...at, 'validates', 'skills'], 'skills', cert.validates.skills);
    checkRefs('certifications', [...at, 'validates', 'roles'], 'roles', cert.validates.roles);
  });

  seed.courses.forEach((course, i) => {
    const at: FieldPath = ['courses', i];
    checkRefs('courses', [...at, 'teaches'], 'skills', course.teaches);
    checkRefs('courses', [...at, 'recommendedFor'], 'roles', course.recommendedFor);
  });

  seed.platforms.forEach((platform, i) => {
    if (platform.vendor !== null) checkRef('platforms', ['platforms', i, 'vendor'], 'companies', platform.vendor);
  });

  return problems;
}

/** A derived promotion's months must be what the ladder promotion rule gives (src/domain/promotion-months.ts). */
function checkPromotionMonths(
  transition: SeedData['transitions'][number],
  from: SeedData['roles'][number] | undefined,
  to: SeedData['roles'][number] | undefined,
  report: (path: FieldPath, message: string) => void,
): void {
  if (from === undefined || to === undefined) return;
  const current = yearsRangeOf(from);
  const next = yearsRangeOf(to);
  if (current === null || next === null) {
    report(['monthsTypical'], `a derived PROMOTION needs experience ranges on both ${from.id} and ${to.id}`);
    return;
  }
  const expected = promotionMonths(current, next);
  if (expected === null) {
    report(['monthsMin'], `experience ranges of ${from.id} and ${to.id} do not overlap, so the promotion rule gives no window`);
    return;
  }
  for (const field of ['monthsMin', 'monthsTypical', 'monthsMax'] as const) {
    if (transition[field] !== expected[field]) {
      report([field], `must be ${expected[field]} by the promotion rule for ${from.id} (${from.experienceMinYears}-${from.experienceMaxYears} yrs) -> ${to.id} (${to.experienceMinYears}-${to.experienceMaxYears} yrs), got ${transition[field]}`);
    }
  }
}
