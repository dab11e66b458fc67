// Per skill id: the roles that require or reward it, required first, then by title; each as [importance,
// importanceScore, level, detail, source, the role's values of $props].
UNWIND $ids AS key
MATCH (r:Role)-[q:REQUIRES]->(:Skill {id: key})
WITH key, q, r ORDER BY CASE q.importance WHEN 'REQUIRED' THEN 0 ELSE 1 END, r.title
RETURN key, collect([q.importance, q.importanceScore, q.level, q.detail, q.source, [k IN $props | r[k]]]) AS items
