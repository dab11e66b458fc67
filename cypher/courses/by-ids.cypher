// Course nodes for the ids in $ids, each as the values of the properties named in $props, in that order.
MATCH (n:Course) WHERE n.id IN $ids
RETURN [k IN $props | n[k]] AS values
