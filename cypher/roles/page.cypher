// One page of Role nodes ordered by id after $after (null: from the start); each as the values of the properties named in $props, whether more follow, and the total that match the filter when $withCount (null otherwise).
MATCH (n:Role)
// Without the count, the id index yields the matches in order from $after and the scan stops one past the page
// (hasNextPage); the count needs every match, so it scans from the start (src/data/projection.ts readProjectedPage).
WHERE n.id > CASE WHEN $withCount OR $after IS NULL THEN '' ELSE $after END
  AND ($titleContains IS NULL OR toLower(n.title) CONTAINS toLower($titleContains))
  AND ($track IS NULL OR EXISTS { (n)-[:IN_TRACK]->(:Track {id: $track}) })
  AND ($skill IS NULL OR EXISTS { (n)-[:REQUIRES]->(:Skill {id: $skill}) })
  AND ($source IS NULL OR n.source = $source)
  AND ($escoUri IS NULL OR n.escoUri = $escoUri)
WITH n ORDER BY n.id
LIMIT CASE WHEN $withCount THEN 4294967295 ELSE $limit + 1 END
WITH collect(n) AS matches
WITH matches, [n IN matches WHERE $after IS NULL OR n.id > $after] AS rest
RETURN CASE WHEN $withCount THEN size(matches) END AS totalCount, [n IN rest[0..$limit] | [k IN $props | n[k]]] AS items, size(rest) > $limit AS hasNextPage
