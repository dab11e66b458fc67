// Per skill id: certifications that validate it, by name.
UNWIND $ids AS key
MATCH (c:Certification)-[:VALIDATES]->(:Skill {id: key})
WITH key, c ORDER BY c.name
RETURN key, collect(c {.*}) AS items
