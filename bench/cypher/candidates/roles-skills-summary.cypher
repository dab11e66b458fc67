// Candidate for roles/skills: each skill as a short summary (no description or aliases; a Skill field resolver
// would load those through skillById when a query selects them).
UNWIND $ids AS key
MATCH (:Role {id: key})-[r:REQUIRES]->(s:Skill)
WITH key, r, s ORDER BY CASE r.importance WHEN "REQUIRED" THEN 0 ELSE 1 END, r.importanceScore DESC, s.name
RETURN key, collect({roleId: key, skillId: s.id, skill: s {.id, .name, .category, .isHotTechnology, .isInDemand, .source}, importance: r.importance, importanceScore: r.importanceScore, level: r.level, detail: r.detail, source: r.source}) AS items
