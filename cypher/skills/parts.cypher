// Per skill id: the skills directly PART_OF it, by name.
UNWIND $ids AS key
MATCH (part:Skill)-[:PART_OF]->(:Skill {id: key})
WITH key, part ORDER BY part.name
RETURN key, collect(part {.*}) AS items
