// Per company id: the platforms it makes, by name.
UNWIND $ids AS key
MATCH (p:Platform)-[:MADE_BY]->(:Company {id: key})
WITH key, p ORDER BY p.name
RETURN key, collect(p {.*}) AS items
