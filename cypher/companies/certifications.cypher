// Per company id: the certifications it issues, by name.
UNWIND $ids AS key
MATCH (c:Certification)-[:ISSUED_BY]->(:Company {id: key})
WITH key, c ORDER BY c.name
RETURN key, collect(c {.*}) AS items
