// Path planning and analytics on the seed graph over HTTP, with every bound and error code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.close();
});

const ROUTE_FIELDS = `
  roles { id }
  totalSteps
  totalMonths { typical min max }
  totalSkillsToLearn
  steps { from { title } to { title } months { typical min max } kind skillsToLearn { id } leaves: skillsToLearn(grain: SKILL) { id } certifications { id } courses { id } }`;

describe('careerPaths on the seed graph', () => {
  for (const optimize of ['STEPS', 'MONTHS', 'SKILLS_TO_LEARN']) {
    it(`routes Embedded Software Engineer to Senior Edge AI Engineer by ${optimize}, with the skills to learn on each step`, async () => {
      const { data, errors } = await api.query(
        `query($optimize: PathOptimization) { careerPaths(from: "embedded-software-engineer", to: "senior-edge-ai-engineer", optimize: $optimize) { ${ROUTE_FIELDS} } }`,
        { optimize },
      );
      expect(errors).toBeUndefined();
      expect(data!.careerPaths).toHaveLength(1);
      const [route] = data!.careerPaths;
      expect(route.roles.map((r: any) => r.id)).toEqual(['embedded-software-engineer', 'edge-ai-engineer', 'senior-edge-ai-engineer']);
      expect(route.totalMonths).toEqual({ typical: 48, min: 40, max: 56 });
      const [toEdge, promotion] = route.steps;
      // Skill areas, the page's stated gap first (quantization theory and model selection are model compression).
      expect(toEdge.skillsToLearn.map((s: any) => s.id)).toEqual([
        'model-compression',
        'python-model-preparation',
        'edge-inference-runtimes',
        'profiling-tools',
        'ota-update-pipeline-design',
      ]);
      expect(toEdge.leaves.map((s: any) => s.id)).toEqual(expect.arrayContaining(['quantization-theory', 'tensorflow-lite', 'nvidia-nsight']));
      expect(promotion.skillsToLearn.map((s: any) => s.id)).toEqual(['edge-ai-architecture', 'hardware-co-design', 'privacy-preserving-deployment']);
      expect(route.totalSkillsToLearn).toBe(8);
      expect(toEdge.certifications.map((c: any) => c.id)).toContain('nvidia-jetson-ai-specialist');
      expect(toEdge.courses.map((c: any) => c.id)).toContain('fastai-practical-deep-learning-for-coders');
    });
  }

  it('counts fewer skills to learn for skills the person already has', async () => {
    const query = `query($known: [ID!]) { careerPaths(from: "embedded-software-engineer", to: "edge-ai-engineer", optimize: SKILLS_TO_LEARN, knownSkills: $known) { totalSkillsToLearn steps { skillsToLearn { id } } } }`;
    const plain = await api.query(query, { known: [] });
    // Knowing a part of an area (or the area itself) counts as having the area.
    const personal = await api.query(query, { known: ['quantization-theory', 'profiling-tools'] });
    expect(personal.data!.careerPaths[0].totalSkillsToLearn).toBe(plain.data!.careerPaths[0].totalSkillsToLearn - 2);
    expect(personal.data!.careerPaths[0].steps[0].skillsToLearn.map((s: any) => s.id)).not.toContain('model-compression');
  });

  it('finds no route through an avoided role', async () => {
    const { data } = await api.query(
      `{ careerPaths(from: "embedded-software-engineer", to: "senior-edge-ai-engineer", avoid: ["edge-ai-engineer"]) { totalSteps } }`,
    );
    expect(data!.careerPaths).toEqual([]);
  });

  it('finds no route longer than maxSteps', async () => {
    const { data } = await api.query(
      `{ careerPaths(from: "embedded-software-engineer", to: "senior-edge-ai-engineer", maxSteps: 1) { totalSteps } }`,
    );
    expect(data!.careerPaths).toEqual([]);
  });
});

