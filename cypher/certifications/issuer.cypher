// Per certification id: the issuing company (a list of at most one); each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (:Certification {id: key})-[:ISSUED_BY]->(c:Company)
RETURN key, collect([k IN $props | c[k]]) AS items
