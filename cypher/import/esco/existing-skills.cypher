// Skills the ESCO import does not own (curated seed, O*NET, curator): id, name and source, for merging ESCO skills of the same name.
MATCH (s:Skill)
WHERE coalesce(s.source, '') <> 'esco'
RETURN s.id AS id, s.name AS name, coalesce(s.source, '') AS source
ORDER BY id
