// One page of Skill nodes (of any category: skills/page-in-category reads one) ordered by id after $after (null: from the start); each as the values of the properties named in $props, whether more follow, and the total that match the filter when $withCount (null otherwise).
MATCH (n:Skill)
// Without the count, the id index yields the matches in order from $after and the scan stops one past the page
// (hasNextPage); the count needs every match, so it scans from the start (src/data/projection.ts readProjectedPage).
WHERE n.id > CASE WHEN $withCount OR $after IS NULL THEN '' ELSE $after END
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
WITH n ORDER BY n.id
LIMIT CASE WHEN $withCount THEN 4294967295 ELSE $limit + 1 END
WITH collect(n) AS matches
WITH matches, [n IN matches WHERE $after IS NULL OR n.id > $after] AS rest
RETURN CASE WHEN $withCount THEN size(matches) END AS totalCount, [n IN rest[0..$limit] | [k IN $props | n[k]]] AS items, size(rest) > $limit AS hasNextPage
