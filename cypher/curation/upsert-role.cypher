// Creates or updates a role with the given properties, marked as curated; returns the role.
MERGE (r:Role {id: $id})
SET r += $props, r.source = 'curated', r.updatedAt = $updatedAt, r.updatedBy = $updatedBy
RETURN r {.*} AS item
