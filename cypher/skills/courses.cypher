// Per skill id: courses that teach it, by name; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (c:Course)-[:TEACHES]->(:Skill {id: key})
WITH key, c ORDER BY c.name
RETURN key, collect([k IN $props | c[k]]) AS items
