// Per company id: the platforms it makes, by name; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (p:Platform)-[:MADE_BY]->(:Company {id: key})
WITH key, p ORDER BY p.name
RETURN key, collect([k IN $props | p[k]]) AS items
