// Per track id: the track it is part of (a list of at most one); each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (:Track {id: key})-[:PART_OF]->(t:Track)
RETURN key, collect([k IN $props | t[k]]) AS items
