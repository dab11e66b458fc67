// Deletes up to $limit nodes the O*NET import owns (source 'onet', the Source node included), with any relationship still attached; returns how many.
MATCH (n)
WHERE n.source = 'onet'
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
