// Role nodes for the ids in $ids, as property maps.
MATCH (n:Role) WHERE n.id IN $ids
RETURN n {.*} AS item
