// Per role id: certifications that validate the role or are recommended for it, by name; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (c:Certification)-[:VALIDATES|RECOMMENDED_FOR]->(:Role {id: key})
WITH DISTINCT key, c
WITH key, c ORDER BY c.name
RETURN key, collect([k IN $props | c[k]]) AS items
