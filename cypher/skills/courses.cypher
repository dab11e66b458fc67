// Per skill id: courses that teach it, by name.
UNWIND $ids AS key
MATCH (c:Course)-[:TEACHES]->(:Skill {id: key})
WITH key, c ORDER BY c.name
RETURN key, collect(c {.*}) AS items
