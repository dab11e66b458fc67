// Per role id: courses recommended for the role, by name; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (c:Course)-[:RECOMMENDED_FOR]->(:Role {id: key})
WITH key, c ORDER BY c.name
RETURN key, collect([k IN $props | c[k]]) AS items
