// Per platform id: the roles that target it, by title.
UNWIND $ids AS key
MATCH (r:Role)-[:TARGETS]->(:Platform {id: key})
WITH key, r ORDER BY r.title
RETURN key, collect(r {.*}) AS items
