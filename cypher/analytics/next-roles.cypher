// Roles one or two transitions from $id, each with its fastest route by typical months (a missing month count
// counts as 12), and the person's coverage of its required skills (the person has $id's required skills plus
// $knownSkills).
MATCH (start:Role {id: $id})
WITH start, [(start)-[:REQUIRES {importance: 'REQUIRED'}]->(s:Skill) | s.id] + $knownSkills AS have
MATCH p = (start)-[:TRANSITIONS_TO]->{1,2}(target:Role)
WHERE target <> start
WITH start, have, target, p, reduce(months = 0.0, t IN relationships(p) | months + coalesce(t.monthsTypical, 12.0)) AS months
ORDER BY months, length(p)
WITH have, target, head(collect({roleIds: [n IN nodes(p) | n.id], months: months})) AS fastest
WITH target, fastest, COLLECT {
  MATCH (target)-[:REQUIRES {importance: 'REQUIRED'}]->(s:Skill) RETURN s ORDER BY s.name
} AS required, have
RETURN target {.*} AS role, fastest.roleIds AS roleIds, fastest.months AS months, size(required) AS requiredCount,
       [s IN required WHERE NOT s.id IN have | s {.*}] AS missingSkills
