// Deletes up to $limit nodes the ESCO import owns (source 'esco') that this run ($importedAt) did not write again and that no relationship uses; returns how many.
MATCH (n:Role|Skill|Track|Source)
WHERE n.source = 'esco' AND n.importedAt <> $importedAt AND NOT EXISTS { (n)--() }
WITH n LIMIT $limit
DELETE n
RETURN count(*) AS deleted
