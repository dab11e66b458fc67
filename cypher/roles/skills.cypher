// Per role id: its REQUIRES relationships, each with the skill, the skill's area and, for a skill that is an area,
// every skill below it (what the area consists of). Skills carry only the fields of the GraphQL Skill type: an
// O*NET role has hundreds of skills, and their other properties would only add bytes. $importance (null: all) keeps
// one importance: route steps compare REQUIRED skills only, and an O*NET role's other requirements are most of its
// rows. Parts are looked for only below a skill with hasParts (skills/assign-areas; the test stands in without it).
UNWIND $ids AS key
MATCH (:Role {id: key})-[r:REQUIRES]->(s:Skill)
WHERE $importance IS NULL OR r.importance = $importance
OPTIONAL MATCH (area:Skill {id: s.areaId})
WITH key, r, s, area, CASE WHEN coalesce(s.hasParts, EXISTS { (s)<-[:PART_OF]-() }) THEN COLLECT {
  MATCH (part:Skill)-[:PART_OF]->+(s)
  RETURN DISTINCT part {.id, .name, .category, .description, .aliases, .isHotTechnology, .isInDemand, .source, .areaId}
} ELSE [] END AS parts
RETURN key, collect({
  importance: r.importance, importanceScore: r.importanceScore, level: r.level, position: r.position,
  isHotTechnology: r.isHotTechnology, isInDemand: r.isInDemand, detail: r.detail, source: r.source,
  skill: s {.id, .name, .category, .description, .aliases, .isHotTechnology, .isInDemand, .source, .updatedAt, .updatedBy, .areaId},
  area: area {.id, .name, .category, .description, .aliases, .isHotTechnology, .isInDemand, .source},
  parts: parts
}) AS items
