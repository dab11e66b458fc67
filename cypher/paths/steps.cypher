// For each transition {from, to} in $pairs: its properties, both roles, and the certifications and courses that
// could help on it (for the next role, or for a skill it requires, or a part of one), each with the ids and areas
// of the skills it covers; src/data/paths.ts keeps those that cover a skill to learn.
UNWIND $pairs AS pair
MATCH (a:Role {id: pair.from})-[t:TRANSITIONS_TO]->(b:Role {id: pair.to})
WITH pair, a, b, t, COLLECT {
  MATCH (b)-[:REQUIRES {importance: 'REQUIRED'}]->(s:Skill) RETURN s
  UNION
  MATCH (b)-[:REQUIRES {importance: 'REQUIRED'}]->(:Skill)<-[:PART_OF]-+(s:Skill) RETURN s
} AS wanted
RETURN pair.from AS fromId, pair.to AS toId, a {.*} AS fromRole, b {.*} AS toRole, t {.*} AS transition,
       [c IN COLLECT {
          MATCH (c:Certification)-[:VALIDATES]->(x) WHERE x = b OR x IN wanted
          RETURN DISTINCT c ORDER BY c.name
        } | c {.*, isForRole: EXISTS { (c)-[:VALIDATES]->(b) },
               coveredSkillIds: [(c)-[:VALIDATES]->(s:Skill) | s.id] + [(c)-[:VALIDATES]->(s:Skill) WHERE s.areaId IS NOT NULL | s.areaId]}
       ] AS certifications,
       [c IN COLLECT {
          MATCH (c:Course) WHERE (c)-[:RECOMMENDED_FOR]->(b) OR EXISTS { MATCH (c)-[:TEACHES]->(x) WHERE x IN wanted }
          RETURN DISTINCT c ORDER BY c.name
        } | c {.*, isForRole: EXISTS { (c)-[:RECOMMENDED_FOR]->(b) },
               coveredSkillIds: [(c)-[:TEACHES]->(s:Skill) | s.id] + [(c)-[:TEACHES]->(s:Skill) WHERE s.areaId IS NOT NULL | s.areaId]}
       ] AS courses
