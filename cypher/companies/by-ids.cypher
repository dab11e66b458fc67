// Company nodes for the ids in $ids, as property maps.
MATCH (n:Company) WHERE n.id IN $ids
RETURN n {.*} AS item
