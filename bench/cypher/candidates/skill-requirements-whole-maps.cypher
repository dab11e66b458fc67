// roles/skill-requirements with whole property maps (`s {.*}`): what every statement returned before projections.
UNWIND $requests AS request
MATCH (:Role {id: request.id})-[r:REQUIRES]->(s:Skill)
OPTIONAL MATCH (area:Skill {id: s.areaId})
RETURN request.id AS id, request.importance AS importance, collect([
  [r.importance, r.importanceScore, r.position, r.isHotTechnology, r.isInDemand],
  s {.*}, area {.*}
]) AS items
