// Links (:Skill)-[:PART_OF]->(:Skill) (a technology to its commodity class) from $rows [{from, to, props}] stamped with $stamp {importedFrom, importedAt}; leaves alone a technology the O*NET import does not own (a curated skill has its area in the seed) and one with a PART_OF someone else wrote (a skill has one area). On a curated skill it only notes O*NET's class as `onetClassId` (similarity compares tools by kind). Returns rows whose ends were found, rows written and rows left alone.
// Labels the broader skill HasParts at once (skills/assign-areas recomputes the label after the whole write), so no read
// misses parts between the link and that step.
UNWIND $rows AS row
MATCH (a:Skill {id: row.from})
MATCH (b:Skill {id: row.to})
WITH a, b, row,
     a.source = 'onet' AND NOT EXISTS {
       MATCH (a)-[p:PART_OF]->(:Skill)
       WHERE NOT (p.source = 'onet' OR (p.source = 'derived' AND p.importedFrom IS NOT NULL))
     } AS isOwned
FOREACH (_ IN CASE WHEN isOwned THEN [1] ELSE [] END |
  MERGE (a)-[r:PART_OF]->(b)
  SET r += row.props, r += $stamp, b:HasParts)
FOREACH (_ IN CASE WHEN isOwned THEN [] ELSE [1] END | SET a.onetClassId = b.id)
RETURN count(*) AS matched, sum(CASE WHEN isOwned THEN 1 ELSE 0 END) AS written, sum(CASE WHEN isOwned THEN 0 ELSE 1 END) AS keptOthers
