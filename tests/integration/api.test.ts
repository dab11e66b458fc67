// Every read query of the foundation over HTTP, against the real seeded Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.close();
});

describe('careerPath', () => {
  it('returns the fewest-steps route from Embedded Software Engineer to Senior Edge AI Engineer with months per step', async () => {
    const { data, errors } = await api.query(`{
      careerPath(from: "embedded-software-engineer", to: "senior-edge-ai-engineer") {
        totalSteps
        totalMonths { typical min max }
        steps { from { id title } to { id title } months { typical min max } kind skillsToLearn { id name } }
      }
    }`);
    expect(errors).toBeUndefined();
    const route = data!.careerPath;
    expect(route.totalSteps).toBe(2);
    expect(route.steps.map((s: any) => [s.from.title, s.to.title])).toEqual([
      ['Embedded Software Engineer', 'Edge AI Engineer'],
      ['Edge AI Engineer', 'Senior Edge AI Engineer'],
    ]);
    expect(route.steps.map((s: any) => s.months)).toEqual([
      { typical: 6, min: 4, max: 8 },
      { typical: 42, min: 36, max: 48 },
    ]);
    expect(route.totalMonths).toEqual({ typical: 48, min: 40, max: 56 });
    expect(route.steps.map((s: any) => s.kind)).toEqual(['CAREER_CHANGE', 'PROMOTION']);
    const firstStepSkills = route.steps[0].skillsToLearn.map((s: any) => s.id);
    expect(firstStepSkills).toEqual(expect.arrayContaining(['python-model-preparation', 'model-compression', 'edge-inference-runtimes']));
    expect(firstStepSkills).not.toContain('cpp-inference-integration'); // an embedded engineer already integrates runtimes in C++
  });

  it('returns null when no route exists', async () => {
    const { data, errors } = await api.query(`{ careerPath(from: "senior-edge-ai-engineer", to: "ml-engineer") { totalSteps } }`);
    expect(errors).toBeUndefined();
    expect(data!.careerPath).toBeNull();
  });

  it('answers NOT_FOUND naming an unknown role id', async () => {
    const { errors } = await api.query(`{ careerPath(from: "astronaut", to: "edge-ai-engineer") { totalSteps } }`);
    expect(errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(errors![0].message).toContain('"astronaut"');
  });
});

describe('roles', () => {
  it('finds a role by id with its facts', async () => {
    const { data } = await api.query(`{ role(id: "edge-ai-engineer") {
      id title medianPayUsd growthOutlook isEntryLevel aiImpact { score level } experience { min max }
      salaryBands { level minUsd maxUsd experience { min max } }
      tracks { id partOf { id } }
    } }`);
    expect(data!.role).toMatchObject({
      id: 'edge-ai-engineer',
      title: 'Edge AI Engineer',
      medianPayUsd: 175000,
      growthOutlook: 'high',
      isEntryLevel: false,
      aiImpact: { score: 30, level: 'moderate' },
      experience: { min: 2, max: 6 },
    });
    expect(data!.role.salaryBands.map((b: any) => [b.level, b.minUsd, b.maxUsd])).toEqual([
      ['MID', 140000, 195000],
      ['SENIOR', 185000, 255000],
      ['STAFF', 240000, 360000],
    ]);
    expect(data!.role.tracks).toContainEqual({ id: 'ai-engineering', partOf: { id: 'applied-ai' } });
  });

  it('returns null for an unknown role id', async () => {
    const { data } = await api.query(`{ role(id: "nope") { id } }`);
    expect(data!.role).toBeNull();
  });

  it('pages through roles with cursors and a total count', async () => {
    const page1 = await api.query(`{ roles(first: 3) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`);
    const { roles } = page1.data!;
    expect(roles.totalCount).toBeGreaterThanOrEqual(4);
    expect(roles.edges.map((e: any) => e.node.id)).toEqual(['edge-ai-engineer', 'embedded-software-engineer', 'ml-engineer']);
    expect(roles.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.query(`query($after: String) { roles(first: 3, after: $after) { edges { node { id } } } }`, {
      after: roles.pageInfo.endCursor,
    });
    expect(page2.data!.roles.edges[0].node.id).toBe('senior-edge-ai-engineer');
  });

  it('filters roles by title, track and skill', async () => {
    const { data } = await api.query(`{
      byTitle: roles(filter: { titleContains: "edge ai" }) { totalCount }
      bySkill: roles(filter: { skill: "cpp" }) { edges { node { id } } }
      byTrack: roles(filter: { track: "ai-engineering" }) { totalCount }
    }`);
    expect(data!.byTitle.totalCount).toBe(2);
    expect(data!.bySkill.edges.map((e: any) => e.node.id)).toContain('embedded-software-engineer');
    expect(data!.byTrack.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('follows relationships both ways', async () => {
    const { data, errors } = await api.query(`{
      role(id: "edge-ai-engineer") {
        skills(importance: DIFFERENTIATING) { skill { id } importance }
        hiringCompanies { id }
        previousRoles { from { id } months { typical } keyArtifacts focusSkills { id } }
        nextRoles { to { id } kind }
        certifications { id issuer { id } }
        courses { id teaches { id } }
        platforms { id vendor { id } }
      }
      skill(id: "onnx-runtime") { name category area { id } parts { id } executionProviders { id } }
      area: skill(id: "edge-inference-runtimes") { roles { role { id } importance } parts { id } }
      company(id: "nvidia") { roles { id } certifications { id } platforms { id } }
      platform(id: "nvidia-jetson") { roles { id } skills { id } }
      certification(id: "nvidia-jetson-ai-specialist") { validatesSkills { id } validatesRoles { id } }
      course(id: "fastai-practical-deep-learning-for-coders") { recommendedFor { id } }
    }`);
    expect(errors).toBeUndefined();
    const role = data!.role;
    expect(role.skills.every((s: any) => s.importance === 'DIFFERENTIATING')).toBe(true);
    expect(role.hiringCompanies).toHaveLength(12);
    expect(role.previousRoles.map((t: any) => t.from.id).sort()).toEqual(['embedded-software-engineer', 'ml-engineer']);
    expect(role.previousRoles[0].keyArtifacts).toHaveLength(3);
    expect(role.nextRoles).toEqual([{ to: { id: 'senior-edge-ai-engineer' }, kind: 'PROMOTION' }]);
    expect(role.certifications).toHaveLength(4);
    expect(role.courses).toHaveLength(2);
    expect(role.platforms.find((p: any) => p.id === 'nvidia-jetson').vendor).toEqual({ id: 'nvidia' });
    expect(data!.skill.category).toBe('INFERENCE_RUNTIME');
    expect(data!.skill.area).toEqual({ id: 'edge-inference-runtimes' });
    expect(data!.skill.parts.map((p: any) => p.id).sort()).toEqual([
      'coreml-execution-provider',
      'cuda-execution-provider',
      'nnapi-execution-provider',
    ]);
    expect(data!.area.roles.map((r: any) => r.role.id)).toContain('edge-ai-engineer');
    expect(data!.area.parts.map((p: any) => p.id).sort()).toEqual(['executorch', 'onnx-runtime', 'tensorflow-lite', 'tensorrt']);
    expect(data!.skill.executionProviders).toHaveLength(3);
    expect(data!.company.roles.map((r: any) => r.id)).toContain('edge-ai-engineer');
    expect(data!.company.certifications).toEqual([{ id: 'nvidia-jetson-ai-specialist' }]);
    expect(data!.company.platforms.map((p: any) => p.id)).toContain('nvidia-jetson');
    expect(data!.platform.roles.map((r: any) => r.id)).toContain('edge-ai-engineer');
    expect(data!.platform.skills.map((s: any) => s.id)).toContain('tensorrt');
    expect(data!.certification.validatesRoles.map((r: any) => r.id)).toContain('edge-ai-engineer');
    expect(data!.course.recommendedFor).toEqual([{ id: 'edge-ai-engineer' }]);
  });
});

describe('catalog connections and search', () => {
  it('pages skills, companies, certifications, courses and platforms', async () => {
    const { data, errors } = await api.query(`{
      skills(first: 2, filter: { category: "INFERENCE_RUNTIME" }) { totalCount edges { node { id } } pageInfo { hasNextPage } }
      companies(first: 50) { totalCount }
      certifications { totalCount edges { node { id } } }
      courses { totalCount }
      platforms(filter: { nameContains: "jetson" }) { edges { node { id } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.skills.totalCount).toBe(5); // the four runtimes and their area
    expect(data!.skills.edges.map((e: any) => e.node.id)).toEqual(['edge-inference-runtimes', 'executorch']);
    expect(data!.skills.pageInfo.hasNextPage).toBe(true);
    expect(data!.companies.totalCount).toBeGreaterThanOrEqual(13);
    expect(data!.certifications.totalCount).toBe(4);
    expect(data!.courses.totalCount).toBe(2);
    expect(data!.platforms.edges).toEqual([{ node: { id: 'nvidia-jetson' } }]);
  });

  it("lists the roles that name a skill's area among the skill's roles, after those that name the skill", async () => {
    const { data, errors } = await api.query(`{
      skill(id: "onnx-runtime") {
        roles { role { id } skill { id } importance }
        direct: roles(includeWholes: false) { role { id } }
      }
      area: skill(id: "edge-inference-runtimes") { roles { role { id } skill { id } } }
    }`);
    expect(errors).toBeUndefined();
    // The career page's roles require the area edge inference runtimes, which ONNX Runtime is part of.
    expect(data!.skill.roles).toEqual([
      { role: { id: 'edge-ai-engineer' }, skill: { id: 'edge-inference-runtimes' }, importance: 'REQUIRED' },
      { role: { id: 'senior-edge-ai-engineer' }, skill: { id: 'edge-inference-runtimes' }, importance: 'REQUIRED' },
    ]);
    expect(data!.skill.direct).toEqual([]);
    expect(data!.area.roles.map((r: any) => [r.role.id, r.skill.id])).toEqual([
      ['edge-ai-engineer', 'edge-inference-runtimes'],
      ['senior-edge-ai-engineer', 'edge-inference-runtimes'],
    ]);
  });

  it('lists a role that names both a skill and its area once, by the skill', async () => {
    const role = { id: 'api-test-runtime-and-area', title: 'API Test Runtime And Area' };
    await api.driver.executeQuery(
      `CREATE (r:Role {id: $id, title: $title, source: 'curated'})
       WITH r MATCH (part:Skill {id: 'onnx-runtime'}), (area:Skill {id: 'edge-inference-runtimes'})
       CREATE (r)-[:REQUIRES {importance: 'DIFFERENTIATING', source: 'stated'}]->(part),
              (r)-[:REQUIRES {importance: 'REQUIRED', source: 'stated'}]->(area)`,
      role,
    );
    try {
      const { data, errors } = await api.query(`{ skill(id: "onnx-runtime") { roles { role { id } skill { id } importance } } }`);
      expect(errors).toBeUndefined();
      expect(data!.skill.roles).toEqual([
        { role: { id: role.id }, skill: { id: 'onnx-runtime' }, importance: 'DIFFERENTIATING' },
        { role: { id: 'edge-ai-engineer' }, skill: { id: 'edge-inference-runtimes' }, importance: 'REQUIRED' },
        { role: { id: 'senior-edge-ai-engineer' }, skill: { id: 'edge-inference-runtimes' }, importance: 'REQUIRED' },
      ]);
    } finally {
      await api.driver.executeQuery(`MATCH (r:Role {id: $id}) DETACH DELETE r`, { id: role.id });
    }
  });

  it('searches across kinds through the full-text index, aliases included', async () => {
    const { data, errors } = await api.query(`{
      search(text: "jetson") { score node { __typename ... on Platform { id } ... on Certification { id } } }
      runtime: search(text: "onnx runt", first: 3) { node { __typename ... on Skill { id } } }
    }`);
    expect(errors).toBeUndefined();
    const kinds = data!.search.map((h: any) => h.node.__typename);
    expect(kinds).toEqual(expect.arrayContaining(['Platform', 'Certification']));
    expect(data!.search[0].score).toBeGreaterThan(0);
    expect(data!.runtime[0].node).toEqual({ __typename: 'Skill', id: 'onnx-runtime' });
  });

  it('treats search text as words, never as query syntax', async () => {
    const { data, errors } = await api.query(`{ search(text: "C++ AND (\\"OR") { node { __typename } } }`);
    expect(errors).toBeUndefined();
    expect(Array.isArray(data!.search)).toBe(true);
  });

  it('lists the sources behind the graph', async () => {
    const { data } = await api.query(`{ sources { id name kind } }`);
    expect(data!.sources.map((s: any) => s.kind)).toContain('CAREER_PAGE');
  });
});

describe('errors', () => {
  it('answers BAD_USER_INPUT naming the argument and range', async () => {
    const { errors } = await api.query(`{ roles(first: 0) { totalCount } }`);
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toBe('first: must be an integer from 1 to 100 (got 0)');
  });

  it('answers BAD_USER_INPUT for a cursor the API did not issue', async () => {
    const { errors } = await api.query(`{ roles(after: "garbage") { totalCount } }`);
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toContain('after');
  });

  it('answers GRAPHQL_VALIDATION_FAILED with status 400 for an unknown field', async () => {
    const response = await api.query(`{ role(id: "x") { salary } }`);
    expect(response.status).toBe(400);
    expect(response.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('service endpoints', () => {
  it('serves GraphiQL from the API itself with the example tabs (tests/browser/graphiql.test.ts runs them)', async () => {
    const response = await fetch(`${api.url}/graphiql/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>Career graph · GraphiQL</title>');
    const script = html.match(/src="\.\/(assets\/[^"]+\.js)"/)![1];
    const asset = await fetch(`${api.url}/graphiql/${script}`);
    expect(await asset.text()).toContain('careerPath(from: "Embedded Engineer", to: "Senior Edge AI")');
    // The page is revalidated on every visit (it names the build's assets); the hashed assets are cached.
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('reports health and readiness', async () => {
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', routeEngine: expect.stringMatching(/^(procedure|api)$/) });
  });
});
