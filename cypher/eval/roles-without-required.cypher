// How many roles have no REQUIRED skill, with the ids of the first 10 (by id): section 2 of issue 10 wants none.
MATCH (r:Role) WHERE NOT EXISTS { (r)-[:REQUIRES {importance: 'REQUIRED'}]->(:Skill) }
WITH r ORDER BY r.id
RETURN count(r) AS count, collect(r.id)[0..10] AS examples
