// Per certification id: the skills it validates, by name; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (:Certification {id: key})-[:VALIDATES]->(s:Skill)
WITH key, s ORDER BY s.name
RETURN key, collect([k IN $props | s[k]]) AS items
