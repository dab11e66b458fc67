// The O*NET import of the real 29.3 release the project ships (Excel layout, data/onet-29.3, gzip-compressed), as
// `npm start` runs it on a graph without O*NET; and removing the import leaves the curated seed as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_RELEASE_DIR } from '../../src/import/onet/files.js';
import { importOnet, removeOnetImport, type ImportReport } from '../../src/import/onet/import.js';
import { importShippedReleaseIfMissing } from '../../src/import/onet/on-start.js';
import { countGraph } from '../../src/seed/run.js';
import { api, read, seedCounts, useApiWithoutOnet } from '../support/onet-import.js';

useApiWithoutOnet();

describe('importing the real O*NET 29.3 release the project ships (Excel layout, data/onet-29.3)', () => {
  let report: ImportReport;
  const startLog: string[] = [];

  beforeAll(async () => {
    await removeOnetImport(api.database);
    // What `npm start` does on a graph without O*NET.
    report = (await importShippedReleaseIfMissing(api.database, (line) => startLog.push(line)))!;
  }, 300_000);

  it('is what npm start imports into a graph without O*NET, with a summary, and only once', async () => {
    expect(report.folder).toBe(SHIPPED_RELEASE_DIR);
    expect(startLog[0]).toMatch(/^No O\*NET data in the graph yet: importing the shipped O\*NET 29\.3 release/);
    const summary = startLog.at(-1)!.split('\n');
    expect(summary[0]).toMatch(
      /^Imported O\*NET 29\.3 in [\d.]+ s: 1,016 occupations, [\d,]+ skills and technologies, 18,460 related-occupation transitions\.$/,
    );
    expect(summary[1]).toMatch(/^Graph now: 1,020 roles, [\d,]+ skills, 18,465 transitions, [\d,]+ skill requirements\.$/);
    expect(startLog.filter((line) => line.startsWith('[onet] ')).length).toBeGreaterThan(10);
    const again: string[] = [];
    expect(await importShippedReleaseIfMissing(api.database, (line) => again.push(line))).toBeUndefined();
    expect(again).toEqual([`The graph holds O*NET 29.3 (imported ${report.importedAt}): not importing again (npm run import:onet re-imports).`]);
  });

  it('imports 1,016 occupations, 18,460 related-occupation transitions and the rated skills', async () => {
    expect(report.layout).toBe('excel');
    expect(report.rowsRead).toMatchObject({
      'Occupation Data.txt': 1016,
      'Related Occupations.txt': 18460,
      'Skills.txt': 61530,
      'Knowledge.txt': 58014,
      'Technology Skills.txt': 32681,
      'Alternate Titles.txt': 56560,
    });
    const [counts] = await read(`
      RETURN COUNT { (r:Role {source: "onet"}) } AS roles,
             COUNT { (:Role {source: "onet"})-[t:TRANSITIONS_TO]->(:Role {source: "onet"}) WHERE t.tier IS NOT NULL } AS related,
             COUNT { (:Role {source: "onet"})-[:REQUIRES {importance: "REQUIRED", source: "onet"}]->() } AS required,
             COUNT { (:Role {source: "onet"})-[:REQUIRES {importance: "REQUIRED", source: "derived"}]->() } AS derived,
             COUNT { (:Role {source: "onet"})-[:REQUIRES {importance: "DIFFERENTIATING"}]->() } AS technologies,
             COUNT { (s:Skill {source: "onet"}) WHERE s.category IN ["SKILL", "KNOWLEDGE"] } AS elements,
             COUNT { (s:Skill {category: "TECHNOLOGY_CLASS"}) } AS classes,
             COUNT { (:Skill {source: "onet"})-[:PART_OF {source: "onet"}]->(:Skill {category: "TECHNOLOGY_CLASS"}) } AS areas`);
    // 137 occupations without ratings get derived requirements; Models (41-9012.00), rated below 3.0 throughout,
    // get their 3 highest. The 5 technologies on curated skills get no class.
    expect(counts).toEqual({
      roles: 1016,
      related: 18460,
      required: 19178,
      derived: 3070,
      technologies: 32681,
      elements: 68,
      classes: 134,
      areas: 8770,
    });
    expect(report.written).toMatchObject({
      roles: 1016,
      transitions: 18460,
      'required skills': 19178,
      'technology requirements': 32681,
      'technology classes': 134,
      'technology areas': 8770,
      'derived requirements': 3070,
    });
    expect(report.keptOthers['technology areas']).toBe(5);
    expect(report.mapping).toMatchObject({ occupationsDerived: 137, ratedBelowThreshold: 1 });
    expect(report.rolesWithoutRequired).toEqual({ count: 0, examples: [] });
    const [python] = await read(
      'MATCH (s:Skill {id: "python"}) RETURN EXISTS { (s)-[:PART_OF]->(:Skill {category: "TECHNOLOGY_CLASS"}) } AS hasClass',
    );
    expect(python.hasClass).toBe(false);
    const [csharp] = await read('MATCH (:Skill {id: "csharp"})-[:PART_OF]->(c:Skill) RETURN c.name AS name');
    expect(csharp.name).toBe('Object or component oriented development software');
    // 8,775 distinct technologies; the ones the seed already has (python, cpp, ...) keep their curated properties.
    expect(report.written.technologies + report.keptOthers.technologies).toBe(8775);
    expect(report.keptOthers.technologies).toBeGreaterThanOrEqual(2);
    expect(report.curated.specializations).toEqual(['embedded-software-engineer', 'ml-engineer']);
    expect(report.curated.nearestOccupation).toHaveLength(4);
    expect(report.notFound).toBe(0);
  });

  it('is idempotent on the real release: a second run leaves identical counts', async () => {
    const before = await countGraph(api.database);
    const again = await importOnet(api.database, SHIPPED_RELEASE_DIR);
    expect(await countGraph(api.database)).toEqual(before);
    expect(again.pruned).toEqual({ relationships: 0, nodes: 0 });
  }, 300_000);

  it('careerPath runs from Electrical Engineers (17-2071.00) to Senior Edge AI Engineer through Embedded Software Engineer', async () => {
    const { data, errors } = await api.query(`{
      careerPath(from: "onet-17-2071-00", to: "senior-edge-ai-engineer") { totalSteps roles { id } steps { kind } }
    }`);
    expect(errors).toBeUndefined();
    const ids = data!.careerPath.roles.map((r: any) => r.id);
    expect(ids[0]).toBe('onet-17-2071-00');
    expect(ids.slice(-4)).toEqual(['onet-15-1252-00', 'embedded-software-engineer', 'edge-ai-engineer', 'senior-edge-ai-engineer']);
    expect(data!.careerPath.totalSteps).toBe(5);
  });
});

describe('removeOnetImport', () => {
  it('leaves the curated seed exactly as it was before the import', async () => {
    await removeOnetImport(api.database);
    expect(await countGraph(api.database)).toEqual(seedCounts);
  });
});
