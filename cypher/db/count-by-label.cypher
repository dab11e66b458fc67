// Counts nodes per label and relationships per type across the whole graph. HasParts is left out: it marks some
// Skill nodes (skills/assign-areas), it is not a kind of node.
CALL () {
  MATCH (n) UNWIND [label IN labels(n) WHERE label <> 'HasParts'] AS name RETURN 'node' AS kind, name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count ORDER BY kind, name
