// roles/by-ids with the projection written into the text (`n {.id, .title}`) instead of read from $props.
MATCH (n:Role) WHERE n.id IN $ids
RETURN n {.id, .title} AS item
