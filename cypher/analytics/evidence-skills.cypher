// Every skill some role requires, with its area (the end of its PART_OF chain: the skill itself when it is an area)
// and the O*NET class O*NET files a curated tool under: read once per similarity model, not once per requirement.
MATCH (s:Skill)
WHERE EXISTS { (:Role)-[:REQUIRES]->(s) }
RETURN s.id AS id, coalesce(s.areaId, s.id) AS area, s.onetClassId AS onetClassId
