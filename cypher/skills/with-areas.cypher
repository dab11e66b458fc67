// Skills for the ids in $ids, each with its area and every skill below it (so a skill a person names counts at
// either grain).
MATCH (s:Skill) WHERE s.id IN $ids
OPTIONAL MATCH (area:Skill {id: s.areaId})
RETURN s {.*} AS skill, area {.*} AS area, COLLECT { MATCH (part:Skill)-[:PART_OF]->+(s) RETURN DISTINCT part {.*} } AS parts
