// Per track id: its roles, by title.
UNWIND $ids AS key
MATCH (r:Role)-[:IN_TRACK]->(:Track {id: key})
WITH key, r ORDER BY r.title
RETURN key, collect(r {.*}) AS items
