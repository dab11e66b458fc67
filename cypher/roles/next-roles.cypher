// Per role id: the role's values of $roleProps (empty: none; a root lookup reads the role along with its next
// roles), and the transitions out of it, shortest typical first; each as [the transition's values of
// $transitionProps, the next role's values of $props].
UNWIND $ids AS key
MATCH (role:Role {id: key})
// Optional: a role with no transitions still has its row, so the role is known to exist.
OPTIONAL MATCH (role)-[t:TRANSITIONS_TO]->(b:Role)
WITH key, role, t, b ORDER BY t.monthsTypical, b.title
RETURN key, [k IN $roleProps | role[k]] AS role,
  collect(CASE WHEN t IS NOT NULL THEN [[k IN $transitionProps | t[k]], [k IN $props | b[k]]] END) AS items
