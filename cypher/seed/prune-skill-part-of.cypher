// Removes the seed's PART_OF from each skill in $rows [{id, keep}] to a broader skill not in `keep`; imported and
// curated relationships stay.
UNWIND $rows AS row
MATCH (:Skill {id: row.id})-[r:PART_OF]->(broader:Skill)
WHERE r.source IN ['stated', 'derived'] AND r.importedFrom IS NULL AND NOT broader.id IN row.keep
DELETE r
RETURN count(*) AS written, 0 AS keptCurated
