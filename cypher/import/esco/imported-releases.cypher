// Returns the ESCO releases an import wrote into the graph (their Source nodes): id, version and the time of the last import.
MATCH (s:Source {source: 'esco'})
WHERE s.version IS NOT NULL
RETURN s.id AS id, s.version AS version, s.importedAt AS importedAt
ORDER BY id
