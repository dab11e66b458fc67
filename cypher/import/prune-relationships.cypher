// Deletes up to $limit relationships an earlier O*NET import wrote that this run ($importedAt) did not write again; returns how many.
MATCH ()-[r]->()
WHERE r.importedFrom IS NOT NULL AND r.importedAt <> $importedAt
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
