// Per request {id, importance} in $requests: the role's REQUIRES relationships, each as one flat list: the
// relationship's values of $requirementProps, then the skill's values of $props, then its area's values of $props
// (null when it has none, or unless $withAreas), then the values of every skill below it (PART_OF, transitively;
// empty unless $withParts). One list per item rather than nested lists: fewer Bolt structures to write and decode.
// Areas serve the area grain, parts the skill grain. An importance keeps the requirements whose area (the skill
// itself when it has none) has that importance at area grain: REQUIRED when any requirement rolled into it is REQUIRED.
UNWIND $requests AS request
MATCH (role:Role {id: request.id})
// A CASE branch not taken is not evaluated: each search below runs only when asked for.
WITH request, role, CASE WHEN request.importance IS NULL THEN null ELSE COLLECT {
  MATCH (role)-[:REQUIRES {importance: 'REQUIRED'}]->(t:Skill) RETURN DISTINCT coalesce(t.areaId, t.id)
} END AS requiredAreas
MATCH (role)-[r:REQUIRES]->(s:Skill)
WHERE requiredAreas IS NULL OR (request.importance = 'REQUIRED') = (coalesce(s.areaId, s.id) IN requiredAreas)
RETURN request.id AS id, request.importance AS importance, collect([k IN $requirementProps | r[k]] + [k IN $props | s[k]] + [
  CASE WHEN $withAreas AND s.areaId IS NOT NULL THEN COLLECT {
    MATCH (area:Skill {id: s.areaId}) RETURN [k IN $props | area[k]]
  }[0] END,
  CASE WHEN $withParts AND EXISTS { (s)<-[:PART_OF]-() } THEN COLLECT {
    MATCH (part:Skill)-[:PART_OF]->+(s) RETURN DISTINCT [k IN $props | part[k]]
  } ELSE [] END
]) AS items
