// Full-text matches over names, titles and aliases of every searchable kind, best first.
CALL db.index.fulltext.queryNodes('search_names', $query, {limit: $limit}) YIELD node, score
RETURN [label IN labels(node) WHERE label IN ['Role', 'Skill', 'Company', 'Certification', 'Course', 'Platform']][0] AS kind,
       node {.*} AS item, score
ORDER BY score DESC, item.id
