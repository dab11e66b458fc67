// Per role id: its salary bands from the lowest level up.
UNWIND $ids AS key
MATCH (:Role {id: key})-[:HAS_SALARY_BAND]->(b:SalaryBand)
WITH key, b ORDER BY b.minUsd
RETURN key, collect(b {.*}) AS items
