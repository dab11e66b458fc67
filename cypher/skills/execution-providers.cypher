// Per skill id (an inference runtime): its execution providers, by name; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (:Skill {id: key})-[:HAS_EXECUTION_PROVIDER]->(e:Skill)
WITH key, e ORDER BY e.name
RETURN key, collect([k IN $props | e[k]]) AS items
