// For every pair of the roles in $ids (in the order given): the required skills they share (by name) and the size
// of the union of their required skills.
UNWIND range(0, size($ids) - 1) AS position
MATCH (r:Role {id: $ids[position]})
WITH position, r, COLLECT {
  MATCH (r)-[:REQUIRES {importance: 'REQUIRED'}]->(s:Skill) RETURN s {.id, .name} ORDER BY s.name
} AS skills
ORDER BY position
WITH collect({id: r.id, skills: skills}) AS roles
UNWIND range(0, size(roles) - 2) AS i
UNWIND range(i + 1, size(roles) - 1) AS j
WITH roles[i] AS a, roles[j] AS b
WITH a, b, [s IN a.skills WHERE s IN b.skills] AS shared
RETURN a.id AS a, b.id AS b, shared, size(a.skills) + size(b.skills) - size(shared) AS unionSize
