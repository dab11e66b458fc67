// Roles without any REQUIRED skill (none after an import: every occupation has rated or derived requirements): how many, and the first 10 ids.
MATCH (r:Role)
WHERE NOT EXISTS { (r)-[:REQUIRES {importance: 'REQUIRED'}]->(:Skill) }
WITH r ORDER BY r.id
RETURN count(r) AS count, collect(r.id)[..10] AS examples
