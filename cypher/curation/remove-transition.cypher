// Removes the transition $from -> $to and remembers the removal, so the seed and the import do not bring it
// back; returns how many transitions it removed (0 or 1).
MATCH (a:Role {id: $from})-[t:TRANSITIONS_TO]->(b:Role {id: $to})
DELETE t
MERGE (removed:RemovedFact {id: 'TRANSITIONS_TO:' + $from + '>' + $to})
SET removed.removedAt = $updatedAt, removed.removedBy = $updatedBy
RETURN count(*) AS removed
