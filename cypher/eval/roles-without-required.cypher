// How many roles have no REQUIRED skill, with the ids of the first 10 (by id): section 2 of issue 10 wants none.
// ESCO occupations for which the release lists no essential skill (only optional ones) are counted apart: the
// import keeps ESCO's word and does not promote optional skills.
MATCH (r:Role) WHERE NOT EXISTS { (r)-[:REQUIRES {importance: 'REQUIRED'}]->(:Skill) }
WITH r ORDER BY r.id
WITH collect(r) AS roles
WITH [r IN roles WHERE r.escoUri IS NULL] AS missing, [r IN roles WHERE r.escoUri IS NOT NULL] AS escoWithoutEssential
RETURN size(missing) AS count, [r IN missing | r.id][0..10] AS examples,
       size(escoWithoutEssential) AS escoCount, [r IN escoWithoutEssential | r.id][0..10] AS escoExamples
