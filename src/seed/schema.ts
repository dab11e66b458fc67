// Zod schemas for the curated seed files (seed/*.json) and the types inferred from them.
// Shape checks only; references between files are checked in references.ts.
import { z } from 'zod';
import { SKILL_IMPORTANCES } from '../domain/skill-areas.js';
import { TRANSITION_KINDS } from '../domain/transitions.js';
import { checkDerivation, checkFieldProvenance, checkOrdered, idList, intBetween, isoDate, months, nonEmptyIdList } from './field-rules.js';
import { provenance, slugField as slug, textField as text, usd, yearsOfExperience } from './field-rules.js';
import { OUTLOOK_LEVELS, PLATFORM_KINDS, PLATFORM_PRIORITIES, SALARY_LEVELS, SKILL_CATEGORIES, SOURCE_KINDS } from './vocabulary.js';

const provenanceFields = { source: provenance, derivation: text.optional() };

export const TrackSchema = z
  .strictObject({
    id: slug,
    name: text,
    description: text,
    partOf: slug.optional(),
    ...provenanceFields,
  })
  .superRefine((track, ctx) => {
    checkDerivation(ctx, track.source, track.derivation, 'source', 'derivation');
    if (track.partOf === track.id) ctx.addIssue({ code: 'custom', path: ['partOf'], message: `must name another track (got its own id "${track.id}")` });
  });

export const SalaryBandSchema = z
  .strictObject({
    level: z.enum(SALARY_LEVELS),
    label: text,
    minUsd: usd,
    maxUsd: usd,
    experienceMinYears: yearsOfExperience,
    experienceMaxYears: yearsOfExperience.nullable(),
    notes: text.nullable(),
    ...provenanceFields,
  })
  .superRefine((band, ctx) => {
    checkOrdered(ctx, 'minUsd', band.minUsd, 'maxUsd', band.maxUsd);
    checkOrdered(ctx, 'experienceMinYears', band.experienceMinYears, 'experienceMaxYears', band.experienceMaxYears);
    checkDerivation(ctx, band.source, band.derivation, 'source', 'derivation');
  });

export const RoleSkillSchema = z
  .strictObject({
    skill: slug,
    importance: z.enum(SKILL_IMPORTANCES),
    detail: text.optional(),
    ...provenanceFields,
  })
  .superRefine((link, ctx) => checkDerivation(ctx, link.source, link.derivation, 'source', 'derivation'));

export const RolePlatformSchema = z
  .strictObject({
    platform: slug,
    priority: z.enum(PLATFORM_PRIORITIES).optional(),
    note: text.optional(),
    ...provenanceFields,
  })
  .superRefine((link, ctx) => checkDerivation(ctx, link.source, link.derivation, 'source', 'derivation'));

export const WorkWeekBlockSchema = z.strictObject({
  days: text,
  activities: z.array(text).min(1, 'must not be empty'),
});

export const RoleSchema = z
  .strictObject({
    id: slug,
    title: text,
    aliases: z.array(text),
    description: text,
    descriptionSource: provenance.optional(),
    descriptionDerivation: text.optional(),
    aliasesSource: provenance.optional(),
    aliasesDerivation: text.optional(),
    isEntryLevel: z.boolean().nullable(),
    isEntryLevelSource: provenance.optional(),
    isEntryLevelDerivation: text.optional(),
    medianPayUsd: usd.nullable(),
    growthOutlook: z.enum(OUTLOOK_LEVELS).nullable(),
    aiImpactScore: intBetween(0, 100).nullable(),
    aiImpactLevel: z.enum(OUTLOOK_LEVELS).nullable(),
    aiImpactOutlook: text.nullable(),
    experienceMinYears: yearsOfExperience.nullable(),
    experienceMaxYears: yearsOfExperience.nullable(),
    ladderFocus: text.nullable(),
    responsibilities: z.array(text),
    typicalWeek: z.array(WorkWeekBlockSchema).min(1, 'must not be empty (leave the field out instead)').optional(),
    tracks: idList,
    tracksSource: provenance.optional(),
    tracksDerivation: text.optional(),
    onetSoc: z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'must be an O*NET-SOC code like 15-1252.00').nullable(),
    onetSocSource: provenance.optional(),
    onetSocDerivation: text.optional(),
    salaryBands: z.array(SalaryBandSchema),
    skills: z.array(RoleSkillSchema),
    platforms: z.array(RolePlatformSchema),
    compensationSources: text.optional(),
    lastReviewed: isoDate.optional(),
    ...provenanceFields,
  })
  .superRefine((role, ctx) => {
    checkDerivation(ctx, role.source, role.derivation, 'source', 'derivation');
    checkDerivation(ctx, role.descriptionSource, role.descriptionDerivation, 'descriptionSource', 'descriptionDerivation');
    checkDerivation(ctx, role.aliasesSource, role.aliasesDerivation, 'aliasesSource', 'aliasesDerivation');
    checkFieldProvenance(ctx, role, 'isEntryLevel', role.isEntryLevel !== null);
    checkFieldProvenance(ctx, role, 'tracks', role.tracks.length > 0);
    checkFieldProvenance(ctx, role, 'onetSoc', role.onetSoc !== null);
    checkOrdered(ctx, 'experienceMinYears', role.experienceMinYears, 'experienceMaxYears', role.experienceMaxYears);
    if ((role.aiImpactScore === null) !== (role.aiImpactLevel === null)) {
      ctx.addIssue({ code: 'custom', path: ['aiImpactLevel'], message: 'must be set exactly when aiImpactScore is set' });
    }
  });

