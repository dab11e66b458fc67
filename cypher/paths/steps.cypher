// For each transition {from, to} in $pairs: its properties, the skills to learn (required by the next role, not by
// the current one, not in $knownSkills), the certifications and courses that cover them or the next role, and both
// roles (so a route needs no second statement for them).
UNWIND $pairs AS pair
MATCH (a:Role {id: pair.from})-[t:TRANSITIONS_TO]->(b:Role {id: pair.to})
WITH pair, a, b, t,
     COLLECT {
       MATCH (b)-[:REQUIRES {importance: 'REQUIRED'}]->(s:Skill)
       WHERE NOT (a)-[:REQUIRES {importance: 'REQUIRED'}]->(s) AND NOT s.id IN $knownSkills
       RETURN s ORDER BY s.name
     } AS toLearn
RETURN pair.from AS fromId, pair.to AS toId, a {.*} AS fromRole, b {.*} AS toRole, t {.*} AS transition,
       [s IN toLearn | s {.*}] AS skillsToLearn,
       [c IN COLLECT {
          MATCH (c:Certification)-[:VALIDATES]->(x) WHERE x = b OR x IN toLearn
          RETURN DISTINCT c ORDER BY c.name
        } | c {.*}] AS certifications,
       [c IN COLLECT {
          MATCH (c:Course) WHERE (c)-[:RECOMMENDED_FOR]->(b) OR EXISTS { MATCH (c)-[:TEACHES]->(x) WHERE x IN toLearn }
          RETURN DISTINCT c ORDER BY c.name
        } | c {.*}] AS courses
