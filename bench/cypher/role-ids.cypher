// Every role id, sorted: the population the bench draws pairs and pages from.
MATCH (r:Role)
RETURN r.id AS id
ORDER BY id
