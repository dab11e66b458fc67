// Replaces a role's salary bands with $bands (curated); returns how many it wrote.
MATCH (r:Role {id: $id})
CALL (r) {
  MATCH (r)-[:HAS_SALARY_BAND]->(old:SalaryBand)
  DETACH DELETE old
}
WITH r
UNWIND $bands AS band
CREATE (r)-[:HAS_SALARY_BAND {source: 'curated'}]->(b:SalaryBand {id: $id + '-' + toLower(band.level)})
SET b += band, b.source = 'curated', b.updatedAt = $updatedAt, b.updatedBy = $updatedBy
RETURN count(b) AS written
