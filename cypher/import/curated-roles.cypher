// Roles the O*NET import did not write that name an O*NET-SOC code: id, socCode, experienceMinYears, and whether a TRANSITIONS_TO the import did not write leads into them.
MATCH (r:Role)
WHERE r.socCode IS NOT NULL AND NOT (coalesce(r.source, '') = 'onet' OR r.importedFrom IS NOT NULL)
RETURN r.id AS id, r.socCode AS socCode, r.experienceMinYears AS experienceMinYears,
       EXISTS { MATCH (:Role)-[t:TRANSITIONS_TO]->(r) WHERE t.importedFrom IS NULL } AS hasCuratedIncoming
ORDER BY id
