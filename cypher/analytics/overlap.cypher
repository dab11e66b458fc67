// For every pair of the roles in $ids (in the order given): the required skills they share (by name), the size
// of the union of their required skills, and for the skill similarity (src/domain/skill-similarity.ts) each role's
// requirements (skill, REQUIRED or not, broader skill), how many roles there are with requirements and how many
// of them have each skill and each broader skill.
UNWIND range(0, size($ids) - 1) AS position
MATCH (r:Role {id: $ids[position]})
WITH position, r, COLLECT {
  MATCH (r)-[:REQUIRES {importance: 'REQUIRED'}]->(s:Skill) RETURN s {.id, .name} ORDER BY s.name
} AS skills, COLLECT {
  MATCH (r)-[q:REQUIRES]->(s:Skill)
  RETURN {skill: s.id, isEssential: q.importance = 'REQUIRED', broader: COLLECT { MATCH (s)-[:PART_OF]->(b:Skill) RETURN b.id ORDER BY b.id }[0]}
} AS requirements
ORDER BY position
WITH collect({id: r.id, skills: skills, requirements: requirements}) AS roles
CALL (roles) {
  UNWIND roles AS role
  UNWIND role.requirements AS q
  WITH collect(DISTINCT q.skill) AS skillIds, collect(DISTINCT q.broader) AS broaderIds
  RETURN COUNT { MATCH (x:Role) WHERE EXISTS { (x)-[:REQUIRES]->(:Skill) } } AS roleCount,
         [id IN skillIds | [id, COUNT { MATCH (x:Role)-[:REQUIRES]->(:Skill {id: id}) RETURN DISTINCT x }]] AS skillDf,
         [id IN broaderIds | [id, COUNT { MATCH (x:Role)-[:REQUIRES]->(:Skill)-[:PART_OF]->(:Skill {id: id}) RETURN DISTINCT x }]] AS broaderDf
}
UNWIND range(0, size(roles) - 2) AS i
UNWIND range(i + 1, size(roles) - 1) AS j
WITH roles[i] AS a, roles[j] AS b, roleCount, skillDf, broaderDf
WITH a, b, roleCount, skillDf, broaderDf, [s IN a.skills WHERE s IN b.skills] AS shared
RETURN a.id AS a, b.id AS b, shared, size(a.skills) + size(b.skills) - size(shared) AS unionSize,
       a.requirements AS aRequirements, b.requirements AS bRequirements, roleCount, skillDf, broaderDf
