// For each transition {from, to} in $pairs: the values of both roles' properties named in $roleProps (in that
// order), the transition's facts, the skills it names as its focus (each with its area and parts, laid out as
// skills/with-areas returns them: src/data/paths.ts reads both with one function), and, when $withHelps, the
// certifications and courses that could help on it (for the next role, or for a skill it requires, or a part of
// one), each with the ids and areas of the skills it covers; src/data/paths.ts keeps those that cover a skill to
// learn. Without $withHelps both lists are empty and the next role's requirements are not read.
UNWIND $pairs AS pair
MATCH (a:Role {id: pair.from})-[t:TRANSITIONS_TO]->(b:Role {id: pair.to})
WITH pair, a, b, t, COLLECT {
  MATCH (b)-[:REQUIRES {importance: 'REQUIRED'}]->(r:Skill)
  WHERE $withHelps
  // Parts looked for only below a skill labelled HasParts (as in roles/skills).
  UNWIND CASE WHEN r:HasParts THEN [r] + COLLECT { MATCH (s:Skill)-[:PART_OF]->+(r) RETURN s } ELSE [r] END AS s
  RETURN DISTINCT s
} AS wanted
RETURN pair.from AS fromId, pair.to AS toId, [k IN $roleProps | a[k]] AS fromRole, [k IN $roleProps | b[k]] AS toRole,
       t {.monthsTypical, .monthsMin, .monthsMax, .kind, .keyArtifacts, .source, .focusSkillIds} AS transition,
       [c IN COLLECT {
          MATCH (c:Certification)-[:VALIDATES]->(x) WHERE $withHelps AND (x = b OR x IN wanted)
          RETURN DISTINCT c ORDER BY c.name
        } | c {.*, isForRole: EXISTS { (c)-[:VALIDATES]->(b) },
               coveredSkillIds: [(c)-[:VALIDATES]->(s:Skill) | s.id] + [(c)-[:VALIDATES]->(s:Skill) WHERE s.areaId IS NOT NULL | s.areaId]}
       ] AS certifications,
       [c IN COLLECT {
          MATCH (c:Course) WHERE $withHelps AND ((c)-[:RECOMMENDED_FOR]->(b) OR EXISTS { MATCH (c)-[:TEACHES]->(x) WHERE x IN wanted })
          RETURN DISTINCT c ORDER BY c.name
        } | c {.*, isForRole: EXISTS { (c)-[:RECOMMENDED_FOR]->(b) },
               coveredSkillIds: [(c)-[:TEACHES]->(s:Skill) | s.id] + [(c)-[:TEACHES]->(s:Skill) WHERE s.areaId IS NOT NULL | s.areaId]}
       ] AS courses,
       COLLECT {
         MATCH (s:Skill) WHERE s.id IN coalesce(t.focusSkillIds, [])
         OPTIONAL MATCH (area:Skill {id: s.areaId})
         RETURN {
           skill: s {.id, .name, .category, .description, .aliases, .isHotTechnology, .isInDemand, .source, .updatedAt, .updatedBy, .areaId},
           area: area {.id, .name, .category, .description, .aliases, .isHotTechnology, .isInDemand, .source, .updatedAt, .updatedBy, .areaId},
           parts: CASE WHEN s:HasParts THEN COLLECT {
             MATCH (part:Skill)-[:PART_OF]->+(s) RETURN DISTINCT part {.id, .name, .category, .description, .aliases, .isHotTechnology, .isInDemand, .source, .updatedAt, .updatedBy, .areaId}
           } ELSE [] END
         }
       } AS focusSkills
