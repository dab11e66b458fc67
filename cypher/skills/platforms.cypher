// Per skill id: the platforms the runtime or tool works on, by name; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (:Skill {id: key})-[:RUNS_ON]->(p:Platform)
WITH key, p ORDER BY p.name
RETURN key, collect([k IN $props | p[k]]) AS items
