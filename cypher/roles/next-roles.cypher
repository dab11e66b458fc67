// Per role id: transitions out of it, shortest typical first; each as [the transition's values of $transitionProps,
// the next role's values of $props].
UNWIND $ids AS key
MATCH (:Role {id: key})-[t:TRANSITIONS_TO]->(b:Role)
WITH key, t, b ORDER BY t.monthsTypical, b.title
RETURN key, collect([[k IN $transitionProps | t[k]], [k IN $props | b[k]]]) AS items
