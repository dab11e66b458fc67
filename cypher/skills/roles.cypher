// Per skill id: the roles that require or reward it, required first, then by title.
UNWIND $ids AS key
MATCH (r:Role)-[q:REQUIRES]->(:Skill {id: key})
WITH key, q, r ORDER BY CASE q.importance WHEN 'REQUIRED' THEN 0 ELSE 1 END, r.title
RETURN key, collect({roleId: r.id, skillId: key, role: r {.*}, importance: q.importance, importanceScore: q.importanceScore, level: q.level, detail: q.detail, source: q.source}) AS items
