// One page of Certification nodes ordered by id after $after (null: from the start); each as the values of the properties named in $props, with the total that match the filter.
MATCH (n:Certification)
WHERE $nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains)
WITH n ORDER BY n.id
WITH collect(n) AS matches
WITH matches, [n IN matches WHERE $after IS NULL OR n.id > $after] AS rest
RETURN size(matches) AS totalCount, [n IN rest[0..$limit] | [k IN $props | n[k]]] AS items, size(rest) > $limit AS hasNextPage
