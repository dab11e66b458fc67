// The curated seed as loadSeed reads it: the Edge AI career ladder, its transitions and months (the promotion
// rule), the page's figures and skill areas, companies, certifications, courses, platforms and sources.
import { describe, expect, it } from 'vitest';
import { promotionMonths } from '../../src/domain/promotion-months.js';
import { loadSeed } from '../../src/seed/load.js';
import { SKILL_CATEGORIES } from '../../src/seed/vocabulary.js';
import { byId, SEED_DIR } from '../support/seed-files.js';

describe('loadSeed on the real seed', async () => {
  const seed = await loadSeed(SEED_DIR);
  const role = (id: string) => byId(seed.roles, id);

  it('has the four roles of the Edge AI career ladder', () => {
    expect(seed.roles.map((r) => r.id)).toEqual(['embedded-software-engineer', 'ml-engineer', 'edge-ai-engineer', 'senior-edge-ai-engineer']);
    expect(seed.roles.map((r) => [r.id, r.experienceMinYears, r.experienceMaxYears])).toEqual([
      ['embedded-software-engineer', 0, 3],
      ['ml-engineer', null, null],
      ['edge-ai-engineer', 2, 6],
      ['senior-edge-ai-engineer', 5, 9],
    ]);
  });

  it('has the two stated career changes and the derived promotion with their months', () => {
    expect(
      seed.transitions.map(({ from, to, kind, monthsMin, monthsTypical, monthsMax, source }) => ({
        from,
        to,
        kind,
        monthsMin,
        monthsTypical,
        monthsMax,
        source,
      })),
    ).toEqual([
      {
        from: 'embedded-software-engineer',
        to: 'edge-ai-engineer',
        kind: 'CAREER_CHANGE',
        monthsMin: 4,
        monthsTypical: 6,
        monthsMax: 8,
        source: 'stated',
      },
      { from: 'ml-engineer', to: 'edge-ai-engineer', kind: 'CAREER_CHANGE', monthsMin: 6, monthsTypical: 8, monthsMax: 10, source: 'stated' },
      {
        from: 'edge-ai-engineer',
        to: 'senior-edge-ai-engineer',
        kind: 'PROMOTION',
        monthsMin: 36,
        monthsTypical: 42,
        monthsMax: 48,
        source: 'derived',
      },
    ]);
    expect(seed.transitions.map((t) => t.keyArtifacts.length)).toEqual([3, 3, 0]);
  });

  it('names the gap each transition closes', () => {
    const focus = (from: string) => seed.transitions.find((t) => t.from === from)?.focusSkills;
    expect(focus('embedded-software-engineer')).toEqual(['quantization-theory', 'edge-model-selection', 'python-model-preparation']);
    expect(focus('ml-engineer')).toEqual(['hardware-architecture-awareness', 'cross-compilation', 'cpp-inference-integration']);
    expect(focus('edge-ai-engineer')).toEqual(['edge-ai-architecture', 'hardware-co-design', 'privacy-preserving-deployment']);
  });

  it('gives the promotion the months the promotion rule computes from the ladder ranges', () => {
    const edge = role('edge-ai-engineer');
    const senior = role('senior-edge-ai-engineer');
    const promotion = seed.transitions.find((t) => t.kind === 'PROMOTION');
    const expected = promotionMonths(
      { minYears: edge.experienceMinYears!, maxYears: edge.experienceMaxYears! },
      { minYears: senior.experienceMinYears!, maxYears: senior.experienceMaxYears! },
    );
    expect(expected).toEqual({ monthsMin: 36, monthsMax: 48, monthsTypical: 42 });
    expect(promotion).toMatchObject(expected!);
  });

  it('carries the Edge AI Engineer page figures', () => {
    const edge = role('edge-ai-engineer');
    expect(edge).toMatchObject({
      medianPayUsd: 175000,
      growthOutlook: 'high',
      aiImpactScore: 30,
      aiImpactLevel: 'moderate',
      isEntryLevel: false,
      lastReviewed: '2026-04-26',
      tracks: ['ai-engineering'],
      onetSoc: '15-1252.00',
    });
    expect(edge.responsibilities).toHaveLength(8);
    expect(
      edge.salaryBands.map(({ level, minUsd, maxUsd, experienceMinYears, experienceMaxYears }) => [
        level,
        minUsd,
        maxUsd,
        experienceMinYears,
        experienceMaxYears,
      ]),
    ).toEqual([
      ['MID', 140000, 195000, 2, 5],
      ['SENIOR', 185000, 255000, 5, 8],
      ['STAFF', 240000, 360000, 8, null],
    ]);
    expect(role('embedded-software-engineer')).toMatchObject({ isEntryLevel: true, isEntryLevelSource: 'derived' });
  });

  it('lists the four differentiators of the Edge AI Engineer', () => {
    const differentiating = role('edge-ai-engineer')
      .skills.filter((s) => s.importance === 'DIFFERENTIATING')
      .map((s) => s.skill);
    expect(differentiating.sort()).toEqual(['edr-behavioral-detection', 'federated-learning', 'fpga-acceleration', 'rust-embedded-inference']);
  });

  it('requires the eight skill areas of the page from the Edge AI Engineer, in the page order', () => {
    const required = role('edge-ai-engineer')
      .skills.filter((s) => s.importance === 'REQUIRED')
      .map((s) => s.skill);
    expect(required).toEqual([
      'model-compression',
      'edge-inference-runtimes',
      'profiling-tools',
      'cpp-inference-integration',
      'python-model-preparation',
      'ota-update-pipeline-design',
      'hardware-architecture-awareness',
      'cross-compilation',
    ]);
  });

  it('files platform-specific tools under their area instead of requiring them', () => {
    const parent = (id: string) => seed.skills.find((s) => s.id === id)?.parentSkill;
    expect(['nvidia-nsight', 'xcode-instruments', 'qualcomm-npu-profiling-sdk', 'mediatek-npu-profiling-sdk', 'nnapi-profiler'].map(parent)).toEqual(
      Array(5).fill('profiling-tools'),
    );
    expect(['nnapi-execution-provider', 'coreml-execution-provider', 'cuda-execution-provider'].map(parent)).toEqual(Array(3).fill('onnx-runtime'));
    expect(role('edge-ai-engineer').skills.map((s) => s.skill)).not.toContain('nvidia-nsight');
  });

  it('marks descriptions and aliases the page does not state as derived', () => {
    const skill = (id: string) => seed.skills.find((s) => s.id === id)!;
    expect(skill('tensorrt')).toMatchObject({ descriptionSource: 'derived', aliasesSource: 'derived' });
    expect(skill('post-training-quantization').descriptionSource).toBeUndefined();
    expect(role('ml-engineer').descriptionSource).toBe('derived');
    expect(seed.platforms.find((p) => p.id === 'fpga')?.kindSource).toBe('derived');
  });

  it('states that Edge AI engineers own the runtime, compression pipeline and OTA system of EDR detection models', () => {
    const edr = role('edge-ai-engineer').skills.find((s) => s.skill === 'edr-behavioral-detection')!;
    expect(edr).toMatchObject({ source: 'stated' });
    expect(edr.detail).toMatch(/inference runtime.*compression pipeline.*OTA update system/);
  });

  it('describes the senior rung in the Senior Edge AI Engineer skill details, not the Edge AI rung again', () => {
    const details = (id: string) => new Map(role(id).skills.map((s) => [s.skill, s.detail]));
    const edge = details('edge-ai-engineer');
    for (const [skill, detail] of details('senior-edge-ai-engineer')) expect(detail).not.toBe(edge.get(skill));
  });

  it('marks the skills the page only implies as derived', () => {
    for (const id of ['embedded-software-engineer', 'ml-engineer', 'senior-edge-ai-engineer']) {
      expect(
        role(id)
          .skills.filter((s) => s.source !== 'derived')
          .map((s) => s.skill),
      ).toEqual([]);
    }
    const mlSkills = role('ml-engineer').skills.map((s) => s.skill);
    expect(mlSkills).toContain('python');
    expect(mlSkills).not.toContain('cpp');
    expect(mlSkills).not.toContain('cross-compilation');
  });

  it('has every skill id the API contract names', () => {
    const ids = seed.skills.map((s) => s.id);
    for (const id of [
      'onnx-runtime',
      'tensorflow-lite',
      'executorch',
      'tensorrt',
      'cpp',
      'python',
      'rust',
      'post-training-quantization',
      'quantization-aware-training',
      'knowledge-distillation',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('uses every skill category', () => {
    expect(new Set(seed.skills.map((s) => s.category))).toEqual(new Set(SKILL_CATEGORIES));
  });

  it('links ONNX Runtime to its three execution providers', () => {
    expect(byId(seed.skills, 'onnx-runtime').executionProviders).toEqual([
      'nnapi-execution-provider',
      'coreml-execution-provider',
      'cuda-execution-provider',
    ]);
  });

  it('has the twelve hiring companies and AWS as an issuer only', () => {
    const hiring = seed.companies.filter((c) => c.hiresFor.some((h) => h.role === 'edge-ai-engineer')).map((c) => c.id);
    expect(hiring.sort()).toEqual([
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
    expect(byId(seed.companies, 'amazon-web-services').hiresFor).toEqual([]);
  });

  it('has the four certifications with their issuers', () => {
    expect(Object.fromEntries(seed.certifications.map((c) => [c.id, c.issuer]))).toEqual({
      'nvidia-jetson-ai-specialist': 'nvidia',
      'tensorflow-developer-certificate': 'google',
      'aws-certified-machine-learning-engineer-associate': 'amazon-web-services',
      'arm-ml-developer-certification': 'arm',
    });
  });

  it('has the two recommended courses', () => {
    expect(seed.courses.map((c) => [c.provider, c.name])).toEqual([
      ['DecipherU', 'Edge AI and Cybersecurity Endpoint Detection'],
      ['fast.ai', 'Practical Deep Learning for Coders'],
    ]);
  });

  it('has the hardware platforms the page names', () => {
    const hardware = seed.platforms.filter((p) => p.kind !== 'DEVICE_CLASS').map((p) => p.id);
    expect(hardware).toEqual([
      'nvidia-jetson',
      'qualcomm-snapdragon-npu',
      'mediatek-npu',
      'apple-neural-engine',
      'apple-silicon',
      'raspberry-pi',
      'arm-cortex-m',
      'arm-cortex-m55-ethos-u55',
      'fpga',
    ]);
    const highPriority = byId(seed.roles, 'edge-ai-engineer')
      .platforms.filter((p) => p.priority === 'HIGH')
      .map((p) => p.platform);
    expect(highPriority).toEqual(['nvidia-jetson', 'qualcomm-snapdragon-npu']);
  });

  it('records the page and its cited sources', () => {
    expect(seed.sources.filter((s) => s.kind === 'CAREER_PAGE').map((s) => s.lastReviewed)).toEqual(['2026-04-26']);
    expect(seed.sources.filter((s) => s.kind === 'CITATION').map((s) => s.id)).toEqual(
      expect.arrayContaining(['bls-oews-may-2024', 'onet-online-28-0', 'stanford-hai-ai-index', 'nist-ai-rmf']),
    );
  });
});

describe('promotionMonths', () => {
  it('counts from entering the current step to the overlap with the next step', () => {
    expect(promotionMonths({ minYears: 0, maxYears: 3 }, { minYears: 2, maxYears: 6 })).toEqual({ monthsMin: 24, monthsMax: 36, monthsTypical: 30 });
  });

  it('gives no window when the ranges do not overlap', () => {
    expect(promotionMonths({ minYears: 0, maxYears: 2 }, { minYears: 3, maxYears: 6 })).toBeNull();
  });
});
