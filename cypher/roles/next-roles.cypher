// Per role id: the role's values of $roleProps (empty: none; a root lookup reads the role along with its next
// roles), and the transitions out of it, shortest typical first; each as [the transition's values of
// $transitionProps, the next role's values of $props, and when $withFurther that role's own transitions the same
// way, each as [values of $furtherTransitionProps, values of $furtherProps]] (two levels in one statement).
UNWIND $ids AS key
MATCH (role:Role {id: key})
// Optional: a role with no transitions still has its row, so the role is known to exist.
OPTIONAL MATCH (role)-[t:TRANSITIONS_TO]->(b:Role)
WITH key, role, t, b ORDER BY t.monthsTypical, b.title
RETURN key, [k IN $roleProps | role[k]] AS role, collect(CASE WHEN t IS NOT NULL THEN [
  [k IN $transitionProps | t[k]],
  [k IN $props | b[k]],
  // A CASE branch not taken is not evaluated: the second level is read only when asked for, in the same order.
  CASE WHEN $withFurther THEN COLLECT {
    MATCH (b)-[t2:TRANSITIONS_TO]->(c:Role)
    WITH t2, c ORDER BY t2.monthsTypical, c.title
    RETURN [[k IN $furtherTransitionProps | t2[k]], [k IN $furtherProps | c[k]]]
  } END
] END) AS items
