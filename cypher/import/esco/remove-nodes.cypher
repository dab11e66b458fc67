// Deletes up to $limit nodes the ESCO import owns (source 'esco', the Source nodes included), with any relationship still attached; returns how many.
MATCH (n:Role|Skill|Track|Source)
WHERE n.source = 'esco'
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
