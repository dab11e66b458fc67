// Per certification id: the skills it validates, by name.
UNWIND $ids AS key
MATCH (:Certification {id: key})-[:VALIDATES]->(s:Skill)
WITH key, s ORDER BY s.name
RETURN key, collect(s {.*}) AS items
