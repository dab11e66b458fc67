// The graph's version: a token every write transaction replaces (graph/bump-version), or null before the first write.
// The in-API route search compares it with the version of its cached transition graph.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.value AS version
