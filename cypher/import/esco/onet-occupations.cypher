// O*NET occupations in the graph: id, socCode and jobZone, for linking ESCO occupations through the crosswalks.
MATCH (r:Role {source: 'onet'})
WHERE r.socCode IS NOT NULL
RETURN r.id AS id, r.socCode AS socCode, r.jobZone AS jobZone
ORDER BY id
