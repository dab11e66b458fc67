// Skills that other skills are PART_OF carry the HasParts label (skills/assign-areas keeps it after every write).
// A graph written before the label kept that fact as a `hasParts` property, or not at all: label those skills and
// drop the property, so reads find their parts. Applied at start; finds nothing to change once done.
MATCH (s:Skill) WHERE s.hasParts IS NOT NULL OR (NOT s:HasParts AND EXISTS { (s)<-[:PART_OF]-(:Skill) })
REMOVE s.hasParts
WITH s WHERE EXISTS { (s)<-[:PART_OF]-(:Skill) }
SET s:HasParts;
