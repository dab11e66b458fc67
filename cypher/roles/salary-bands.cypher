// Per role id: its salary bands from the lowest level up; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (:Role {id: key})-[:HAS_SALARY_BAND]->(b:SalaryBand)
WITH key, b ORDER BY b.minUsd
RETURN key, collect([k IN $props | b[k]]) AS items
