// Removes the seed's REQUIRES from each role in $rows [{id, keep}] to skills not in `keep`; imported and curated
// relationships stay.
UNWIND $rows AS row
MATCH (:Role {id: row.id})-[r:REQUIRES]->(s:Skill)
WHERE r.source IN ['stated', 'derived'] AND r.importedFrom IS NULL AND NOT s.id IN row.keep
DELETE r
RETURN count(*) AS written, 0 AS keptCurated
