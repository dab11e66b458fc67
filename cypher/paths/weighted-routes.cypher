// Up to $first loopless routes ranked by total months or skills to learn, by the career.routes procedure
// (exact best-first search in the database; Cypher's SHORTEST only counts hops).
CALL career.routes($from, $to, $optimize, $first, $maxSteps, $avoid, $knownSkills) YIELD rank, roleIds, cost
RETURN roleIds, cost
ORDER BY rank
