// Per course id: the skills it teaches, by name; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (:Course {id: key})-[:TEACHES]->(s:Skill)
WITH key, s ORDER BY s.name
RETURN key, collect([k IN $props | s[k]]) AS items
