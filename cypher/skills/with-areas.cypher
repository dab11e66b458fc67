// Skills for the ids in $ids, each with its area and every skill below it (so a skill a person names counts at
// either grain; parts looked for only below a skill labelled HasParts, as in roles/skills). Each with the properties of
// the GraphQL Skill type.
MATCH (s:Skill) WHERE s.id IN $ids
OPTIONAL MATCH (area:Skill {id: s.areaId})
RETURN s {.id, .name, .category, .description, .aliases, .isHotTechnology, .isInDemand, .source, .updatedAt, .updatedBy, .areaId} AS skill, area {.id, .name, .category, .description, .aliases, .isHotTechnology, .isInDemand, .source, .updatedAt, .updatedBy, .areaId} AS area,
  CASE WHEN s:HasParts THEN COLLECT {
    MATCH (part:Skill)-[:PART_OF]->+(s) RETURN DISTINCT part {.id, .name, .category, .description, .aliases, .isHotTechnology, .isInDemand, .source, .updatedAt, .updatedBy, .areaId}
  } ELSE [] END AS parts
