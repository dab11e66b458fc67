// Per role id: the companies that hire for it, by name.
UNWIND $ids AS key
MATCH (c:Company)-[:HIRES_FOR]->(:Role {id: key})
WITH key, c ORDER BY c.name
RETURN key, collect(c {.*}) AS items
