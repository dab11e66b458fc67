// The certifications and courses that cover any of the skills in $skillIds (or a part of one), each with the ids
// of the skills it covers; the gap itself is worked out from both roles' requirements (src/data/skill-gap.ts).
MATCH (s:Skill) WHERE s.id IN $skillIds
OPTIONAL MATCH (part:Skill)-[:PART_OF]->*(s)
WITH s, collect(DISTINCT part) AS covered
RETURN s.id AS skillId,
  [c IN COLLECT { MATCH (c:Certification)-[:VALIDATES]->(x:Skill) WHERE x IN covered RETURN DISTINCT c ORDER BY c.name } | c {.*}] AS certifications,
  [c IN COLLECT { MATCH (c:Course)-[:TEACHES]->(x:Skill) WHERE x IN covered RETURN DISTINCT c ORDER BY c.name } | c {.*}] AS courses
