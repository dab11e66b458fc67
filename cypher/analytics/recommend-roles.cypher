// Roles ranked by the share of their required skills that $skills cover; with $from, only roles reachable from it
// within $maxSteps transitions (with the fewest steps to each).
CALL (*) {
  WITH * WHERE $from IS NULL
  MATCH (r:Role) WHERE EXISTS { (r)-[:REQUIRES {importance: 'REQUIRED'}]->(:Skill) }
  RETURN r, null AS steps
  UNION
  WITH * WHERE $from IS NOT NULL
  MATCH (f:Role {id: $from})
  MATCH p = ANY SHORTEST (f)-[:TRANSITIONS_TO]->{1,8}(r:Role)
  WHERE length(p) <= $maxSteps AND r <> f
  RETURN r, length(p) AS steps
}
WITH r, steps, COLLECT { MATCH (r)-[:REQUIRES {importance: 'REQUIRED'}]->(s:Skill) RETURN s ORDER BY s.name } AS required
WHERE size(required) > 0
WITH r, steps, required, [s IN required WHERE s.id IN $skills] AS covered
WITH r, steps, required, covered, toFloat(size(covered)) / size(required) AS coverage
ORDER BY coverage DESC, size(covered) DESC, r.id
LIMIT $first
RETURN r {.*} AS role, coverage, steps,
  [s IN covered | s {.*}] AS coveredSkills,
  [s IN required WHERE NOT s IN covered | s {.*}] AS missingSkills
