// Up to $first loopless routes with the fewest transitions (at most $maxSteps <= 6, none through $avoid), as role ids.
// The same as fewest-steps-within-8 with the quantifier bounded at 6: the length and loop-free conditions are checked
// on found paths, so a wider quantifier walks every longer path first when few short routes exist.
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
