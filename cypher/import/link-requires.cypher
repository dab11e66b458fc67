// Links (:Role)-[:REQUIRES]->(:Skill) from $rows [{from, to, props}] stamped with $stamp {importedFrom, importedAt}; leaves alone a relationship the O*NET import does not own and every role whose skill list a curator set (skillsSource 'curated'). Returns rows whose ends were found, rows written and rows left alone.
UNWIND $rows AS row
MATCH (a:Role {id: row.from})
MATCH (b:Skill {id: row.to})
WITH a, b, row, coalesce(a.skillsSource = 'curated', false) AS isCuratedList
CALL (a, b, row, isCuratedList) {
  WITH * WHERE NOT isCuratedList
  MERGE (a)-[r:REQUIRES]->(b)
  WITH r, row, (r.source IS NULL OR r.source = 'onet' OR (r.source = 'derived' AND r.importedFrom IS NOT NULL)) AS isOwned
  FOREACH (_ IN CASE WHEN isOwned THEN [1] ELSE [] END | SET r += row.props, r += $stamp)
  RETURN isOwned
  UNION
  WITH * WHERE isCuratedList
  RETURN false AS isOwned
}
RETURN count(*) AS matched, sum(CASE WHEN isOwned THEN 1 ELSE 0 END) AS written, sum(CASE WHEN isOwned THEN 0 ELSE 1 END) AS keptOthers
