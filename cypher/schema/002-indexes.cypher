// Lookup indexes for filters; full-text indexes over names, titles, aliases and every O*NET alternate title, one for
// search across kinds and one per kind that names resolve to. A changed index gets a new name: the old one is dropped
// (a no-op once gone), the new one created.
CREATE INDEX role_soc_code IF NOT EXISTS FOR (n:Role) ON (n.socCode);
CREATE INDEX role_source IF NOT EXISTS FOR (n:Role) ON (n.source);
CREATE INDEX skill_category IF NOT EXISTS FOR (n:Skill) ON (n.category);
DROP INDEX search_names IF EXISTS;
CREATE FULLTEXT INDEX search_titles IF NOT EXISTS
FOR (n:Role|Skill|Company|Certification|Course|Platform) ON EACH [n.title, n.name, n.aliases, n.alternateTitles];
CREATE FULLTEXT INDEX role_titles IF NOT EXISTS FOR (n:Role) ON EACH [n.title, n.aliases, n.alternateTitles];
CREATE FULLTEXT INDEX skill_names IF NOT EXISTS FOR (n:Skill) ON EACH [n.name, n.aliases];
