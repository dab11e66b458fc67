// Per platform id: the company that makes it (a list of at most one).
UNWIND $ids AS key
MATCH (:Platform {id: key})-[:MADE_BY]->(c:Company)
RETURN key, collect(c {.*}) AS items
