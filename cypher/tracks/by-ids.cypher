// Track nodes for the ids in $ids, as property maps.
MATCH (n:Track) WHERE n.id IN $ids
RETURN n {.*} AS item
