// Per company id: the roles it hires for, by title.
UNWIND $ids AS key
MATCH (:Company {id: key})-[:HIRES_FOR]->(r:Role)
WITH key, r ORDER BY r.title
RETURN key, collect(r {.*}) AS items
