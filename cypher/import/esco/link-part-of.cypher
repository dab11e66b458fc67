// Links (:Skill)-[:PART_OF]->(:Skill) (a skill or skill group to its broader one) from $rows [{from, to, props}] stamped with $stamp {importedFrom, importedAt}; leaves alone a skill the ESCO import does not own and one with a PART_OF someone else wrote (a skill has one area). Returns rows whose ends were found, rows written and rows left alone.
// Labels the broader skill HasParts at once (skills/assign-areas recomputes the label after the whole write), so no read
// misses parts between the link and that step.
UNWIND $rows AS row
MATCH (a:Skill {id: row.from})
MATCH (b:Skill {id: row.to})
WITH a, b, row,
     a.source = 'esco' AND NOT EXISTS {
       MATCH (a)-[p:PART_OF]->(:Skill)
       WHERE NOT coalesce(p.importedFrom, '') STARTS WITH 'esco-'
     } AS isOwned
FOREACH (_ IN CASE WHEN isOwned THEN [1] ELSE [] END |
  MERGE (a)-[r:PART_OF]->(b)
  SET r += row.props, r += $stamp, b:HasParts)
RETURN count(*) AS matched, sum(CASE WHEN isOwned THEN 1 ELSE 0 END) AS written, sum(CASE WHEN isOwned THEN 0 ELSE 1 END) AS keptOthers