describe('skill analytics on the seed graph', () => {
  it('skillGap lists what an embedded engineer must learn for Edge AI, required first, with what teaches it', async () => {
    const { data, errors } = await api.query(`{
      skillGap(from: "embedded-software-engineer", to: "edge-ai-engineer") {
        from { id } to { id }
        toLearn { skill { id } importance isFocus certifications { id } courses { id } }
        notUsed { id }
      }
    }`);
    expect(errors).toBeUndefined();
    const gap = data!.skillGap;
    const importances = gap.toLearn.map((g: any) => g.importance);
    expect(importances.indexOf('DIFFERENTIATING')).toBeGreaterThan(importances.lastIndexOf('REQUIRED'));
    const ids = gap.toLearn.map((g: any) => g.skill.id);
    expect(ids).toEqual([
      'model-compression',
      'python-model-preparation',
      'edge-inference-runtimes',
      'profiling-tools',
      'ota-update-pipeline-design',
      'edr-behavioral-detection',
      'federated-learning',
      'rust-embedded-inference',
      'fpga-acceleration',
    ]);
    expect(gap.toLearn.slice(0, 2).map((g: any) => g.isFocus)).toEqual([true, true]);
    // A certification for a part (TensorRT) helps with its area (edge inference runtimes).
    const runtimes = gap.toLearn.find((g: any) => g.skill.id === 'edge-inference-runtimes');
    expect(runtimes.certifications.map((c: any) => c.id)).toEqual(['nvidia-jetson-ai-specialist']);
    const preparation = gap.toLearn.find((g: any) => g.skill.id === 'python-model-preparation');
    expect(preparation.certifications.map((c: any) => c.id)).toEqual(['tensorflow-developer-certificate']);
    expect(gap.notUsed.map((s: any) => s.id)).toEqual(['device-software-development', 'firmware-integration', 'cpp']);
  });

  it('skillOverlap gives every pair its shared skills and Jaccard index', async () => {
    const { data, errors } = await api.query(`{
      skillOverlap(roles: ["edge-ai-engineer", "senior-edge-ai-engineer", "embedded-software-engineer"]) {
        a { id } b { id } sharedCount jaccard sharedSkills(first: 2) { id }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.skillOverlap.map((p: any) => [p.a.id, p.b.id])).toEqual([
      ['edge-ai-engineer', 'senior-edge-ai-engineer'],
      ['edge-ai-engineer', 'embedded-software-engineer'],
      ['senior-edge-ai-engineer', 'embedded-software-engineer'],
    ]);
    const [edgeSenior] = data!.skillOverlap;
    expect(edgeSenior.jaccard).toBeCloseTo(8 / 11, 10); // the 8 areas shared; the senior rung adds 3
    expect(edgeSenior.sharedSkills).toHaveLength(2);
  });

  it('similarRoles puts Senior Edge AI Engineer first for Edge AI Engineer, with shared and missing skills', async () => {
    const { data } = await api.query(
      `{ similarRoles(role: "edge-ai-engineer", first: 3) { role { id } score sharedSkills { id } missingSkills { id } } }`,
    );
    const [top] = data!.similarRoles;
    expect(top.role.id).toBe('senior-edge-ai-engineer');
    expect(top.missingSkills.map((s: any) => s.id).sort()).toEqual(['edge-ai-architecture', 'hardware-co-design', 'privacy-preserving-deployment']);
    expect(data!.similarRoles.map((r: any) => r.score)).toEqual([...data!.similarRoles.map((r: any) => r.score)].sort((a, b) => b - a));
  });

  it('recommendRoles lists roles the skills cover part of, optionally reachable from a role', async () => {
    const { data, errors } = await api.query(`{
      all: recommendRoles(skills: ["cpp", "python", "cross-compilation"], first: 2) { role { id } coverage coveredSkills { id } }
      reachable: recommendRoles(skills: ["inference-runtime-integration"], from: "embedded-software-engineer", maxSteps: 1) {
        role { id } steps coveredSkills { id }
      }
    }`);
    expect(errors).toBeUndefined();
    for (const row of data!.all) {
      expect(row.coverage).toBeGreaterThan(0);
      expect(row.coveredSkills.length).toBeGreaterThan(0);
    }
    // A part of an area covers the area: Edge AI Engineer requires cpp-inference-integration.
    expect(data!.reachable).toEqual([{ role: { id: 'edge-ai-engineer' }, steps: 1, coveredSkills: [{ id: 'cpp-inference-integration' }] }]);
  });

  it('skillDemand ranks skills by the roles that require them', async () => {
    const { data } = await api.query(`{ skillDemand(first: 5) { skill { id } roleCount transitionCount } }`);
    expect(data!.skillDemand).toHaveLength(5);
    expect(data!.skillDemand[0].roleCount).toBeGreaterThanOrEqual(data!.skillDemand[4].roleCount);
  });
});

describe('bounds and errors', () => {
  const cases: [string, string, string][] = [
    [
      'careerPaths first above 10',
      `{ careerPaths(from: "ml-engineer", to: "edge-ai-engineer", first: 11) { totalSteps } }`,
      'first: must be an integer from 1 to 10 (got 11)',
    ],
    [
      'careerPaths first below 1',
      `{ careerPaths(from: "ml-engineer", to: "edge-ai-engineer", first: 0) { totalSteps } }`,
      'first: must be an integer from 1 to 10 (got 0)',
    ],
    [
      'careerPaths maxSteps above 8',
      `{ careerPaths(from: "ml-engineer", to: "edge-ai-engineer", maxSteps: 9) { totalSteps } }`,
      'maxSteps: must be an integer from 1 to 8 (got 9)',
    ],
    ['careerPaths from equal to to', `{ careerPaths(from: "ml-engineer", to: "ml-engineer") { totalSteps } }`, 'to: must differ from `from`'],
    [
      'unknown known skill',
      `{ careerPaths(from: "ml-engineer", to: "edge-ai-engineer", knownSkills: ["telepathy"]) { totalSteps } }`,
      'knownSkills: no skill with id or name "telepathy"',
    ],
    ['skillOverlap of one role', `{ skillOverlap(roles: ["ml-engineer"]) { jaccard } }`, 'roles: must list from 2 to 50 ids (got 1)'],
    [
      'skillOverlap with a repeated role',
      `{ skillOverlap(roles: ["ml-engineer", "ml-engineer"]) { jaccard } }`,
      'roles: lists ml-engineer more than once',
    ],
    ['similarRoles first above 50', `{ similarRoles(role: "ml-engineer", first: 51) { score } }`, 'first: must be an integer from 1 to 50 (got 51)'],
    [
      'recommendRoles maxSteps 0',
      `{ recommendRoles(skills: ["cpp"], from: "ml-engineer", maxSteps: 0) { coverage } }`,
      'maxSteps: must be an integer from 1 to 8 (got 0)',
    ],
    ['skillDemand first above 100', `{ skillDemand(first: 101) { roleCount } }`, 'first: must be an integer from 1 to 100 (got 101)'],
  ];
  for (const [name, query, message] of cases) {
    it(`refuses ${name} with BAD_USER_INPUT`, async () => {
      const { errors } = await api.query(query);
      expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(errors![0].message).toBe(message);
    });
  }

  it('refuses skillOverlap of 51 roles with BAD_USER_INPUT', async () => {
    const roles = Array.from({ length: 51 }, (_, i) => `role-${i}`);
    const { errors } = await api.query(`query($roles: [ID!]!) { skillOverlap(roles: $roles) { jaccard } }`, { roles });
    expect(errors![0].message).toBe('roles: must list from 2 to 50 ids (got 51)');
  });

  for (const query of [
    `{ careerPaths(from: "ml-engineer", to: "astronaut") { totalSteps } }`,
    `{ careerPaths(from: "ml-engineer", to: "edge-ai-engineer", avoid: ["astronaut"]) { totalSteps } }`,
    `{ skillGap(from: "astronaut", to: "ml-engineer") { toLearn { importance } } }`,
    `{ skillOverlap(roles: ["ml-engineer", "astronaut"]) { jaccard } }`,
    `{ similarRoles(role: "astronaut") { score } }`,
    `{ recommendRoles(skills: ["cpp"], from: "astronaut") { coverage } }`,
  ]) {
    it(`answers NOT_FOUND naming the unknown role in ${query.slice(2, query.indexOf('('))}`, async () => {
      const { errors } = await api.query(query);
      expect(errors![0].extensions!.code).toBe('NOT_FOUND');
      expect(errors![0].message).toBe('No role with id or name "astronaut"');
    });
  }
});

describe('query timeout', () => {
  it('stops a path query that outlives QUERY_TIMEOUT_MS, instead of hanging, and says so', async () => {
    const impatient = await startTestApi({ QUERY_TIMEOUT_MS: '1000' });
    // A migration holding the Role label's schema lock makes every query on roles wait: without a timeout,
    // the request would hang for as long as the lock is held.
    const session = impatient.driver.session();
    const migration = await session.beginTransaction();
    try {
      await migration.run('CREATE INDEX timeout_test_probe IF NOT EXISTS FOR (n:Role) ON (n.timeoutTestProbe)');
      const started = Date.now();
      const { errors } = await impatient.query(`{ careerPaths(from: "embedded-software-engineer", to: "senior-edge-ai-engineer") { totalSteps } }`);
      expect(errors![0].extensions!.code).toBe('QUERY_TIMEOUT');
      expect(errors![0].message).toMatch(/longer than the configured timeout/);
      const elapsed = Date.now() - started;
      console.log(`path query stopped after ${elapsed} ms (timeout 1000 ms; Neo4j checks timeouts every 2 s)`);
      expect(elapsed).toBeLessThan(8_000);
    } finally {
      await migration.rollback();
      await session.close();
      await impatient.close();
    }
  });
});
