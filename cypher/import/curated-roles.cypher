// Roles the O*NET import does not own that name an O*NET-SOC code: id, socCode, experienceMinYears, and whether a TRANSITIONS_TO the import did not derive leads into them.
MATCH (r:Role)
WHERE r.socCode IS NOT NULL AND coalesce(r.source, '') <> 'onet'
RETURN r.id AS id, r.socCode AS socCode, r.experienceMinYears AS experienceMinYears,
       EXISTS {
         MATCH (:Role)-[t:TRANSITIONS_TO]->(r)
         WHERE NOT (t.source = 'onet' OR (t.source = 'derived' AND t.importedFrom IS NOT NULL))
       } AS hasCuratedIncoming
ORDER BY id
