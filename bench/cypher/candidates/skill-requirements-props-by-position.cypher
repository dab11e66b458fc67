// Candidate: roles/skill-requirements as the API sent it until 2026-12-03 (with the hasParts test of that day), every
// value read by name from a list ($requirementProps, $props), the ranking facts and the skill's id and name included,
// and each skill's area looked up per requirement. Kept to compare with the API's statement (bench/lib/payload.ts).
UNWIND $requests AS request
MATCH (role:Role {id: request.id})
WITH request, role, CASE WHEN request.importance IS NULL THEN null ELSE COLLECT {
  MATCH (role)-[:REQUIRES {importance: 'REQUIRED'}]->(t:Skill) RETURN DISTINCT coalesce(t.areaId, t.id)
} END AS requiredAreas
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
