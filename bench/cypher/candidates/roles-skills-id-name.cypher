// Lower bound for roles/skills on a query that selects skill { id name } only: the rows @neo4j/graphql fetches
// (it compiles the selection into the projection). The loader would need the selection to send this.
UNWIND $ids AS key
MATCH (:Role {id: key})-[r:REQUIRES]->(s:Skill)
WITH key, r, s ORDER BY CASE r.importance WHEN "REQUIRED" THEN 0 ELSE 1 END, r.importanceScore DESC, s.name
RETURN key, collect({skillId: s.id, importance: r.importance, skill: s {.id, .name}}) AS items
