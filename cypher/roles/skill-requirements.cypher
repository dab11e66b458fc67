// Per request {id, importance} in $requests: the role's values of $roleProps (empty: none; a root lookup reads the
// role along with its skills in one statement), and its REQUIRES relationships, each as one flat list: the
// relationship's values of $requirementProps, then the skill's values of $props, then its area's values of $props
// (null when it has none, or unless $withAreas), then the values of every skill below it (PART_OF, transitively;
// empty unless $withParts). One list per item rather than nested lists: fewer Bolt structures to write and decode.
// Areas serve the area grain, parts the skill grain (looked for only below a skill with hasParts, stored by
// skills/assign-areas; the test stands in on a graph written before the flag). An importance keeps the requirements
// whose area (the skill itself when it has none) has that importance at area grain: REQUIRED when any requirement
// rolled into it is REQUIRED.
UNWIND $requests AS request
MATCH (role:Role {id: request.id})
// A CASE branch not taken is not evaluated: each search below runs only when asked for.
WITH request, role, CASE WHEN request.importance IS NULL THEN null ELSE COLLECT {
  MATCH (role)-[:REQUIRES {importance: 'REQUIRED'}]->(t:Skill) RETURN DISTINCT coalesce(t.areaId, t.id)
} END AS requiredAreas
// Optional: a role that requires nothing still has its row (items empty), so the role is known to exist.
OPTIONAL MATCH (role)-[r:REQUIRES]->(s:Skill)
WHERE requiredAreas IS NULL OR (request.importance = 'REQUIRED') = (coalesce(s.areaId, s.id) IN requiredAreas)
RETURN request.id AS id, request.importance AS importance, [k IN $roleProps | role[k]] AS role, collect(CASE WHEN s IS NOT NULL THEN
  [k IN $requirementProps | r[k]] + [k IN $props | s[k]] + [
    CASE WHEN $withAreas AND s.areaId IS NOT NULL THEN COLLECT {
      MATCH (area:Skill {id: s.areaId}) RETURN [k IN $props | area[k]]
    }[0] END,
    CASE WHEN $withParts AND coalesce(s.hasParts, EXISTS { (s)<-[:PART_OF]-() }) THEN COLLECT {
      MATCH (part:Skill)-[:PART_OF]->+(s) RETURN DISTINCT [k IN $props | part[k]]
    } ELSE [] END
  ]
END) AS items
