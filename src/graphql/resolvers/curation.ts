// Curator mutations: authenticate, validate every field, then one write transaction in src/data/curation.
import * as curation from '../../data/curation.js';
import { checkMonths, checkRange, checkSlug, checkText, checkTransitionEnds, presentFields } from '../../data/curation-rules.js';
import { badUserInput } from '../errors.js';
import { requireCurator } from '../auth.js';
import type { MutationResolvers } from '../generated.js';
import { selectedProperties } from '../projection.js';

export const curationMutations: MutationResolvers = {
  upsertRole: async (_, { input }, { db, authorization, jwt }) => {
    const author = await requireCurator(authorization, jwt);
    checkSlug('id', input.id);
    checkText('title', input.title, 200, true);
    checkText('description', input.description, 5000);
    checkText('growthOutlook', input.growthOutlook, 50);
    input.aliases?.forEach((alias, i) => checkText(`aliases[${i}]`, alias, 200, true));
    checkRange('medianPayUsd', input.medianPayUsd, 0, 10_000_000);
    checkRange('aiImpactScore', input.aiImpactScore, 0, 100);
    checkRange('experienceMinYears', input.experienceMinYears, 0, 60);
    checkRange('experienceMaxYears', input.experienceMaxYears, 0, 60);
    if (input.experienceMinYears != null && input.experienceMaxYears != null && input.experienceMinYears > input.experienceMaxYears) {
      throw badUserInput('experienceMinYears', `must be <= experienceMaxYears (got ${input.experienceMinYears} > ${input.experienceMaxYears})`);
    }
    const levels = new Set<string>();
    input.salaryBands?.forEach((band, i) => {
      checkRange(`salaryBands[${i}].minUsd`, band.minUsd, 0, 10_000_000);
      checkRange(`salaryBands[${i}].maxUsd`, band.maxUsd, 0, 10_000_000);
      if (band.minUsd > band.maxUsd) throw badUserInput(`salaryBands[${i}].minUsd`, `must be <= maxUsd (got ${band.minUsd} > ${band.maxUsd})`);
      checkText(`salaryBands[${i}].notes`, band.notes, 2000);
      if (levels.has(band.level)) throw badUserInput(`salaryBands[${i}].level`, `repeats ${band.level}`);
      levels.add(band.level);
    });
    const props = presentFields(input, [
      'title',
      'description',
      'aliases',
      'isEntryLevel',
      'medianPayUsd',
      'growthOutlook',
      'aiImpactScore',
      'experienceMinYears',
      'experienceMaxYears',
    ]);
    const bands = input.salaryBands?.map((band) => ({ ...band, label: band.label ?? band.level, notes: band.notes ?? null })) ?? null;
    return curation.upsertRole(db, author, input.id, props, bands);
  },

  upsertSkill: async (_, { input }, { db, authorization, jwt }) => {
    const author = await requireCurator(authorization, jwt);
    checkSlug('id', input.id);
    checkText('name', input.name, 200, true);
    checkText('category', input.category, 100, true);
    checkText('description', input.description, 5000);
    input.aliases?.forEach((alias, i) => checkText(`aliases[${i}]`, alias, 200, true));
    return curation.upsertSkill(db, author, input.id, presentFields(input, ['name', 'category', 'description', 'aliases']));
  },

  setRoleSkills: async (_, { role, skills }, { db, authorization, jwt, loaders }, info) => {
    const author = await requireCurator(authorization, jwt);
    checkSlug('role', role);
    if (skills.length > 500) throw badUserInput('skills', `must list at most 500 skills (got ${skills.length})`);
    const seen = new Set<string>();
    skills.forEach((s, i) => {
      checkSlug(`skills[${i}].skill`, s.skill);
      if (seen.has(s.skill)) throw badUserInput(`skills[${i}].skill`, `lists "${s.skill}" more than once`);
      seen.add(s.skill);
    });
    await curation.setRoleSkills(db, author, role, skills);
    return (await loaders.roleById.load({ id: role, props: selectedProperties(info) }))!;
  },

  upsertTransition: async (_, { input }, { db, authorization, jwt }) => {
    const author = await requireCurator(authorization, jwt);
    checkTransitionEnds(input.from, input.to);
    checkMonths(input);
    checkText('description', input.description, 5000);
    input.keyArtifacts?.forEach((artifact, i) => checkText(`keyArtifacts[${i}]`, artifact, 1000, true));
    const props = presentFields(input, ['monthsTypical', 'monthsMin', 'monthsMax', 'kind', 'description', 'keyArtifacts']);
    return curation.upsertTransition(db, author, input.from, input.to, props);
  },

  removeTransition: async (_, { from, to }, { db, authorization, jwt }) => {
    const author = await requireCurator(authorization, jwt);
    checkTransitionEnds(from, to);
    return curation.removeTransition(db, author, from, to);
  },
};
