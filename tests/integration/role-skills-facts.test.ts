// Role.skills reads each requirement's facts and each skill's properties by position (cypher/roles/skill-requirements):
// every selected fact and property must land on its own field, at both grains, for skills, their areas and parts,
// and on a graph written before skills carried the HasParts label, once the start has migrated it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.js';
import { applySchema } from '../../src/db/migrate.js';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;

// A role that requires a leaf skill inside an area (facts-leaf, area facts-area), a skill with no area
// (facts-alone), and an area directly (facts-group, with two parts).
beforeAll(async () => {
  api = await startTestApi();
  await api.driver.executeQuery(
    `CREATE (role:Role {id: 'facts-role', title: 'Facts Role', source: 'derived'})
     CREATE (area:Skill {id: 'facts-area', name: 'Facts Area', category: 'AREA_CAT', description: 'the area', source: 'derived'})
     CREATE (leaf:Skill {id: 'facts-leaf', name: 'Facts Leaf', category: 'LEAF_CAT', description: 'the leaf', source: 'derived'})
     CREATE (alone:Skill {id: 'facts-alone', name: 'Facts Alone', category: 'ALONE_CAT', description: 'alone', source: 'derived'})
     CREATE (group:Skill {id: 'facts-group', name: 'Facts Group', category: 'GROUP_CAT', description: 'the group', source: 'derived'})
     CREATE (p1:Skill {id: 'facts-part-1', name: 'Facts Part 1', category: 'PART_CAT', description: 'part one', source: 'derived'})
     CREATE (p2:Skill {id: 'facts-part-2', name: 'Facts Part 2', category: 'PART_CAT', description: 'part two', source: 'derived'})
     CREATE (leaf)-[:PART_OF {source: 'derived'}]->(area)
     CREATE (p1)-[:PART_OF {source: 'derived'}]->(group)
     CREATE (p2)-[:PART_OF {source: 'derived'}]->(group)
     CREATE (role)-[:REQUIRES {importance: 'REQUIRED', importanceScore: 4.5, level: 5.0, detail: 'leaf detail', source: 'stated'}]->(leaf)
     CREATE (role)-[:REQUIRES {importance: 'DIFFERENTIATING', importanceScore: 2.0, level: 1.5, detail: 'alone detail', source: 'derived'}]->(alone)
     CREATE (role)-[:REQUIRES {importance: 'REQUIRED', importanceScore: 3.0, level: 3.5, detail: 'group detail', source: 'stated'}]->(group)`,
  );
  await api.driver.executeQuery(cypher('skills/assign-areas'));
});

afterAll(async () => {
  await api.driver.executeQuery(`MATCH (n) WHERE n.id STARTS WITH 'facts-' DETACH DELETE n`);
  await api.close();
});

const QUERY = `{
  role(id: "facts-role") {
    areas: skills { importance importanceScore level detail source skill { id name category description area { id } } }
    skills: skills(grain: SKILL) { importance importanceScore level detail source skill { id category description area { id } } }
    required: skills(importance: REQUIRED) { skill { id category } }
  }
}`;

const skill = (id: string, category: string, description: string, area: string | null) => ({ id, category, description, area: area && { id: area } });

describe('Role.skills facts and properties', () => {
  it('puts every selected fact and property on its own field, at the area and the skill grain', async () => {
    const response = await api.query(QUERY);
    expect(response.errors).toBeUndefined();
    const role = response.data!.role;
    // Area grain: the leaf counts as its area (rolled up: no detail of its own), the others as themselves.
    expect(role.areas).toEqual([
      {
        importance: 'REQUIRED',
        importanceScore: 4.5,
        level: 5,
        detail: null,
        source: 'stated',
        skill: { ...skill('facts-area', 'AREA_CAT', 'the area', null), name: 'Facts Area' },
      },
      {
        importance: 'REQUIRED',
        importanceScore: 3,
        level: 3.5,
        detail: 'group detail',
        source: 'stated',
        skill: { ...skill('facts-group', 'GROUP_CAT', 'the group', null), name: 'Facts Group' },
      },
      {
        importance: 'DIFFERENTIATING',
        importanceScore: 2,
        level: 1.5,
        detail: 'alone detail',
        source: 'derived',
        skill: { ...skill('facts-alone', 'ALONE_CAT', 'alone', null), name: 'Facts Alone' },
      },
    ]);
    // Skill grain: the leaf as stored, the directly required group as its parts (with the group's facts).
    const partFacts = { importance: 'REQUIRED', importanceScore: 3, level: 3.5, detail: null, source: 'stated' };
    expect(role.skills).toEqual([
      {
        importance: 'REQUIRED',
        importanceScore: 4.5,
        level: 5,
        detail: 'leaf detail',
        source: 'stated',
        skill: skill('facts-leaf', 'LEAF_CAT', 'the leaf', 'facts-area'),
      },
      { ...partFacts, skill: skill('facts-part-1', 'PART_CAT', 'part one', 'facts-group') },
      { ...partFacts, skill: skill('facts-part-2', 'PART_CAT', 'part two', 'facts-group') },
      {
        importance: 'DIFFERENTIATING',
        importanceScore: 2,
        level: 1.5,
        detail: 'alone detail',
        source: 'derived',
        skill: skill('facts-alone', 'ALONE_CAT', 'alone', null),
      },
    ]);
    expect(role.required.map((r: { skill: { id: string } }) => r.skill.id)).toEqual(['facts-area', 'facts-group']);
  });

  it('answers the same on a graph written before skills carried the HasParts label, once the start has migrated it', async () => {
    const before = await api.query(QUERY);
    // As earlier versions left it: the group with the fact as a property (hasParts), the area with nothing at all.
    await api.driver.executeQuery(`MATCH (s:HasParts) WHERE s.id STARTS WITH 'facts-' REMOVE s:HasParts`);
    await api.driver.executeQuery(`MATCH (s:Skill {id: 'facts-group'}) SET s.hasParts = true`);
    try {
      const unmigrated = await api.query(QUERY);
      const partsOf = (data: typeof before.data) => data!.role.skills.filter((r: { skill: { id: string } }) => r.skill.id.startsWith('facts-part'));
      expect(partsOf(unmigrated.data)).toEqual([]);
      await applySchema(api.driver);
      const migrated = await api.query(QUERY);
      expect(migrated.errors).toBeUndefined();
      expect(migrated.data).toEqual(before.data);
      expect(partsOf(migrated.data).length).toBe(2);
      const { records } = await api.driver.executeQuery(
        `MATCH (s:Skill) WHERE s.id STARTS WITH 'facts-' AND (s:HasParts OR s.hasParts IS NOT NULL) RETURN s.id AS id, s.hasParts AS flag ORDER BY id`,
      );
      expect(records.map((r) => [r.get('id'), r.get('flag')])).toEqual([
        ['facts-area', null],
        ['facts-group', null],
      ]);
    } finally {
      await api.driver.executeQuery(cypher('skills/assign-areas'));
    }
  });
});
