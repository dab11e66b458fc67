// Skills ranked by how many roles require them, then by how many transitions they open (transitions whose next role
// requires the skill and whose current role does not).
MATCH (s:Skill)<-[:REQUIRES {importance: 'REQUIRED'}]-(:Role)
WITH s, count(*) AS roleCount
ORDER BY roleCount DESC
WITH collect({skill: s, roleCount: roleCount}) AS ranked
WITH ranked, ranked[CASE WHEN size(ranked) < $first THEN size(ranked) ELSE $first END - 1].roleCount AS cutoff
UNWIND ranked AS entry
WITH entry WHERE entry.roleCount >= cutoff
WITH entry.skill AS s, entry.roleCount AS roleCount
WITH s, roleCount, COUNT {
  MATCH (a:Role)-[:TRANSITIONS_TO]->(b:Role)-[:REQUIRES {importance: 'REQUIRED'}]->(s)
  WHERE NOT (a)-[:REQUIRES {importance: 'REQUIRED'}]->(s)
} AS transitionCount
ORDER BY roleCount DESC, transitionCount DESC, s.name
LIMIT $first
RETURN s {.id, .name, .category, .description, .aliases, .isHotTechnology, .isInDemand, .source, .updatedAt, .updatedBy, .areaId} AS skill, roleCount, transitionCount
