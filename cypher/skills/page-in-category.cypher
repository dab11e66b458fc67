// One page of the Skill nodes of $category ordered by id after $after (null: from the start); each as the values of the properties named in $props, whether more follow, and the total that match the filter when $withCount (null otherwise).
// The category index finds the few skills of a category; a scan of the id index in order would read every skill.
MATCH (n:Skill {category: $category}) USING INDEX n:Skill(category)
// The count needs every match; the page alone keeps one past its last (hasNextPage; src/data/projection.ts readProjectedPage).
WHERE n.id > CASE WHEN $withCount OR $after IS NULL THEN '' ELSE $after END
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
WITH n ORDER BY n.id
LIMIT CASE WHEN $withCount THEN 4294967295 ELSE $limit + 1 END
WITH collect(n) AS matches
WITH matches, [n IN matches WHERE $after IS NULL OR n.id > $after] AS rest
RETURN CASE WHEN $withCount THEN size(matches) END AS totalCount, [n IN rest[0..$limit] | [k IN $props | n[k]]] AS items, size(rest) > $limit AS hasNextPage
