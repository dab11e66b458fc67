// Lookup indexes for filters, and one full-text index over names, titles and aliases for search.
CREATE INDEX role_soc_code IF NOT EXISTS FOR (n:Role) ON (n.socCode);
CREATE INDEX role_source IF NOT EXISTS FOR (n:Role) ON (n.source);
CREATE INDEX skill_category IF NOT EXISTS FOR (n:Skill) ON (n.category);
CREATE FULLTEXT INDEX search_names IF NOT EXISTS
FOR (n:Role|Skill|Company|Certification|Course|Platform) ON EACH [n.title, n.name, n.aliases];
