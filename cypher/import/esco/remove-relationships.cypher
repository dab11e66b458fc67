// Deletes up to $limit relationships an ESCO import wrote (importedFrom 'esco-...'); returns how many.
MATCH ()-[r:REQUIRES|PART_OF|IN_TRACK|NEAREST_OCCUPATION|TRANSITIONS_TO]->()
WHERE r.importedFrom STARTS WITH 'esco-'
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
