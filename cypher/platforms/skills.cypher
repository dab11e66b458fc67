// Per platform id: runtimes and tools that work on it, by name.
UNWIND $ids AS key
MATCH (s:Skill)-[:RUNS_ON]->(:Platform {id: key})
WITH key, s ORDER BY s.name
RETURN key, collect(s {.*}) AS items
