// Per role id: the hardware platforms the role targets, by name; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (:Role {id: key})-[:TARGETS]->(p:Platform)
WITH key, p ORDER BY p.name
RETURN key, collect([k IN $props | p[k]]) AS items
