// Links (:Role)-[:REQUIRES]->(:Skill) from $rows [{from, to, props}] stamped with $stamp {importedFrom, importedAt}, from ESCO roles only (the skill may be one the import does not own: it is linked, not changed); a relationship the ESCO import does not own is left as it is. Returns rows whose ends were found, rows written and rows left alone.
UNWIND $rows AS row
MATCH (a:Role {id: row.from})
MATCH (b:Skill {id: row.to})
WITH a, b, row, a.source = 'esco' AS isOwnRole
CALL (a, b, row, isOwnRole) {
  WITH * WHERE isOwnRole
  MERGE (a)-[r:REQUIRES]->(b)
  WITH r, row, (r.source IS NULL OR coalesce(r.importedFrom, '') STARTS WITH 'esco-') AS isOwned
  FOREACH (_ IN CASE WHEN isOwned THEN [1] ELSE [] END | SET r += row.props, r += $stamp)
  RETURN isOwned
  UNION
  WITH * WHERE NOT isOwnRole
  RETURN false AS isOwned
}
RETURN count(*) AS matched, sum(CASE WHEN isOwned THEN 1 ELSE 0 END) AS written, sum(CASE WHEN isOwned THEN 0 ELSE 1 END) AS keptOthers
