// The ids in $ids that name no Skill.
UNWIND $ids AS id
OPTIONAL MATCH (r:Skill {id: id})
WITH id, r WHERE r IS NULL
RETURN collect(id) AS missing
