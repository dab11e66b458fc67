// Per role id: its REQUIRES relationships for the grain rules of route steps and skill gaps, each as one flat list
// in the layout of roles/skill-requirements (read by the same reader, src/data/roles.ts): the five ranking facts, the
// skill's id and name and its values of $extraProps, then [level, detail, source], the skill's areaId, and every
// skill below it ([id, name] + values of $extraProps); the areas of the role's skills once each, in `areas`.
// $importance (null: all) keeps one stored importance: route steps compare REQUIRED skills only, and an O*NET role's
// other requirements are most of its rows. Parts are looked for only below a skill labelled
// HasParts (skills/assign-areas).
UNWIND $ids AS key
MATCH (:Role {id: key})-[r:REQUIRES]->(s:Skill)
WHERE $importance IS NULL OR r.importance = $importance
WITH key, collect(
  [r.importance, r.importanceScore, r.position, r.isHotTechnology, r.isInDemand, s.id, s.name] + [k IN $extraProps | s[k]] + [
    [r.level, r.detail, r.source],
    s.areaId,
    CASE WHEN s:HasParts THEN COLLECT {
      MATCH (part:Skill)-[:PART_OF]->+(s) RETURN DISTINCT [part.id, part.name] + [k IN $extraProps | part[k]]
    } ELSE [] END
  ]
) AS items, collect(DISTINCT s.areaId) AS areaIds
RETURN key, items, COLLECT {
  MATCH (area:Skill) WHERE area.id IN areaIds RETURN [area.id, area.name] + [k IN $extraProps | area[k]]
} AS areas
