// roles/skill-requirements with the skill projection written into the text (`s {.id, .name}`) instead of read
// from $props: what a statement per selection would send. Same rows, maps instead of values by position.
UNWIND $requests AS request
MATCH (:Role {id: request.id})-[r:REQUIRES]->(s:Skill)
OPTIONAL MATCH (area:Skill {id: s.areaId})
RETURN request.id AS id, request.importance AS importance, collect([
  [r.importance, r.importanceScore, r.position, r.isHotTechnology, r.isInDemand],
  s {.id, .name}, area {.id, .name}
]) AS items
