// Per request {id, importance} in $requests: the role's values of $roleProps (empty: none; a root lookup reads the
// role along with its skills in one statement), and its REQUIRES relationships, each as one flat list: the five
// facts the order ranks by (importance, importanceScore, position, isHotTechnology, isInDemand: RANKING_FACTS in
// src/data/roles.ts, same order), the skill's id and name and its values of $extraProps, then a list of the
// relationship's values of $extraRequirementProps, the skill's areaId (null unless $withAreas), and every skill
// below it (PART_OF, transitively, each as [id, name] + values of $extraProps; empty unless $withParts). The areas
// of a role's skills come once each, in `areas` (as the parts): most O*NET skills have one, shared by many, and a
// lookup per requirement cost Neo4j more than the rest of the statement (bench/analysis.md). What every request
// reads is named in the text: a property read by name from a list ($extraProps) costs more per row. Areas serve the
// area grain, parts the skill grain (looked for only below a skill labelled HasParts by skills/assign-areas). An
// importance keeps the requirements whose area (the skill itself when it has none) has that importance at area
// grain: REQUIRED when any requirement rolled into it is REQUIRED.
UNWIND $requests AS request
MATCH (role:Role {id: request.id})
// A CASE branch not taken is not evaluated: each search below runs only when asked for.
WITH request, role, CASE WHEN request.importance IS NULL THEN null ELSE COLLECT {
  MATCH (role)-[:REQUIRES {importance: 'REQUIRED'}]->(t:Skill) RETURN DISTINCT coalesce(t.areaId, t.id)
} END AS requiredAreas
// Optional: a role that requires nothing still has its row (items empty), so the role is known to exist.
OPTIONAL MATCH (role)-[r:REQUIRES]->(s:Skill)
WHERE requiredAreas IS NULL OR (request.importance = 'REQUIRED') = (coalesce(s.areaId, s.id) IN requiredAreas)
// Grouped by the role itself; its values are read once per role after the grouping, not once per row.
WITH request, role, collect(CASE WHEN s IS NOT NULL THEN
  [r.importance, r.importanceScore, r.position, r.isHotTechnology, r.isInDemand, s.id, s.name] + [k IN $extraProps | s[k]] + [
    [k IN $extraRequirementProps | r[k]],
    CASE WHEN $withAreas THEN s.areaId END,
    CASE WHEN $withParts AND s:HasParts THEN COLLECT {
      MATCH (part:Skill)-[:PART_OF]->+(s) RETURN DISTINCT [part.id, part.name] + [k IN $extraProps | part[k]]
    } ELSE [] END
  ]
END) AS items, collect(DISTINCT CASE WHEN $withAreas THEN s.areaId END) AS areaIds
RETURN request.id AS id, request.importance AS importance, [k IN $roleProps | role[k]] AS role, items, COLLECT {
  MATCH (area:Skill) WHERE area.id IN areaIds RETURN [area.id, area.name] + [k IN $extraProps | area[k]]
} AS areas
