// Roles one or two transitions from $id, each with its fastest route by typical months (an unknown month count
// counts as $unknownMonths), the kinds of that route's transitions, the job zones (a curated role takes its nearest
// occupation's) and pay of both ends, and the skill areas it requires that the person lacks: the person has the
// areas $id requires plus $knownAreas.
MATCH (start:Role {id: $id})
WITH start, COLLECT {
  MATCH (start)-[:REQUIRES {importance: 'REQUIRED'}]->(s:Skill) RETURN DISTINCT coalesce(s.areaId, s.id)
} + $knownAreas AS have
MATCH p = (start)-[:TRANSITIONS_TO]->{1,2}(target:Role)
WHERE target <> start
WITH start, have, target, p,
     reduce(months = 0.0, t IN relationships(p) | months + coalesce(t.monthsTypical, $unknownMonths)) AS months
ORDER BY months, length(p)
WITH start, have, target,
     head(collect({roleIds: [n IN nodes(p) | n.id], kinds: [t IN relationships(p) | t.kind], months: months})) AS fastest
WITH start, have, target, fastest, COLLECT {
  MATCH (target)-[:REQUIRES {importance: 'REQUIRED'}]->(s:Skill) RETURN DISTINCT coalesce(s.areaId, s.id) AS areaId
} AS required
RETURN target.id AS roleId, fastest.roleIds AS roleIds, fastest.kinds AS kinds, fastest.months AS months,
       coalesce(start.jobZone, [(start)-[:NEAREST_OCCUPATION]->(o) | o.jobZone][0]) AS startZone,
       coalesce(target.jobZone, [(target)-[:NEAREST_OCCUPATION]->(o) | o.jobZone][0]) AS targetZone,
       start.medianPayUsd AS startPayUsd, target.medianPayUsd AS targetPayUsd,
       size(required) AS requiredCount, [a IN required WHERE NOT a IN have] AS missingIds
