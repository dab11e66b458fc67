// Links (:Company)-[:HIRES_FOR]->(:Role) from $rows [{from, to, props}]; a relationship a curator wrote is kept as it is.
UNWIND $rows AS row
MATCH (a:Company {id: row.from})
MATCH (b:Role {id: row.to})
MERGE (a)-[r:HIRES_FOR]->(b)
WITH r, row, r.source = 'curated' AS isCurated
FOREACH (_ IN CASE WHEN isCurated THEN [] ELSE [1] END | SET r += row.props)
RETURN count(*) AS written, sum(CASE WHEN isCurated THEN 1 ELSE 0 END) AS keptCurated
