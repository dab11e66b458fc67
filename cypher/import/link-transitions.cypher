// Links (:Role)-[:TRANSITIONS_TO]->(:Role) from $rows [{from, to, props}] stamped with $stamp {importedFrom, importedAt}; leaves alone a transition the O*NET import does not own and one a curator removed (a RemovedFact). Returns rows whose ends were found, rows written and rows left alone.
UNWIND $rows AS row
MATCH (a:Role {id: row.from})
MATCH (b:Role {id: row.to})
WITH a, b, row, EXISTS { (:RemovedFact {id: 'TRANSITIONS_TO:' + row.from + '>' + row.to}) } AS isRemoved
CALL (a, b, row, isRemoved) {
  WITH * WHERE NOT isRemoved
  MERGE (a)-[r:TRANSITIONS_TO]->(b)
  WITH r, row, (r.source IS NULL OR r.source = 'onet' OR (r.source = 'derived' AND r.importedFrom IS NOT NULL)) AS isOwned
  FOREACH (_ IN CASE WHEN isOwned THEN [1] ELSE [] END | SET r += row.props, r += $stamp)
  RETURN isOwned
  UNION
  WITH * WHERE isRemoved
  RETURN false AS isOwned
}
RETURN count(*) AS matched, sum(CASE WHEN isOwned THEN 1 ELSE 0 END) AS written, sum(CASE WHEN isOwned THEN 0 ELSE 1 END) AS keptOthers
