// Deletes up to $limit nodes an earlier O*NET import wrote that this run ($importedAt) did not write again and that no relationship uses; returns how many.
MATCH (n)
WHERE n.importedFrom IS NOT NULL AND n.importedAt <> $importedAt AND NOT EXISTS { (n)--() }
WITH n LIMIT $limit
DELETE n
RETURN count(*) AS deleted
