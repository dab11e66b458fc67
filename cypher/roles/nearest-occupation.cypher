// Per role id: the O*NET occupation a curated role is closest to (a list of at most one); each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (:Role {id: key})-[:NEAREST_OCCUPATION]->(o:Role)
RETURN key, collect([k IN $props | o[k]]) AS items
