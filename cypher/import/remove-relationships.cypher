// Deletes up to $limit relationships the O*NET import wrote (any release, imported or derived); returns how many.
MATCH ()-[r]->()
WHERE r.importedFrom IS NOT NULL OR r.source = 'onet'
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
