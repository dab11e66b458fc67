// Per skill id: the platforms the runtime or tool works on, by name.
UNWIND $ids AS key
MATCH (:Skill {id: key})-[:RUNS_ON]->(p:Platform)
WITH key, p ORDER BY p.name
RETURN key, collect(p {.*}) AS items
