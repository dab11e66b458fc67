// Per role id: the hardware platforms the role targets, by name.
UNWIND $ids AS key
MATCH (:Role {id: key})-[:TARGETS]->(p:Platform)
WITH key, p ORDER BY p.name
RETURN key, collect(p {.*}) AS items
