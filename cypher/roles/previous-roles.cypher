// Per role id: the role's values of $roleProps (empty: none; a root lookup reads the role along with its previous
// roles), and the transitions into it, shortest typical first; each as [the transition's values of
// $transitionProps, the previous role's values of $props].
UNWIND $ids AS key
MATCH (role:Role {id: key})
// Optional: a role with no transitions still has its row, so the role is known to exist.
OPTIONAL MATCH (a:Role)-[t:TRANSITIONS_TO]->(role)
WITH key, role, t, a ORDER BY t.monthsTypical, a.title
RETURN key, [k IN $roleProps | role[k]] AS role,
  collect(CASE WHEN t IS NOT NULL THEN [[k IN $transitionProps | t[k]], [k IN $props | a[k]]] END) AS items
