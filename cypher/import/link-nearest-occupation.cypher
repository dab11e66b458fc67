// Links (:Role)-[:NEAREST_OCCUPATION]->(:Role) from $rows [{from, to, props}] stamped with $stamp {importedFrom, importedAt}; a relationship the O*NET import does not own is left as it is. Returns rows whose ends were found, rows written and rows left alone.
UNWIND $rows AS row
MATCH (a:Role {id: row.from})
MATCH (b:Role {id: row.to})
MERGE (a)-[r:NEAREST_OCCUPATION]->(b)
WITH r, row, (r.source IS NULL OR r.source = 'onet' OR (r.source = 'derived' AND r.importedFrom IS NOT NULL)) AS isOwned
FOREACH (_ IN CASE WHEN isOwned THEN [1] ELSE [] END | SET r += row.props, r += $stamp)
RETURN count(*) AS matched, sum(CASE WHEN isOwned THEN 1 ELSE 0 END) AS written, sum(CASE WHEN isOwned THEN 0 ELSE 1 END) AS keptOthers
