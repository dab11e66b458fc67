// Per certification id: the issuing company (a list of at most one).
UNWIND $ids AS key
MATCH (:Certification {id: key})-[:ISSUED_BY]->(c:Company)
RETURN key, collect(c {.*}) AS items
