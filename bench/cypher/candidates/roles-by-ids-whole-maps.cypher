// roles/by-ids as it was before projections: whole property maps, O*NET alternate titles included.
MATCH (n:Role) WHERE n.id IN $ids
RETURN n {.*} AS item
