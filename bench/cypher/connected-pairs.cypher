// For each candidate {from, to} in $candidates, in order: the fewest transitions of a route of at most 6 steps
// between them, or null when there is none.
UNWIND range(0, size($candidates) - 1) AS i
WITH i, $candidates[i] AS candidate
MATCH (a:Role {id: candidate.from}), (b:Role {id: candidate.to})
OPTIONAL CALL (a, b) {
  MATCH p = ANY SHORTEST (a)-[:TRANSITIONS_TO]->{1,6}(b)
  RETURN length(p) AS steps
}
RETURN i, candidate.from AS from, candidate.to AS to, steps
ORDER BY i
