// Per track id: the track it is part of (a list of at most one).
UNWIND $ids AS key
MATCH (:Track {id: key})-[:PART_OF]->(t:Track)
RETURN key, collect(t {.*}) AS items
