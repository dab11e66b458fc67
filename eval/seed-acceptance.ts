// Issue 10's acceptance on the curated seed: the skill gaps the Edge AI Engineer career page describes, checked
// against what the data layer answers. Used by `npm run eval` and pinned by tests/integration/answers.test.ts.
import type { Database } from '../src/db/database.js';
import { findCareerRoutes, findRequirements } from '../src/data/paths.js';
import { roleSkillsAtGrain } from '../src/data/roles.js';
import { findSkillGap } from '../src/data/skill-gap.js';

export interface AcceptanceCheck {
  name: string;
  pass: boolean;
  /** What the answer was, so a failure says why. */
  got: string;
}

const list = (ids: string[]) => ids.join(', ');

async function requiredAreas(db: Database, from: string, to: string): Promise<string[]> {
  const gap = await findSkillGap(db, from, to, [], 'AREA', []);
  return gap.toLearn.filter((g) => g.importance === 'REQUIRED').map((g) => g.skill.id);
}

export async function checkSeedAcceptance(db: Database): Promise<AcceptanceCheck[]> {
  const checks: AcceptanceCheck[] = [];
  const check = (name: string, pass: boolean, got: string) => checks.push({ name, pass, got });

  const fromEmbedded = await requiredAreas(db, 'embedded-software-engineer', 'edge-ai-engineer');
  check('Embedded -> Edge AI: at most 6 areas to learn', fromEmbedded.length <= 6, list(fromEmbedded));
  check(
    'Embedded -> Edge AI: includes model-compression and python-model-preparation',
    fromEmbedded.includes('model-compression') && fromEmbedded.includes('python-model-preparation'),
    list(fromEmbedded),
  );
  check(
    'Embedded -> Edge AI: not cpp-inference-integration, cross-compilation or hardware-architecture-awareness',
    !['cpp-inference-integration', 'cross-compilation', 'hardware-architecture-awareness'].some((id) => fromEmbedded.includes(id)),
    list(fromEmbedded),
  );

  const fromMl = await requiredAreas(db, 'ml-engineer', 'edge-ai-engineer');
  check(
    'ML -> Edge AI: includes hardware-architecture-awareness, cross-compilation and cpp-inference-integration',
    ['hardware-architecture-awareness', 'cross-compilation', 'cpp-inference-integration'].every((id) => fromMl.includes(id)),
    list(fromMl),
  );
  check('ML -> Edge AI: not python-model-preparation', !fromMl.includes('python-model-preparation'), list(fromMl));

  const toSenior = await requiredAreas(db, 'edge-ai-engineer', 'senior-edge-ai-engineer');
  const seniorFocus = ['edge-ai-architecture', 'hardware-co-design', 'privacy-preserving-deployment'];
  check(
    "Edge AI -> Senior: the senior rung's focus (architecture, hardware co-design, privacy-preserving deployment)",
    toSenior.length === seniorFocus.length && seniorFocus.every((id) => toSenior.includes(id)),
    list(toSenior),
  );

  const requirements = (await findRequirements(db, ['edge-ai-engineer'], null, [])).get('edge-ai-engineer') ?? [];
  const areas = (importance: 'REQUIRED' | 'DIFFERENTIATING') =>
    roleSkillsAtGrain('edge-ai-engineer', requirements, 'AREA', importance).map((r) => r.skillId);
  const required = areas('REQUIRED');
  const expectedRequired = [
    'model-compression',
    'edge-inference-runtimes',
    'profiling-tools',
    'cpp-inference-integration',
    'python-model-preparation',
    'ota-update-pipeline-design',
    'hardware-architecture-awareness',
    'cross-compilation',
  ];
  check('Edge AI requires the 8 areas of the page', required.length === 8 && expectedRequired.every((id) => required.includes(id)), list(required));
  const differentiating = areas('DIFFERENTIATING');
  const expectedDifferentiating = ['edr-behavioral-detection', 'federated-learning', 'rust-embedded-inference', 'fpga-acceleration'];
  check(
    'Edge AI rewards the 4 differentiators of the page',
    differentiating.length === 4 && expectedDifferentiating.every((id) => differentiating.includes(id)),
    list(differentiating),
  );

  const [route] = await findCareerRoutes(db, {
    from: 'embedded-software-engineer',
    to: 'senior-edge-ai-engineer',
    optimize: 'STEPS',
    first: 1,
    maxSteps: 6,
    avoid: [],
    knownSkills: [],
    experienceYears: 3,
    skillProps: [],
    steps: { roleProps: [], withHelps: false },
  });
  const months = route?.steps.map((s) => s.months.typical) ?? [];
  check('Embedded (3 years) -> Senior: the promotion counts only the months still needed (24, not 42)', months.join() === '6,24', months.join(', '));
  return checks;
}
