// Stores each skill's area as `areaId` (the end of its PART_OF chain; null for a skill that is an area itself) and
// labels `HasParts` the skills some skill is PART_OF. Run after every write that changes PART_OF: reads use
// coalesce(s.areaId, s.id) instead of walking the chain, and look for parts only below a skill labelled HasParts
// (a label is read from the node itself; a property costs a walk through the node's properties on every row).
MATCH (s:Skill)
OPTIONAL MATCH (s)-[:PART_OF]->+(top:Skill) WHERE NOT (top)-[:PART_OF]->(:Skill)
WITH s, min(top.id) AS areaId
WITH s, areaId, EXISTS { (s)<-[:PART_OF]-(:Skill) } AS hasParts
WHERE coalesce(s.areaId, '') <> coalesce(areaId, '') OR s:HasParts <> hasParts
SET s.areaId = areaId
FOREACH (_ IN CASE WHEN hasParts THEN [1] ELSE [] END | SET s:HasParts)
FOREACH (_ IN CASE WHEN hasParts THEN [] ELSE [1] END | REMOVE s:HasParts)
RETURN count(*) AS updated
