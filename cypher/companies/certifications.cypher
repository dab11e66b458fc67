// Per company id: the certifications it issues, by name; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (c:Certification)-[:ISSUED_BY]->(:Company {id: key})
WITH key, c ORDER BY c.name
RETURN key, collect([k IN $props | c[k]]) AS items
