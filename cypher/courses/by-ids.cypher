// Course nodes for the ids in $ids, as property maps.
MATCH (n:Course) WHERE n.id IN $ids
RETURN n {.*} AS item
