// Upserts Track nodes from $rows [{id, props}]; a node a curator wrote (source 'curated') is kept as it is.
UNWIND $rows AS row
MERGE (n:Track {id: row.id})
WITH n, row, n.source = 'curated' AS isCurated
FOREACH (_ IN CASE WHEN isCurated THEN [] ELSE [1] END | SET n += row.props)
RETURN count(*) AS written, sum(CASE WHEN isCurated THEN 1 ELSE 0 END) AS keptCurated
