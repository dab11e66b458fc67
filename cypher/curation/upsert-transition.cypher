// Creates or updates the transition $from -> $to with $props (curated), lifting any earlier curated removal;
// returns the transition.
MATCH (a:Role {id: $from}), (b:Role {id: $to})
MERGE (a)-[t:TRANSITIONS_TO]->(b)
SET t += $props, t.source = 'curated', t.updatedAt = $updatedAt, t.updatedBy = $updatedBy
WITH a, b, t
CALL (a, b) {
  MATCH (removed:RemovedFact {id: 'TRANSITIONS_TO:' + a.id + '>' + b.id})
  DELETE removed
}
RETURN t {.*, fromId: a.id, toId: b.id} AS item
