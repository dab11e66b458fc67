// Per role id: transitions into it, shortest typical first; each as [the transition's values of $transitionProps,
// the previous role's values of $props].
UNWIND $ids AS key
MATCH (a:Role)-[t:TRANSITIONS_TO]->(:Role {id: key})
WITH key, t, a ORDER BY t.monthsTypical, a.title
RETURN key, collect([[k IN $transitionProps | t[k]], [k IN $props | a[k]]]) AS items
