// Types generated from schema/*.graphql: the resolvers' (src/graphql/generated.ts) and the widgets' answers
// (widgets/src/generated.ts). Never edit either by hand: run `npm run codegen`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: './context.js#GraphQLContext',
        mappers: {
          Role: '../data/records.js#RoleRecord',
          Skill: '../data/records.js#SkillRecord',
          Company: '../data/records.js#CompanyRecord',
          Certification: '../data/records.js#CertificationRecord',
          Course: '../data/records.js#CourseRecord',
          Platform: '../data/records.js#PlatformRecord',
          Track: '../data/records.js#TrackRecord',
          Source: '../data/records.js#SourceRecord',
          SalaryBand: '../data/records.js#SalaryBandRecord',
          SkillRequirement: '../data/records.js#SkillRequirementRecord',
          Transition: '../data/records.js#TransitionRecord',
          CareerRoute: '../data/route-assembly.js#CareerRouteRecord',
          RouteStep: '../data/route-assembly.js#StepDetail',
          SkillGap: '../data/skill-gap.js#SkillGapRecord',
          GapSkill: '../data/skill-gap.js#GapSkillRecord',
          RolePairOverlap: '../data/analytics.js#RolePairOverlapRecord',
          RoleSimilarity: '../data/analytics.js#RoleSimilarityRecord',
          RoleRecommendation: '../data/analytics.js#RoleRecommendationRecord',
          SkillDemand: '../data/analytics.js#SkillDemandRecord',
          NextRole: '../data/next-roles.js#NextRoleRecord',
          SearchHit: '../data/search.js#SearchHitRecord',
          SearchResult: '../data/search.js#SearchResultRecord',
        },
        enumsAsTypes: true,
        // FactSource values are src/domain/facts.ts's list, so a resolver cannot return another.
        scalars: { ID: 'string', FactSource: '../domain/facts.js#FactSource' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        useTypeImports: true,
      },
    },
    // The widgets' answer types, from their own queries (the `/* GraphQL */` strings in widgets/src/): a query that
    // asks for a field the schema lacks fails here, not in a reader's browser.
    'widgets/src/generated.ts': {
      documents: ['widgets/src/*.ts', '!widgets/src/generated.ts'],
      plugins: ['typescript', 'typescript-operations'],
      config: {
        onlyOperationTypes: true,
        enumsAsTypes: true,
        scalars: { ID: 'string', FactSource: 'string' },
        avoidOptionals: true,
        maybeValue: 'T | null',
        skipTypename: true,
        useTypeImports: true,
      },
    },
  },
};
export default config;
