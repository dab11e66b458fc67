// Per role id: transitions out of it, shortest typical first.
UNWIND $ids AS key
MATCH (:Role {id: key})-[t:TRANSITIONS_TO]->(b:Role)
WITH key, t, b ORDER BY t.monthsTypical, b.title
RETURN key, collect(t {.*, fromId: key, toId: b.id, to: b {.*}}) AS items
