// Per request {id, importance} in $requests: the role's REQUIRES relationships as in roles/skill-requirements, each
// with one more value: every skill below the required one (PART_OF, transitively) as its values of $props, which
// the skill grain lists instead of a required area. The importance filter is left to the grain rules.
UNWIND $requests AS request
MATCH (:Role {id: request.id})-[r:REQUIRES]->(s:Skill)
OPTIONAL MATCH (area:Skill {id: s.areaId})
// Most skills have no parts: a degree check skips the search below them.
WITH request, r, s, area, CASE WHEN EXISTS { (s)<-[:PART_OF]-() } THEN COLLECT {
  MATCH (part:Skill)-[:PART_OF]->+(s)
  RETURN DISTINCT [k IN $props | part[k]] AS values
} ELSE [] END AS parts
RETURN request.id AS id, request.importance AS importance, collect([
  r.importance, r.importanceScore, r.level, r.position, r.isHotTechnology, r.isInDemand, r.detail, r.source,
  [k IN $props | s[k]], CASE WHEN area IS NULL THEN null ELSE [k IN $props | area[k]] END, parts
]) AS items
