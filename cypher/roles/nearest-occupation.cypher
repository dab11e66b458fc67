// Per role id: the O*NET occupation a curated role is closest to (a list of at most one).
UNWIND $ids AS key
MATCH (:Role {id: key})-[:NEAREST_OCCUPATION]->(o:Role)
RETURN key, collect(o {.*}) AS items
