// Stores each skill's area as `areaId`: the end of its PART_OF chain (null for a skill that is an area itself).
// Run after every write that changes PART_OF; reads use coalesce(s.areaId, s.id) instead of walking the chain.
MATCH (s:Skill)
OPTIONAL MATCH (s)-[:PART_OF]->+(top:Skill) WHERE NOT (top)-[:PART_OF]->(:Skill)
WITH s, min(top.id) AS areaId
WHERE coalesce(s.areaId, '') <> coalesce(areaId, '')
SET s.areaId = areaId
RETURN count(*) AS updated