export const SkillSchema = z
  .strictObject({
    id: slug,
    name: text,
    category: z.enum(SKILL_CATEGORIES),
    aliases: z.array(text),
    description: text,
    // A description or aliases that go beyond what the source says (general knowledge) are marked derived.
    descriptionSource: provenance.optional(),
    descriptionDerivation: text.optional(),
    aliasesSource: provenance.optional(),
    aliasesDerivation: text.optional(),
    parentSkill: slug.optional(),
    parentSkillSource: provenance.optional(),
    parentSkillDerivation: text.optional(),
    executionProviders: nonEmptyIdList.optional(),
    executionProvidersSource: provenance.optional(),
    executionProvidersDerivation: text.optional(),
    runsOn: nonEmptyIdList.optional(),
    runsOnSource: provenance.optional(),
    runsOnDerivation: text.optional(),
    ...provenanceFields,
  })
  .superRefine((skill, ctx) => {
    checkDerivation(ctx, skill.source, skill.derivation, 'source', 'derivation');
    checkDerivation(ctx, skill.descriptionSource, skill.descriptionDerivation, 'descriptionSource', 'descriptionDerivation');
    checkDerivation(ctx, skill.aliasesSource, skill.aliasesDerivation, 'aliasesSource', 'aliasesDerivation');
    checkFieldProvenance(ctx, skill, 'parentSkill', skill.parentSkill !== undefined);
    checkFieldProvenance(ctx, skill, 'executionProviders', skill.executionProviders !== undefined);
    checkFieldProvenance(ctx, skill, 'runsOn', skill.runsOn !== undefined);
    if (skill.parentSkill === skill.id) ctx.addIssue({ code: 'custom', path: ['parentSkill'], message: `must name another skill (got its own id "${skill.id}")` });
  });

export const TransitionSchema = z
  .strictObject({
    from: slug,
    to: slug,
    monthsTypical: months,
    monthsMin: months,
    monthsMax: months,
    kind: z.enum(TRANSITION_KINDS),
    description: text,
    focusSkills: idList,
    keyArtifacts: z.array(text),
    ...provenanceFields,
  })
  .superRefine((transition, ctx) => {
    checkOrdered(ctx, 'monthsMin', transition.monthsMin, 'monthsTypical', transition.monthsTypical);
    checkOrdered(ctx, 'monthsTypical', transition.monthsTypical, 'monthsMax', transition.monthsMax);
    if (transition.from === transition.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `must differ from "from" (self loop on "${transition.to}")` });
    }
    checkDerivation(ctx, transition.source, transition.derivation, 'source', 'derivation');
  });

export const HiringLinkSchema = z
  .strictObject({
    role: slug,
    note: text.optional(),
    ...provenanceFields,
  })
  .superRefine((link, ctx) => checkDerivation(ctx, link.source, link.derivation, 'source', 'derivation'));

