// Upserts ISCO-08 groups as Track nodes from $rows [{id, props}] stamped with $stamp {importedFrom, importedAt}; a node the ESCO import does not own (source other than 'esco': seed, O*NET, curator) is left as it is. Returns rows written and rows left alone.
UNWIND $rows AS row
MERGE (n:Track {id: row.id})
WITH n, row, (n.source IS NULL OR n.source = 'esco') AS isOwned
FOREACH (_ IN CASE WHEN isOwned THEN [1] ELSE [] END | SET n += row.props, n += $stamp)
RETURN sum(CASE WHEN isOwned THEN 1 ELSE 0 END) AS written, sum(CASE WHEN isOwned THEN 0 ELSE 1 END) AS keptOthers
