// Drops the O*NET class noted on a skill the import does not own (`onetClassId`, written by import/link-part-of)
// once that class is gone, so removing the import leaves curated skills as they were before it. Returns how many.
MATCH (s:Skill) WHERE s.onetClassId IS NOT NULL AND NOT EXISTS { MATCH (:Skill {id: s.onetClassId}) }
REMOVE s.onetClassId
RETURN count(*) AS dropped
