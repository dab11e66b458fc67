// Deletes up to $limit relationships the O*NET import owns that this run ($importedAt) did not write again; returns how many.
MATCH ()-[r]->()
WHERE (r.source = 'onet' OR (r.source = 'derived' AND r.importedFrom STARTS WITH 'onet-')) AND r.importedAt <> $importedAt
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
