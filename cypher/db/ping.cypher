// Returns 1 when the database answers (readiness check).
RETURN 1 AS ok
