// Candidate for paths/fewest-steps when $maxSteps <= 6 (the API's default): the same statement with the quantifier
// bounded at 6 instead of 8. The length filter (size(y) <= $maxSteps) is checked on found paths, not during the
// search; when fewer than 10 loopless routes of <= 6 steps exist, a {1,8} search walks every path of up to 8 steps
// before it can stop.
MATCH (a:Role {id: $from}), (b:Role {id: $to})
WHERE NOT a.id IN $avoid
MATCH p = SHORTEST 10 (
  (a) ((x:Role)-[:TRANSITIONS_TO]->(y:Role) WHERE NOT y.id IN $avoid){1,6} (b)
  WHERE size(y) <= $maxSteps AND NOT a IN y AND all(i IN range(0, size(y) - 2) WHERE NOT y[i] IN y[i + 1..])
)
WITH DISTINCT [n IN nodes(p) | n.id] AS roleIds, length(p) AS cost
RETURN roleIds, cost
ORDER BY cost
LIMIT $first
