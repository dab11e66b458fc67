// Stores each skill's area as `areaId` (the end of its PART_OF chain; null for a skill that is an area itself) and
// `hasParts` (some skill is PART_OF it). Run after every write that changes PART_OF: reads use
// coalesce(s.areaId, s.id) instead of walking the chain, and look for parts only below a skill with hasParts.
MATCH (s:Skill)
OPTIONAL MATCH (s)-[:PART_OF]->+(top:Skill) WHERE NOT (top)-[:PART_OF]->(:Skill)
WITH s, min(top.id) AS areaId
WITH s, areaId, EXISTS { (s)<-[:PART_OF]-(:Skill) } AS hasParts
WHERE coalesce(s.areaId, '') <> coalesce(areaId, '') OR s.hasParts IS NULL OR s.hasParts <> hasParts
SET s.areaId = areaId, s.hasParts = hasParts
RETURN count(*) AS updated
