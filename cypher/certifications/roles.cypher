// Per certification id: the roles it validates, by title.
UNWIND $ids AS key
MATCH (:Certification {id: key})-[:VALIDATES]->(r:Role)
WITH key, r ORDER BY r.title
RETURN key, collect(r {.*}) AS items
