// The Role records of $roleIds and the Skill records of $skillIds: what the rows of similarRoles and recommendRoles
// show (the ranking itself comes from the cached evidence).
RETURN COLLECT { MATCH (r:Role) WHERE r.id IN $roleIds RETURN r {.*} } AS roles,
  COLLECT { MATCH (s:Skill) WHERE s.id IN $skillIds RETURN s {.*} } AS skills
