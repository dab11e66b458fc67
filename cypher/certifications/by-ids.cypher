// Certification nodes for the ids in $ids, as property maps.
MATCH (n:Certification) WHERE n.id IN $ids
RETURN n {.*} AS item
