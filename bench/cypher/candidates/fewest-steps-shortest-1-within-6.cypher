// Candidate for paths/fewest-steps when $first = 1 and $maxSteps <= 6: SHORTEST 1 (the search stops at the first
// loopless route) with the quantifier bounded at 6.
MATCH (a:Role {id: $from}), (b:Role {id: $to})
WHERE NOT a.id IN $avoid
MATCH p = SHORTEST 1 (
  (a) ((x:Role)-[:TRANSITIONS_TO]->(y:Role) WHERE NOT y.id IN $avoid){1,6} (b)
  WHERE size(y) <= $maxSteps AND NOT a IN y AND all(i IN range(0, size(y) - 2) WHERE NOT y[i] IN y[i + 1..])
)
WITH DISTINCT [n IN nodes(p) | n.id] AS roleIds, length(p) AS cost
RETURN roleIds, cost
ORDER BY cost
LIMIT $first
