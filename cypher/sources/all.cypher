// Every publication or dataset the graph cites, by name.
MATCH (s:Source) RETURN s {.*} AS item ORDER BY s.name
