// Per course id: the roles it is recommended for, by title; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (:Course {id: key})-[:RECOMMENDED_FOR]->(r:Role)
WITH key, r ORDER BY r.title
RETURN key, collect([k IN $props | r[k]]) AS items
