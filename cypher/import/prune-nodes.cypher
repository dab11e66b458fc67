// Deletes up to $limit nodes the O*NET import owns (source 'onet') that this run ($importedAt) did not write again and that no relationship uses; returns how many.
MATCH (n)
WHERE n.source = 'onet' AND n.importedAt <> $importedAt AND NOT EXISTS { (n)--() }
WITH n LIMIT $limit
DELETE n
RETURN count(*) AS deleted
