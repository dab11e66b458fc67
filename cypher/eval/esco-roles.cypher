// Every role imported from ESCO (it has an ESCO concept URI), with its id and job zone, by id: the roles the ESCO figures of npm run eval ask about.
MATCH (r:Role) WHERE r.escoUri IS NOT NULL
RETURN r.id AS id, r.escoUri AS escoUri, r.jobZone AS jobZone
ORDER BY id
