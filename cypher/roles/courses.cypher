// Per role id: courses recommended for the role, by name.
UNWIND $ids AS key
MATCH (c:Course)-[:RECOMMENDED_FOR]->(:Role {id: key})
WITH key, c ORDER BY c.name
RETURN key, collect(c {.*}) AS items
