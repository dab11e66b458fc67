// Per role id: its REQUIRES relationships with the skill, required first, then by importance score and name.
// Skills carry only the fields of the GraphQL Skill type: an O*NET role has hundreds of skills, and their other
// properties would only add bytes.
UNWIND $ids AS key
MATCH (:Role {id: key})-[r:REQUIRES]->(s:Skill)
WITH key, r, s ORDER BY CASE r.importance WHEN 'REQUIRED' THEN 0 ELSE 1 END, r.importanceScore DESC, s.name
RETURN key, collect({
  roleId: key, skillId: s.id, importance: r.importance, importanceScore: r.importanceScore, level: r.level,
  detail: r.detail, source: r.source,
  skill: s {.id, .name, .category, .description, .aliases, .isHotTechnology, .isInDemand, .source, .updatedAt, .updatedBy}
}) AS items
