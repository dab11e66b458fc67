// Per request {id, importance} in $requests: the role's REQUIRES relationships, each as [importance, importanceScore,
// level, position, isHotTechnology, isInDemand, detail, source, the skill's values of $props, its area's values of
// $props or null]. An importance keeps the requirements whose area (the skill itself when it has none) has that
// importance at area grain: REQUIRED when any requirement rolled into it is REQUIRED.
UNWIND $requests AS request
MATCH (role:Role {id: request.id})
// Computed only for a request with an importance (a CASE branch not taken is not evaluated).
WITH request, role, CASE WHEN request.importance IS NULL THEN null ELSE COLLECT {
  MATCH (role)-[:REQUIRES {importance: 'REQUIRED'}]->(t:Skill) RETURN DISTINCT coalesce(t.areaId, t.id)
} END AS requiredAreas
MATCH (role)-[r:REQUIRES]->(s:Skill)
WHERE requiredAreas IS NULL OR (request.importance = 'REQUIRED') = (coalesce(s.areaId, s.id) IN requiredAreas)
OPTIONAL MATCH (area:Skill {id: s.areaId})
RETURN request.id AS id, request.importance AS importance, collect([
  r.importance, r.importanceScore, r.level, r.position, r.isHotTechnology, r.isInDemand, r.detail, r.source,
  [k IN $props | s[k]], CASE WHEN area IS NULL THEN null ELSE [k IN $props | area[k]] END
]) AS items
