// Creates or updates a skill with the given properties, marked as curated; returns the skill.
MERGE (s:Skill {id: $id})
SET s += $props, s.source = 'curated', s.updatedAt = $updatedAt, s.updatedBy = $updatedBy
RETURN s {.*} AS item
