// The skill ids the transition $from -> $to names as its gap (no row when there is no such transition).
MATCH (:Role {id: $from})-[t:TRANSITIONS_TO]->(:Role {id: $to})
RETURN t.focusSkillIds AS focusSkillIds
LIMIT 1
