// Per skill id: the skills directly PART_OF it, by name; each as the values of the properties named in $props.
UNWIND $ids AS key
MATCH (part:Skill)-[:PART_OF]->(:Skill {id: key})
WITH key, part ORDER BY part.name
RETURN key, collect([k IN $props | part[k]]) AS items
