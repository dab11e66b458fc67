// Every career track, by name.
MATCH (t:Track) RETURN t {.*} AS item ORDER BY t.name
