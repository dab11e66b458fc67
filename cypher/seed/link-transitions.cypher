// Links (:Role)-[:TRANSITIONS_TO]->(:Role) from $rows [{from, to, props}]; a transition a curator wrote, or
// removed, is kept as the curator left it.
UNWIND $rows AS row
MATCH (a:Role {id: row.from})
MATCH (b:Role {id: row.to})
WITH a, b, row, EXISTS { (:RemovedFact {id: 'TRANSITIONS_TO:' + row.from + '>' + row.to}) } AS isRemoved
CALL (a, b, row, isRemoved) {
  WITH * WHERE NOT isRemoved
  MERGE (a)-[r:TRANSITIONS_TO]->(b)
  WITH r, row, r.source = 'curated' AS isCurated
  FOREACH (_ IN CASE WHEN isCurated THEN [] ELSE [1] END | SET r += row.props)
  RETURN isCurated
  UNION
  WITH * WHERE isRemoved
  RETURN true AS isCurated
}
RETURN count(*) AS written, sum(CASE WHEN isCurated THEN 1 ELSE 0 END) AS keptCurated
