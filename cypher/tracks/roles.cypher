// Per track id: its roles, by title; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (r:Role)-[:IN_TRACK]->(:Track {id: key})
WITH key, r ORDER BY r.title
RETURN key, collect([k IN $props | r[k]]) AS items
