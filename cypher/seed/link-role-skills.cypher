// Links (:Role)-[:REQUIRES]->(:Skill) from $rows [{from, to, props}]; a role whose skill list a curator set
// (skillsSource 'curated') keeps exactly that list.
UNWIND $rows AS row
MATCH (a:Role {id: row.from})
MATCH (b:Skill {id: row.to})
WITH a, b, row, a.skillsSource = 'curated' AS isCurated
CALL (a, b, row, isCurated) {
  WITH * WHERE isCurated IS NULL OR NOT isCurated
  MERGE (a)-[r:REQUIRES]->(b)
  SET r += row.props
}
RETURN count(*) AS written, sum(CASE WHEN isCurated THEN 1 ELSE 0 END) AS keptCurated
