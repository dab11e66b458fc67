// Per platform id: runtimes and tools that work on it, by name; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (s:Skill)-[:RUNS_ON]->(:Platform {id: key})
WITH key, s ORDER BY s.name
RETURN key, collect([k IN $props | s[k]]) AS items
