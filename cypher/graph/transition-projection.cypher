// The transition graph for the in-API route search, one row per role with transitions: its outgoing transitions
// (target id, typical months or null) and the areas of its REQUIRED skills (coalesce(s.areaId, s.id), as in
// career.routes). The version is read first, so the rows are at least as new as the version they carry.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH v.value AS version
MATCH (r:Role)
WHERE EXISTS { (r)-[:TRANSITIONS_TO]-(:Role) }
RETURN version, r.id AS id,
  [(r)-[t:TRANSITIONS_TO]->(b:Role) | [b.id, t.monthsTypical]] AS transitions,
  [(r)-[q:REQUIRES]->(s) WHERE q.importance = 'REQUIRED' | coalesce(s.areaId, s.id, '')] AS areas
