// A route's step details cost one statement besides the roles' requirements (paths/steps reads the transitions'
// focus skills too), read the roles' selected properties only, and work out what helps only when a query asks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { findCareerRoutes, type RouteQuery } from '../../src/data/paths.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.close();
});

const SKILL_FIELDS = 'id name category description aliases isHotTechnology isInDemand source area { id name } parts { id name }';
const ROLE_FIELDS = 'id title description aliases experience { min max } source';

/** The same skills and roles read one by one through the catalog lookups (skillById, roleById), not through a route. */
async function lookups(skillIds: string[], roleIds: string[]) {
  const fields = [
    ...skillIds.map((id, i) => `s${i}: skill(id: "${id}") { ${SKILL_FIELDS} }`),
    ...roleIds.map((id, i) => `r${i}: role(id: "${id}") { ${ROLE_FIELDS} }`),
  ];
  const { data, errors } = await api.query(`{ ${fields.join('\n')} }`);
  expect(errors).toBeUndefined();
  return { skills: skillIds.map((_, i) => data![`s${i}`]), roles: roleIds.map((_, i) => data![`r${i}`]) };
}

describe('route step details', () => {
  it('reads the focus skills of Embedded Software Engineer -> Edge AI Engineer with the transitions: 3 statements, not 4', async () => {
    const response = await api.query(`{
      careerPaths(from: "embedded-software-engineer", to: "senior-edge-ai-engineer", optimize: STEPS, first: 1) {
        roles { ${ROLE_FIELDS} }
        steps { from { ${ROLE_FIELDS} } to { id title } skillsToLearn { id } focusSkills { ${SKILL_FIELDS} } }
      }
    }`);
    expect(response.errors).toBeUndefined();
    const [route] = response.data!.careerPaths;
    const [toEdge, promotion] = route.steps;
    // In the order the transition states them (seed/transitions.json).
    expect(toEdge.focusSkills.map((s: any) => s.id)).toEqual(['quantization-theory', 'edge-model-selection', 'python-model-preparation']);
    expect(promotion.focusSkills.map((s: any) => s.id)).toEqual(['edge-ai-architecture', 'hardware-co-design', 'privacy-preserving-deployment']);
    const focusIds = route.steps.flatMap((step: any) => step.focusSkills.map((s: any) => s.id));
    const expected = await lookups(focusIds, ['embedded-software-engineer', 'edge-ai-engineer', 'senior-edge-ai-engineer']);
    expect(route.steps.flatMap((step: any) => step.focusSkills)).toEqual(expected.skills);
    expect(route.roles).toEqual(expected.roles);
    expect(toEdge.from).toEqual(expected.roles[0]);
    expect(toEdge.to).toEqual({ id: 'edge-ai-engineer', title: expected.roles[1].title });
    // The stated gap still comes first: quantization theory and model selection are model compression.
    expect(toEdge.skillsToLearn[0].id).toBe('model-compression');
    // The focus skills' own fields come with the step; their area and parts are loaded as any skill's are.
    const lean = await api.query(`{
      careerPaths(from: "embedded-software-engineer", to: "senior-edge-ai-engineer", optimize: STEPS, first: 1) {
        steps { skillsToLearn { id } focusSkills { id name category } }
      }
    }`);
    expect(lean.errors).toBeUndefined();
    expect(lean.data!.careerPaths[0].steps).toEqual(
      route.steps.map((step: any) => ({
        skillsToLearn: step.skillsToLearn,
        focusSkills: step.focusSkills.map(({ id, name, category }: any) => ({ id, name, category })),
      })),
    );
    // The search, paths/steps with the focus skills, and the roles' REQUIRED skills (skills/with-areas no longer).
    expect(lean.extensions!.cypherStatements).toBe(3);
  });

  it('gives the same steps whether or not the query selects certifications and courses', async () => {
    const steps =
      'from { id } to { id } months { typical min max } kind keyArtifacts source skillsToLearn { id } leaves: skillsToLearn(grain: SKILL) { id } focusSkills { id }';
    const query = (extra: string) =>
      api.query(
        `{ careerPaths(from: "embedded-software-engineer", to: "senior-edge-ai-engineer", first: 1) { totalSkillsToLearn totalMonths { typical } steps { ${steps} ${extra} } } }`,
      );
    const [plain, withHelps] = await Promise.all([query(''), query('certifications { id } courses { id }')]);
    expect(plain.errors).toBeUndefined();
    expect(withHelps.errors).toBeUndefined();
    const [route] = withHelps.data!.careerPaths;
    expect(route.steps[0].certifications.map((c: any) => c.id)).toContain('nvidia-jetson-ai-specialist');
    expect(route.steps[0].courses.map((c: any) => c.id)).toContain('fastai-practical-deep-learning-for-coders');
    const withoutHelps = { ...route, steps: route.steps.map(({ certifications: _c, courses: _k, ...step }: any) => step) };
    expect(plain.data!.careerPaths).toEqual([withoutHelps]);
  });

  it("counts a ladder promotion's months from the person's experience when the query selects nothing of the roles", async () => {
    const { data, errors } = await api.query(`{
      careerPaths(from: "embedded-software-engineer", to: "senior-edge-ai-engineer", first: 1, experienceYears: 3) { steps { months { typical } } }
    }`);
    expect(errors).toBeUndefined();
    // The promotion counts only the months still needed (24, not 42): the roles' experience ranges were read.
    expect(data!.careerPaths[0].steps.map((s: any) => s.months.typical)).toEqual([6, 24]);
  });

  it('nextRoles answers its roles and what helps on their steps from the same statement', async () => {
    const { data, errors } = await api.query(`{
      nextRoles(role: "embedded-software-engineer", first: 3) {
        role { id title description }
        route { roles { id title } steps { certifications { id } courses { id } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.nextRoles.length).toBeGreaterThan(0);
    for (const next of data!.nextRoles) {
      const { roles } = await lookups([], [next.role.id]);
      expect(next.role).toEqual({ id: roles[0].id, title: roles[0].title, description: roles[0].description });
      expect(next.route.roles.at(-1)).toEqual({ id: next.role.id, title: next.role.title });
    }
    const toEdge = data!.nextRoles.find((n: any) => n.role.id === 'edge-ai-engineer');
    expect(toEdge.route.steps[0].certifications.map((c: any) => c.id)).toContain('nvidia-jetson-ai-specialist');
  });

  it('refuses to answer what helps on a step read without it, instead of answering nothing', async () => {
    const query: RouteQuery = {
      from: 'embedded-software-engineer',
      to: 'edge-ai-engineer',
      optimize: 'STEPS',
      first: 1,
      maxSteps: 6,
      avoid: [],
      knownSkills: [],
      experienceYears: null,
      skillProps: [],
      steps: { roleProps: [], withHelps: false },
    };
    const [route] = await findCareerRoutes(api.database, query);
    expect(() => route.steps[0].helps()).toThrow(/without \$withHelps/);
    const [withHelps] = await findCareerRoutes(api.database, { ...query, steps: { roleProps: [], withHelps: true } });
    expect(withHelps.steps[0].helps().certifications.map((c) => c.id)).toContain('nvidia-jetson-ai-specialist');
  });
});
