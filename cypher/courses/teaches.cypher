// Per course id: the skills it teaches, by name.
UNWIND $ids AS key
MATCH (:Course {id: key})-[:TEACHES]->(s:Skill)
WITH key, s ORDER BY s.name
RETURN key, collect(s {.*}) AS items
