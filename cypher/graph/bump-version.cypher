// Gives the graph a new version token; src/db/database.ts runs it at the end of every write transaction, so caches
// keyed by the version (the in-API route search's transition graph) see every change made through the API's tools.
MERGE (v:GraphVersion {id: 'graph'})
SET v.value = randomUUID(), v.updatedAt = datetime()
RETURN v.value AS version
