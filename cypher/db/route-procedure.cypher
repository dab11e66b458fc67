// Whether the career.routes procedure (neo4j-runner's plugin jar) is installed on this Neo4j.
SHOW PROCEDURES YIELD name
WHERE name = 'career.routes'
RETURN count(*) > 0 AS isInstalled
