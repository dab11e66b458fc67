// Per certification id: the roles it validates, by title; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (:Certification {id: key})-[:VALIDATES]->(r:Role)
WITH key, r ORDER BY r.title
RETURN key, collect([k IN $props | r[k]]) AS items
