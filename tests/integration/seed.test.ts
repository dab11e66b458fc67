// The curated seed in the real Neo4j: complete, idempotent, and all-or-nothing when a file is bad.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/db/migrate.js';
import { countGraph, SEED_DIR, seedDatabase } from '../../src/seed/run.js';
import { testDriver } from '../support/api.js';

let driver: Driver;
let db: Database;

async function read(query: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(query, params);
  return records.map((r) => r.toObject());
}

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver);
  db = new Database(driver, { queryTimeoutMs: 10_000 });
  await seedDatabase(db);
});

afterAll(async () => {
  await driver.close();
});

describe('the seeded Edge AI Engineer career page', () => {
  it('has the four roles of the page with the ladder experience ranges', async () => {
    const roles = await read(
      'MATCH (r:Role) WHERE r.source IN ["stated", "derived"] RETURN r.id AS id, r.experienceMinYears AS min, r.experienceMaxYears AS max ORDER BY id',
    );
    expect(roles).toEqual([
      { id: 'edge-ai-engineer', min: 2, max: 6 },
      { id: 'embedded-software-engineer', min: 0, max: 3 },
      { id: 'ml-engineer', min: null, max: null },
      { id: 'senior-edge-ai-engineer', min: 5, max: 9 },
    ]);
  });

  it('has the Edge AI Engineer facts: pay, outlook, AI impact and three salary bands', async () => {
    const [role] = await read('MATCH (r:Role {id: "edge-ai-engineer"}) RETURN r {.medianPayUsd, .growthOutlook, .aiImpactScore, .isEntryLevel} AS r');
    expect(role.r).toEqual({ medianPayUsd: 175000, growthOutlook: 'high', aiImpactScore: 30, isEntryLevel: false });
    const bands = await read(
      'MATCH (:Role {id: "edge-ai-engineer"})-[:HAS_SALARY_BAND]->(b) RETURN b.level AS level, b.minUsd AS min, b.maxUsd AS max ORDER BY min',
    );
    expect(bands).toEqual([
      { level: 'MID', min: 140000, max: 195000 },
      { level: 'SENIOR', min: 185000, max: 255000 },
      { level: 'STAFF', min: 240000, max: 360000 },
    ]);
  });

  it('has both stated transitions and the derived promotion, with months, ranges and key artifacts', async () => {
    const transitions = await read(`
      MATCH (a:Role)-[t:TRANSITIONS_TO]->(b:Role)
      RETURN a.id AS from, b.id AS to, t.monthsTypical AS typical, t.monthsMin AS min, t.monthsMax AS max,
             t.kind AS kind, t.source AS source, size(t.keyArtifacts) AS artifacts
      ORDER BY from`);
    expect(transitions).toEqual([
      {
        from: 'edge-ai-engineer',
        to: 'senior-edge-ai-engineer',
        typical: 42,
        min: 36,
        max: 48,
        kind: 'PROMOTION',
        source: 'derived',
        artifacts: expect.any(Number),
      },
      {
        from: 'embedded-software-engineer',
        to: 'edge-ai-engineer',
        typical: 6,
        min: 4,
        max: 8,
        kind: 'CAREER_CHANGE',
        source: 'stated',
        artifacts: 3,
      },
      { from: 'ml-engineer', to: 'edge-ai-engineer', typical: 8, min: 6, max: 10, kind: 'CAREER_CHANGE', source: 'stated', artifacts: 3 },
    ]);
  });

  it('has every hiring company, every certification with its issuer, both courses', async () => {
    const hiring = await read('MATCH (c:Company)-[:HIRES_FOR]->(:Role {id: "edge-ai-engineer"}) RETURN c.id AS id ORDER BY id');
    expect(hiring.map((r) => r.id)).toEqual([
      'amazon',
      'apple',
      'arm',
      'bosch',
      'crowdstrike',
      'google',
      'microsoft',
      'nvidia',
      'palo-alto-networks',
      'qualcomm',
      'sentinelone',
      'siemens',
    ]);
    const certs = await read('MATCH (c:Certification)-[:ISSUED_BY]->(i:Company) RETURN c.name AS name, i.name AS issuer ORDER BY name');
    expect(certs).toEqual([
      { name: 'AWS Certified Machine Learning Engineer Associate', issuer: 'Amazon Web Services' },
      { name: 'Arm ML Developer Certification', issuer: 'Arm' },
      { name: 'NVIDIA Jetson AI Specialist', issuer: 'NVIDIA' },
      { name: 'TensorFlow Developer Certificate', issuer: 'Google' },
    ]);
    const courses = await read('MATCH (c:Course)-[:RECOMMENDED_FOR]->(:Role {id: "edge-ai-engineer"}) RETURN c.id AS id ORDER BY id');
    expect(courses.map((r) => r.id)).toEqual(['edge-ai-and-cybersecurity-endpoint-detection', 'fastai-practical-deep-learning-for-coders']);
  });

  it('has the runtimes with their execution providers, the profiling tools and the hardware platforms', async () => {
    const providers = await read('MATCH (:Skill {id: "onnx-runtime"})-[:HAS_EXECUTION_PROVIDER]->(e) RETURN e.id AS id ORDER BY id');
    expect(providers.map((r) => r.id)).toEqual(['coreml-execution-provider', 'cuda-execution-provider', 'nnapi-execution-provider']);
    const runtimes = await read('MATCH (s:Skill)-[:PART_OF]->(:Skill {id: "edge-inference-runtimes"}) RETURN s.id AS id ORDER BY id');
    expect(runtimes.map((r) => r.id)).toEqual(['executorch', 'onnx-runtime', 'tensorflow-lite', 'tensorrt']);
    const profilers = await read('MATCH (s:Skill {category: "PROFILING_TOOL", areaId: "profiling-tools"}) RETURN count(s) AS n');
    expect(profilers[0].n).toBe(5);
    const platforms = await read('MATCH (:Role {id: "edge-ai-engineer"})-[:TARGETS]->(p:Platform) RETURN collect(p.id) AS ids');
    expect(platforms[0].ids).toEqual(
      expect.arrayContaining(['nvidia-jetson', 'qualcomm-snapdragon-npu', 'apple-neural-engine', 'raspberry-pi', 'arm-cortex-m55-ethos-u55']),
    );
  });

  it('labels HasParts exactly the skills another skill is part of', async () => {
    const [mismatched] = await read('MATCH (s:Skill) WHERE s:HasParts <> EXISTS { (s)<-[:PART_OF]-(:Skill) } RETURN count(s) AS n');
    expect(mismatched.n).toBe(0);
    const [broader] = await read('MATCH (s:HasParts) RETURN count(s) AS n');
    expect(broader.n).toBeGreaterThan(5);
  });

  it('separates required skills from differentiators', async () => {
    const rows = await read('MATCH (:Role {id: "edge-ai-engineer"})-[r:REQUIRES {importance: "DIFFERENTIATING"}]->(s) RETURN s.id AS id ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(['edr-behavioral-detection', 'federated-learning', 'fpga-acceleration', 'rust-embedded-inference']);
  });

  it('records on every node and relationship whether the page states it or the project derived it', async () => {
    const [nodes] = await read('MATCH (n) WHERE NOT n.source IN ["stated", "derived"] RETURN count(n) AS n');
    const [rels] = await read('MATCH ()-[r]->() WHERE NOT r.source IN ["stated", "derived"] RETURN count(r) AS n');
    expect(nodes.n).toBe(0);
    expect(rels.n).toBe(0);
  });
});

describe('npm run seed', () => {
  it('is idempotent: a second run leaves the same node and relationship counts', async () => {
    const before = await countGraph(db);
    await seedDatabase(db);
    expect(await countGraph(db)).toEqual(before);
  });

  it('rejects a bad seed file naming file, entry and field, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bad-seed-'));
    try {
      await cp(SEED_DIR, dir, { recursive: true });
      const file = join(dir, 'transitions.json');
      const data = JSON.parse(await readFile(file, 'utf8'));
      data.transitions[1].monthsMin = 99;
      await writeFile(file, JSON.stringify(data, null, 2));
      // A valid new role in another file would be written if the seed wrote anything before failing.
      const rolesFile = join(dir, 'roles.json');
      const roles = JSON.parse(await readFile(rolesFile, 'utf8'));
      roles.roles.push({ ...roles.roles[1], id: 'should-never-be-written' });
      await writeFile(rolesFile, JSON.stringify(roles, null, 2));

      const before = await countGraph(db);
      await expect(seedDatabase(db, dir)).rejects.toThrow(/transitions\.json: transitions\[1\] \(ml-engineer -> edge-ai-engineer\): monthsMin/);
      expect(await countGraph(db)).toEqual(before);
      expect(await read('MATCH (r:Role {id: "should-never-be-written"}) RETURN r')).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
