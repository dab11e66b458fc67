// Per role id: the role's values of $roleProps (empty: none; a root lookup reads the role along with its previous
// roles), and the transitions into it, shortest typical first; each as [the transition's values of
// $transitionProps, the previous role's values of $props, and when $withFurther that role's own previous roles the
// same way, each as [values of $furtherTransitionProps, values of $furtherProps]] (two levels in one statement).
UNWIND $ids AS key
MATCH (role:Role {id: key})
// Optional: a role with no transitions still has its row, so the role is known to exist.
OPTIONAL MATCH (a:Role)-[t:TRANSITIONS_TO]->(role)
WITH key, role, t, a ORDER BY t.monthsTypical, a.title
RETURN key, [k IN $roleProps | role[k]] AS role, collect(CASE WHEN t IS NOT NULL THEN [
  [k IN $transitionProps | t[k]],
  [k IN $props | a[k]],
  // A CASE branch not taken is not evaluated: the second level is read only when asked for, in the same order.
  CASE WHEN $withFurther THEN COLLECT {
    MATCH (c:Role)-[t2:TRANSITIONS_TO]->(a)
    WITH t2, c ORDER BY t2.monthsTypical, c.title
    RETURN [[k IN $furtherTransitionProps | t2[k]], [k IN $furtherProps | c[k]]]
  } END
] END) AS items
