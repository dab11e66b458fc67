// Skill nodes for the ids in $ids, as property maps.
MATCH (n:Skill) WHERE n.id IN $ids
RETURN n {.*} AS item
