// Roles ranked by the Jaccard index of their required skills with $id's, with the shared skills and the skills they
// require that $id does not.
MATCH (r:Role {id: $id})
WITH r, COLLECT { MATCH (r)-[:REQUIRES {importance: 'REQUIRED'}]->(s:Skill) RETURN s } AS mine
MATCH (r)-[:REQUIRES {importance: 'REQUIRED'}]->(:Skill)<-[:REQUIRES {importance: 'REQUIRED'}]-(other:Role)
WHERE other <> r
WITH r, mine, other, count(*) AS sharedCount
WITH r, mine, other, sharedCount, COUNT { (other)-[:REQUIRES {importance: 'REQUIRED'}]->(:Skill) } AS otherSize
WITH r, mine, other, sharedCount, toFloat(sharedCount) / (size(mine) + otherSize - sharedCount) AS score
ORDER BY score DESC, sharedCount DESC, other.id
LIMIT $first
RETURN other {.*} AS role, score, sharedCount,
  COLLECT {
    MATCH (other)-[:REQUIRES {importance: 'REQUIRED'}]->(s:Skill) WHERE s IN mine RETURN s {.*} ORDER BY s.name
  } AS sharedSkills,
  COLLECT {
    MATCH (other)-[:REQUIRES {importance: 'REQUIRED'}]->(s:Skill) WHERE NOT s IN mine RETURN s {.*} ORDER BY s.name
  } AS missingSkills
