// Links (:Platform)-[:MADE_BY]->(:Company) from $rows [{from, to, props}]; a relationship a curator wrote is kept as it is.
UNWIND $rows AS row
MATCH (a:Platform {id: row.from})
MATCH (b:Company {id: row.to})
MERGE (a)-[r:MADE_BY]->(b)
WITH r, row, r.source = 'curated' AS isCurated
FOREACH (_ IN CASE WHEN isCurated THEN [] ELSE [1] END | SET r += row.props)
RETURN count(*) AS written, sum(CASE WHEN isCurated THEN 1 ELSE 0 END) AS keptCurated
