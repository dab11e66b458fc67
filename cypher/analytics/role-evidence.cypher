// One page of the evidence that similarRoles and recommendRoles weigh: up to $limit roles with an id after $after, in
// id order (the id index gives the order), each with its job zone, O*NET-SOC code and requirements as
// [skill id, importance, O*NET importance score, level, hot, in demand]. Skills' areas come from analytics/evidence-skills.
MATCH (r:Role)
WHERE r.id > $after
WITH r ORDER BY r.id LIMIT $limit
RETURN r.id AS id, r.jobZone AS jobZone, r.socCode AS socCode,
  [(r)-[q:REQUIRES]->(s:Skill) | [s.id, q.importance, q.importanceScore, q.level, q.isHotTechnology, q.isInDemand]] AS requirements
