// Per course id: the roles it is recommended for, by title.
UNWIND $ids AS key
MATCH (:Course {id: key})-[:RECOMMENDED_FOR]->(r:Role)
WITH key, r ORDER BY r.title
RETURN key, collect(r {.*}) AS items
