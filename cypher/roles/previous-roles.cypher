// Per role id: transitions into it, shortest typical first.
UNWIND $ids AS key
MATCH (a:Role)-[t:TRANSITIONS_TO]->(:Role {id: key})
WITH key, t, a ORDER BY t.monthsTypical, a.title
RETURN key, collect(t {.*, fromId: a.id, toId: key, from: a {.*}}) AS items
