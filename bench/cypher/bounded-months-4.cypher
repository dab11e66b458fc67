// Baseline for career.routes MONTHS: every loopless route of at most 4 transitions from $from to $to, enumerated by
// variable-length expansion, ranked by summed typical months (a missing value counts as 12, as in career.routes),
// then steps, then role ids; parallel transitions count once, at their cheapest. The bound must be a literal.
MATCH (a:Role {id: $from}), (b:Role {id: $to})
MATCH p = (a)-[:TRANSITIONS_TO*1..4]->(b)
WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
WITH [n IN nodes(p) | n.id] AS roleIds, reduce(months = 0.0, t IN relationships(p) | months + coalesce(t.monthsTypical, 12.0)) AS months
WITH roleIds, min(months) AS cost
RETURN roleIds, cost
ORDER BY cost, size(roleIds), roleIds
LIMIT $first
