// The ids in $ids that name no Role.
UNWIND $ids AS id
OPTIONAL MATCH (r:Role {id: id})
WITH id, r WHERE r IS NULL
RETURN collect(id) AS missing
