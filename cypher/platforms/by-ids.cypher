// Platform nodes for the ids in $ids, as property maps.
MATCH (n:Platform) WHERE n.id IN $ids
RETURN n {.*} AS item
