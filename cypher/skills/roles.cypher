// Per skill id: the roles that require or reward it, then (when $includeWholes) the roles that require or reward a
// skill it is part of (up its PART_OF chain) and do not name it themselves; within each, required first, then by
// title. Each as [importance, importanceScore, level, detail, source, the id of the skill the requirement names,
// the role's values of $props].
UNWIND $ids AS key
MATCH (skill:Skill {id: key})
CALL (skill) {
  MATCH (r:Role)-[q:REQUIRES]->(skill)
  RETURN r, q, skill AS named, 0 AS reach
  UNION
  MATCH (skill)-[:PART_OF*1..]->(whole:Skill)<-[q:REQUIRES]-(r:Role)
  WHERE $includeWholes AND NOT (r)-[:REQUIRES]->(skill)
  RETURN r, q, whole AS named, 1 AS reach
}
WITH key, q, r, named, reach
ORDER BY reach, CASE q.importance WHEN 'REQUIRED' THEN 0 ELSE 1 END, r.title
RETURN key, collect([q.importance, q.importanceScore, q.level, q.detail, q.source, named.id, [k IN $props | r[k]]]) AS items
