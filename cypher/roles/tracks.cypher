// Per role id: the career tracks it belongs to; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (:Role {id: key})-[:IN_TRACK]->(t:Track)
WITH key, t ORDER BY t.name
RETURN key, collect([k IN $props | t[k]]) AS items
