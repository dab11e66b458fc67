// Per platform id: the company that makes it (a list of at most one); each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (:Platform {id: key})-[:MADE_BY]->(c:Company)
RETURN key, collect([k IN $props | c[k]]) AS items