export const CompanySchema = z
  .strictObject({
    id: slug,
    name: text,
    aliases: z.array(text),
    description: text.optional(),
    hiresFor: z.array(HiringLinkSchema),
    ...provenanceFields,
  })
  .superRefine((company, ctx) => checkDerivation(ctx, company.source, company.derivation, 'source', 'derivation'));

export const CertificationSchema = z
  .strictObject({
    id: slug,
    name: text,
    issuer: slug,
    description: text,
    recommendedFor: idList,
    validates: z.strictObject({ skills: idList, roles: idList }),
    validatesSource: provenance,
    validatesDerivation: text.optional(),
    ...provenanceFields,
  })
  .superRefine((cert, ctx) => {
    checkDerivation(ctx, cert.source, cert.derivation, 'source', 'derivation');
    checkDerivation(ctx, cert.validatesSource, cert.validatesDerivation, 'validatesSource', 'validatesDerivation');
  });

export const CourseSchema = z
  .strictObject({
    id: slug,
    name: text,
    provider: text,
    description: text,
    teaches: idList,
    teachesSource: provenance,
    teachesDerivation: text.optional(),
    recommendedFor: idList,
    ...provenanceFields,
  })
  .superRefine((course, ctx) => {
    checkDerivation(ctx, course.source, course.derivation, 'source', 'derivation');
    checkDerivation(ctx, course.teachesSource, course.teachesDerivation, 'teachesSource', 'teachesDerivation');
  });

export const PlatformSchema = z
  .strictObject({
    id: slug,
    name: text,
    vendor: slug.nullable(),
    kind: z.enum(PLATFORM_KINDS),
    kindSource: provenance.optional(),
    kindDerivation: text.optional(),
    useCase: text,
    aliases: z.array(text),
    aliasesSource: provenance.optional(),
    aliasesDerivation: text.optional(),
    ...provenanceFields,
  })
  .superRefine((platform, ctx) => {
    checkDerivation(ctx, platform.source, platform.derivation, 'source', 'derivation');
    checkDerivation(ctx, platform.kindSource, platform.kindDerivation, 'kindSource', 'kindDerivation');
    checkDerivation(ctx, platform.aliasesSource, platform.aliasesDerivation, 'aliasesSource', 'aliasesDerivation');
  });

export const SourceSchema = z
  .strictObject({
    id: slug,
    name: text,
    publisher: text.optional(),
    note: text,
    kind: z.enum(SOURCE_KINDS),
    lastReviewed: isoDate.optional(),
    ...provenanceFields,
  })
  .superRefine((source, ctx) => checkDerivation(ctx, source.source, source.derivation, 'source', 'derivation'));

/** Everything in the seed directory, one property per file (`tracks` is tracks.json). */
export const SeedDataSchema = z.strictObject({
  tracks: z.array(TrackSchema),
  roles: z.array(RoleSchema),
  skills: z.array(SkillSchema),
  transitions: z.array(TransitionSchema),
  companies: z.array(CompanySchema),
  certifications: z.array(CertificationSchema),
  courses: z.array(CourseSchema),
  platforms: z.array(PlatformSchema),
  sources: z.array(SourceSchema),
});

export type SeedData = z.infer<typeof SeedDataSchema>;
export type SeedKind = keyof SeedData;
export type Track = z.infer<typeof TrackSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type SalaryBand = z.infer<typeof SalaryBandSchema>;
export type RoleSkill = z.infer<typeof RoleSkillSchema>;
export type RolePlatform = z.infer<typeof RolePlatformSchema>;
export type Skill = z.infer<typeof SkillSchema>;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];
export type Transition = z.infer<typeof TransitionSchema>;
export type Company = z.infer<typeof CompanySchema>;
export type Certification = z.infer<typeof CertificationSchema>;
export type Course = z.infer<typeof CourseSchema>;
export type Platform = z.infer<typeof PlatformSchema>;
export type Source = z.infer<typeof SourceSchema>;

/** Seed files in load order; each holds `{ "<kind>": [...] }`. */
export const SEED_KINDS = Object.keys(SeedDataSchema.shape) as SeedKind[];

/** Schema of one seed file: an object whose only property is the kind's array. */
export function seedFileSchema<K extends SeedKind>(kind: K) {
  return z.strictObject({ [kind]: SeedDataSchema.shape[kind] } as Pick<typeof SeedDataSchema.shape, K>);
}
