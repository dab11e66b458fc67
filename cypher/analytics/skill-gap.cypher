// What separates $from from $to: the target's skills the source does not require (required ones first, then
// differentiating, not in $knownSkills), each with the certifications and courses that cover it; and the source's
// required skills the target does not use at all.
MATCH (a:Role {id: $from}), (b:Role {id: $to})
RETURN
  COLLECT {
    MATCH (b)-[r:REQUIRES]->(s:Skill)
    WHERE NOT (a)-[:REQUIRES {importance: 'REQUIRED'}]->(s) AND NOT s.id IN $knownSkills
    WITH r, s ORDER BY CASE r.importance WHEN 'REQUIRED' THEN 0 ELSE 1 END, r.importanceScore DESC, s.name
    RETURN {
      skill: s {.*},
      importance: r.importance,
      importanceScore: r.importanceScore,
      certifications: [(c:Certification)-[:VALIDATES]->(s) | c {.*}],
      courses: [(c:Course)-[:TEACHES]->(s) | c {.*}]
    }
  } AS toLearn,
  COLLECT {
    MATCH (a)-[:REQUIRES {importance: 'REQUIRED'}]->(s:Skill)
    WHERE NOT (b)-[:REQUIRES]->(s)
    RETURN s {.*} ORDER BY s.name
  } AS notUsed
