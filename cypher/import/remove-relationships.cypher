// Deletes up to $limit relationships the O*NET import owns (source 'onet', or 'derived' by the import); returns how many.
MATCH ()-[r]->()
WHERE r.source = 'onet' OR (r.source = 'derived' AND r.importedFrom STARTS WITH 'onet-')
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
