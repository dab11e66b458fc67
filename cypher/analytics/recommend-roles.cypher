// The area of each skill of $skills (the skill itself when it is an area; O*NET's class of a curated tool) and, when $from is given, the roles
// reachable from it within $maxSteps transitions, each with the fewest steps: what recommendRoles ranks over.
RETURN COLLECT { MATCH (s:Skill) WHERE s.id IN $skills RETURN {skill: s.id, area: coalesce(s.areaId, s.id), onetClassId: s.onetClassId} } AS skills,
  CASE WHEN $from IS NULL THEN null ELSE COLLECT {
    MATCH (f:Role {id: $from})
    MATCH p = ANY SHORTEST (f)-[:TRANSITIONS_TO]->{1,8}(r:Role)
    WHERE length(p) <= $maxSteps AND r <> f
    RETURN {role: r.id, steps: length(p)}
  } END AS reachable
