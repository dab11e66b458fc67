// Every role with its job zone, its O*NET-SOC code and its requirements (skill id, the skill's area, importance, O*NET importance
// score and level, hot and in-demand flags): the evidence that similarRoles and recommendRoles weigh.
MATCH (r:Role)
RETURN r.id AS id, r.jobZone AS jobZone, r.socCode AS socCode, COLLECT {
  MATCH (r)-[q:REQUIRES]->(s:Skill)
  RETURN {skill: s.id, area: coalesce(s.areaId, s.id), onetClassId: s.onetClassId, importance: q.importance, importanceScore: q.importanceScore,
          level: q.level, isHotTechnology: q.isHotTechnology, isInDemand: q.isInDemand}
} AS requirements
