// Per skill id (an inference runtime): its execution providers, by name.
UNWIND $ids AS key
MATCH (:Skill {id: key})-[:HAS_EXECUTION_PROVIDER]->(e:Skill)
WITH key, e ORDER BY e.name
RETURN key, collect(e {.*}) AS items
