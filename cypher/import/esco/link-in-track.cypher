// Links (:Role)-[:IN_TRACK]->(:Track) (an ESCO occupation to its ISCO unit group) from $rows [{from, to, props}] stamped with $stamp {importedFrom, importedAt}; only roles and tracks the ESCO import owns. Returns rows whose ends were found, rows written and rows left alone.
UNWIND $rows AS row
MATCH (a:Role {id: row.from})
MATCH (b:Track {id: row.to})
WITH a, b, row, a.source = 'esco' AND b.source = 'esco' AS isOwned
FOREACH (_ IN CASE WHEN isOwned THEN [1] ELSE [] END |
  MERGE (a)-[r:IN_TRACK]->(b)
  SET r += row.props, r += $stamp)
RETURN count(*) AS matched, sum(CASE WHEN isOwned THEN 1 ELSE 0 END) AS written, sum(CASE WHEN isOwned THEN 0 ELSE 1 END) AS keptOthers
