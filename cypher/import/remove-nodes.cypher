// Deletes up to $limit nodes the O*NET import wrote (any release), with any relationship still attached; returns how many.
MATCH (n)
WHERE n.importedFrom IS NOT NULL OR n.source = 'onet'
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
