// Per company id: the roles it hires for, by title; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (:Company {id: key})-[:HIRES_FOR]->(r:Role)
WITH key, r ORDER BY r.title
RETURN key, collect([k IN $props | r[k]]) AS items
