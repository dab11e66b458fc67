// A fingerprint of the evidence similarity reads: counts of roles, skills, REQUIRES and PART_OF (from the count
// store), the latest O*NET import and the latest curator edit of a role's skills. Equal fingerprints, same evidence.
RETURN COUNT { (:Role) } AS roles, COUNT { (:Skill) } AS skills, COUNT { ()-[:REQUIRES]->() } AS requires,
  COUNT { ()-[:PART_OF]->() } AS partOf,
  COLLECT { MATCH (s:Source) WHERE s.importedAt IS NOT NULL RETURN max(s.importedAt) }[0] AS lastImport,
  COLLECT { MATCH (r:Role) WHERE r.updatedAt IS NOT NULL RETURN max(r.updatedAt) }[0] AS lastRoleEdit
