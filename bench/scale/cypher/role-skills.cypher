// For each role id of $ids: the ids of its rated REQUIRED skills and of its other requirements (technologies), each
// sorted, so the bench draws recommendRoles skill sets from what the roles ask.
UNWIND $ids AS id
MATCH (r:Role {id: id})
RETURN id,
  COLLECT { MATCH (r)-[q:REQUIRES]->(s:Skill) WHERE q.importanceScore IS NOT NULL RETURN s.id ORDER BY s.id } AS rated,
  COLLECT { MATCH (r)-[q:REQUIRES]->(s:Skill) WHERE q.importanceScore IS NULL RETURN s.id ORDER BY s.id } AS technologies
