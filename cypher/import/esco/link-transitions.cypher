// Links (:Role)-[:TRANSITIONS_TO]->(:Role) out of ESCO roles from $rows [{from, to, props}] stamped with $stamp {importedFrom, importedAt}; leaves alone a transition the ESCO import does not own and one a curator removed (a RemovedFact). Returns rows whose ends were found, rows written and rows left alone.
UNWIND $rows AS row
MATCH (a:Role {id: row.from})
MATCH (b:Role {id: row.to})
WITH a, b, row, a.source = 'esco' AND NOT EXISTS { (:RemovedFact {id: 'TRANSITIONS_TO:' + row.from + '>' + row.to}) } AS isLinkable
CALL (a, b, row, isLinkable) {
  WITH * WHERE isLinkable
  MERGE (a)-[r:TRANSITIONS_TO]->(b)
  WITH r, row, (r.source IS NULL OR coalesce(r.importedFrom, '') STARTS WITH 'esco-') AS isOwned
  FOREACH (_ IN CASE WHEN isOwned THEN [1] ELSE [] END | SET r += row.props, r += $stamp)
  RETURN isOwned
  UNION
  WITH * WHERE NOT isLinkable
  RETURN false AS isOwned
}
RETURN count(*) AS matched, sum(CASE WHEN isOwned THEN 1 ELSE 0 END) AS written, sum(CASE WHEN isOwned THEN 0 ELSE 1 END) AS keptOthers
