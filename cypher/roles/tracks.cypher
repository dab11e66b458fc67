// Per role id: the career tracks it belongs to.
UNWIND $ids AS key
MATCH (:Role {id: key})-[:IN_TRACK]->(t:Track)
WITH key, t ORDER BY t.name
RETURN key, collect(t {.*}) AS items
