// Replaces every REQUIRES relationship of a role with $skills [{skill, importance}] (curated), and marks the role's
// skill list as curated so the seed and the import leave it alone; returns how many it wrote.
MATCH (r:Role {id: $role})
CALL (r) {
  MATCH (r)-[old:REQUIRES]->(:Skill)
  DELETE old
}
SET r.skillsSource = 'curated', r.updatedAt = $updatedAt, r.updatedBy = $updatedBy
WITH r
UNWIND $skills AS entry
MATCH (s:Skill {id: entry.skill})
CREATE (r)-[q:REQUIRES {importance: entry.importance, source: 'curated', updatedAt: $updatedAt, updatedBy: $updatedBy}]->(s)
RETURN count(q) AS written
