// Links (:Skill)-[:PART_OF]->(:Skill) (a technique within a broader one) from $rows [{from, to, props}]; a relationship a curator wrote is kept as it is.
// Labels the broader skill HasParts at once (skills/assign-areas recomputes the label after the whole write), so no read
// misses parts between the link and that step.
UNWIND $rows AS row
MATCH (a:Skill {id: row.from})
MATCH (b:Skill {id: row.to})
MERGE (a)-[r:PART_OF]->(b)
SET b:HasParts
WITH r, row, r.source = 'curated' AS isCurated
FOREACH (_ IN CASE WHEN isCurated THEN [] ELSE [1] END | SET r += row.props)
RETURN count(*) AS written, sum(CASE WHEN isCurated THEN 1 ELSE 0 END) AS keptCurated
