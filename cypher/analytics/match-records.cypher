// The Role records of $roleIds and the Skill records of $skillIds: what the rows of similarRoles and recommendRoles
// show (the ranking itself comes from the cached evidence). Each with the properties of its GraphQL type only: an O*NET
// role's alternate titles (about 1.2 KB) are for search, not for answers.
RETURN COLLECT { MATCH (r:Role) WHERE r.id IN $roleIds RETURN r {.id, .title, .description, .aliases, .isEntryLevel, .medianPayUsd, .growthOutlook, .aiImpactScore, .aiImpactLevel, .aiImpactOutlook, .experienceMinYears, .experienceMaxYears, .ladderFocus, .responsibilities, .socCode, .jobZone, .escoUri, .source, .derivation, .updatedAt, .updatedBy} } AS roles,
  COLLECT { MATCH (s:Skill) WHERE s.id IN $skillIds RETURN s {.id, .name, .category, .description, .aliases, .isHotTechnology, .isInDemand, .source, .updatedAt, .updatedBy, .areaId} } AS skills
