// Up to $first loopless routes with the fewest transitions (at most $maxSteps <= 8, none through $avoid), as role ids.
// The predicates sit inside the parenthesized path pattern, so they apply before SHORTEST selects its paths (a WHERE
// after the pattern would filter the selected paths and could lose routes).
MATCH (a:Role {id: $from}), (b:Role {id: $to})
WHERE NOT a.id IN $avoid
MATCH p = SHORTEST 10 (
  (a) ((x:Role)-[:TRANSITIONS_TO]->(y:Role) WHERE NOT y.id IN $avoid){1,8} (b)
  WHERE size(y) <= $maxSteps AND NOT a IN y AND all(i IN range(0, size(y) - 2) WHERE NOT y[i] IN y[i + 1..])
)
WITH DISTINCT [n IN nodes(p) | n.id] AS roleIds, length(p) AS cost
RETURN roleIds, cost
ORDER BY cost
LIMIT $first
