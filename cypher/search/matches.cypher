// For each reference in $references [{text, exact, words, query, kind, index}], in order: the Role or Skill whose id
// is the text (when kind names one), or else the best $keep of up to $candidates hits of the full-text index `index`,
// each with its tier (how it matched: 0 the whole title or name, 1 a whole alias or alternate title, 2 every word
// at a word start of the title or name, 3 the words spread over its names; all ignoring case), its score and, for
// a curated role, the occupation it refines (NEAREST_OCCUPATION).
UNWIND range(0, size($references) - 1) AS i
WITH i, $references[i] AS ref
OPTIONAL MATCH (role:Role {id: ref.text}) WHERE ref.kind = 'Role'
OPTIONAL MATCH (skill:Skill {id: ref.text}) WHERE ref.kind = 'Skill'
CALL (ref, role, skill) {
  WITH ref WHERE role IS NULL AND skill IS NULL AND ref.query IS NOT NULL
  CALL db.index.fulltext.queryNodes(ref.index, ref.query, {limit: $candidates}) YIELD node, score
  WITH ref, node, score, toLower(trim(coalesce(node.title, node.name, ''))) AS name
  WITH node, score, CASE
      WHEN name = ref.exact THEN 0
      WHEN any(t IN coalesce(node.aliases, []) + coalesce(node.alternateTitles, []) WHERE toLower(trim(t)) = ref.exact) THEN 1
      WHEN all(w IN ref.words WHERE ' ' + reduce(s = name, c IN ['/', '-', ',', '(', ')', ':', ';', '&', '"'] | replace(s, c, ' ')) CONTAINS ' ' + w) THEN 2
      ELSE 3
    END AS tier
  ORDER BY tier, score DESC, node.id
  LIMIT $keep
  RETURN collect({
    kind: [label IN labels(node) WHERE label IN ['Role', 'Skill', 'Company', 'Certification', 'Course', 'Platform']][0],
    item: node {.*, alternateTitles: null},
    score: score,
    tier: tier,
    refines: [(node)-[:NEAREST_OCCUPATION]->(occupation:Role) | occupation.id][0]
  }) AS matches
}
RETURN i, coalesce(role, skill).id AS id, matches
ORDER BY i
