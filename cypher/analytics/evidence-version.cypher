// A fingerprint of the evidence similarity reads: counts of roles, skills, REQUIRES and PART_OF (from the count
// store), the latest O*NET import and the graph version that every write through the API replaces (graph/bump-version).
// Equal fingerprints, same evidence. Each part is a lookup, not a scan, so it costs the same at 100,000 roles.
RETURN COUNT { (:Role) } AS roles, COUNT { (:Skill) } AS skills, COUNT { ()-[:REQUIRES]->() } AS requires,
  COUNT { ()-[:PART_OF]->() } AS partOf,
  COLLECT { MATCH (s:Source) WHERE s.importedAt IS NOT NULL RETURN max(s.importedAt) }[0] AS lastImport,
  COLLECT { MATCH (v:GraphVersion {id: 'graph'}) RETURN v.value }[0] AS graphVersion
