// One page of Role nodes ordered by id after $after (null: from the start); each as the values of the properties named in $props, with the total that match the filter.
MATCH (n:Role)
WHERE ($titleContains IS NULL OR toLower(n.title) CONTAINS toLower($titleContains))
  AND ($track IS NULL OR EXISTS { (n)-[:IN_TRACK]->(:Track {id: $track}) })
  AND ($skill IS NULL OR EXISTS { (n)-[:REQUIRES]->(:Skill {id: $skill}) })
  AND ($source IS NULL OR n.source = $source)
  AND ($escoUri IS NULL OR n.escoUri = $escoUri)
WITH n ORDER BY n.id
WITH collect(n) AS matches
WITH matches, [n IN matches WHERE $after IS NULL OR n.id > $after] AS rest
RETURN size(matches) AS totalCount, [n IN rest[0..$limit] | [k IN $props | n[k]]] AS items, size(rest) > $limit AS hasNextPage
