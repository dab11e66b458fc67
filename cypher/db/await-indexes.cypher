// Waits until every index is online (after migrations, before the first query uses them).
CALL db.awaitIndexes(120)
