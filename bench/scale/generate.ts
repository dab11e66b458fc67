// Generated career graphs of any size with the shape of the O*NET import (shape.ts says which), as the importer's own
// rows (NodeRow, LinkRow) so that `bench/scale/import.ts` writes them through its batched writer. Deterministic: every
// role draws from its own seeded stream, so the rows of roles a..b are the same whether they are generated alone or
// with all.
import type { LinkRow, NodeRow } from '../../src/db/write-rows.js';
import { mapTechnologyClasses } from '../../src/import/onet/technology-mapping.js';
import { elementSkillId, occupationId, technologyId } from '../../src/import/onet/slug.js';
import { deriveRelatedTransition } from '../../src/import/onet/transition-rule.js';
import { seededRandom, between, type Random } from '../../src/seeded-random.js';
import {
  CLUSTER_SIZE,
  CLUSTER_POOL_SIZE,
  RATED_PER_ROLE,
  TECHNOLOGIES_PER_ROLE,
  CONTENT_MODEL,
  TIERS,
  TRANSITIONS_PER_ROLE,
  SUPPLEMENTAL_IN_GROUP,
  MAJOR_GROUPS,
  JOB_ZONE_WEIGHTS,
  PREPARATION_MONTHS,
  SAME_ZONE_SHARE,
  technologyVocabulary,
  commodityClasses,
} from './shape.js';

import type { RoleRequirements, ScaleGraph, ScaleOptions } from './scale-graph.js';
import { mix, round2, STREAM, weightedIndex, weightedSample, zipf } from './draws.js';

export function generateScaleGraph(options: ScaleOptions): ScaleGraph {
  const { roles, seed } = options;
  if (!Number.isInteger(roles) || roles < CLUSTER_SIZE) throw new Error(`roles must be a whole number of at least ${CLUSTER_SIZE} (got ${roles})`);
  const clusters = Math.ceil(roles / CLUSTER_SIZE);
  const clusterOf = (role: number) => Math.floor(role / CLUSTER_SIZE);
  const groupOfCluster = (cluster: number) => cluster % MAJOR_GROUPS.length;
  const clusterMembers = (cluster: number) => ({ start: cluster * CLUSTER_SIZE, end: Math.min(roles, (cluster + 1) * CLUSTER_SIZE) });
  const clustersOfGroup = (group: number) => Math.floor((clusters - 1 - group) / MAJOR_GROUPS.length) + 1;

  // Per role: job zone and preparation, which the transitions into it read.
  const jobZones = new Uint8Array(roles);
  const preparation = new Float32Array(roles);
  const socCodes: string[] = new Array(roles);
  const perGroup = new Array<number>(MAJOR_GROUPS.length).fill(0);
  // Roles of a cluster are mostly at its job zone (related occupations sit at similar zones in O*NET).
  const clusterZones = Array.from(
    { length: clusters },
    (_, cluster) => weightedIndex(seededRandom(mix(seed, STREAM.group, 1000 + cluster)), JOB_ZONE_WEIGHTS) + 1,
  );
  for (let i = 0; i < roles; i += 1) {
    const random = seededRandom(mix(seed, STREAM.role, i));
    const drawn = weightedIndex(random, JOB_ZONE_WEIGHTS) + 1;
    const zone = random() < SAME_ZONE_SHARE ? clusterZones[clusterOf(i)] : drawn;
    jobZones[i] = zone;
    preparation[i] = PREPARATION_MONTHS[zone - 1] * (0.5 + random());
    const group = groupOfCluster(clusterOf(i));
    const k = perGroup[group]++;
    socCodes[i] = `${MAJOR_GROUPS[group]}-${String(Math.floor(k / 100)).padStart(4, '0')}.${String(k % 100).padStart(2, '0')}`;
  }
  const roleIds = socCodes.map(occupationId);
  const roleId = (i: number) => roleIds[i];

  // The content model: the same 68 elements at every size; popular ones first; each major group favours 12.
  const elements = [
    ...Array.from({ length: CONTENT_MODEL.skills }, (_, i) => ({ kind: 'skill' as const, name: `Skill ${String(i + 1).padStart(2, '0')}` })),
    ...Array.from({ length: CONTENT_MODEL.knowledge }, (_, i) => ({
      kind: 'knowledge' as const,
      name: `Knowledge ${String(i + 1).padStart(2, '0')}`,
    })),
  ];
  const elementIds = elements.map((e) => elementSkillId(e.kind, e.name));
  const basePopularity = elements.map((_, i) => 1 / (1 + ((i * 7) % elements.length) / 8));
  const groupWeights = MAJOR_GROUPS.map((_, group) => {
    const random = seededRandom(mix(seed, STREAM.group, group));
    const favoured = new Set(
      weightedSample(
        random,
        elements.map(() => 1),
        12,
      ),
    );
    return basePopularity.map((w, i) => (favoured.has(i) ? w * 4 : w));
  });

  // The technology vocabulary: index = popularity rank; each technology's class and flags from its own stream.
  const vocabulary = technologyVocabulary(roles);
  const classCount = commodityClasses(roles);
  const drawTechnology = zipf(vocabulary, 1);
  const drawClass = zipf(classCount, 1);
  const pools = Array.from({ length: clusters }, (_, cluster) => {
    const random = seededRandom(mix(seed, STREAM.pool, cluster));
    return Array.from({ length: CLUSTER_POOL_SIZE }, () => Math.floor(random() * vocabulary));
  });
  const technologyFacts = (t: number) => {
    const random = seededRandom(mix(seed, STREAM.technology, t));
    return { commodity: drawClass(random), isHotTechnology: random() < (t < vocabulary * 0.02 ? 0.8 : 0.2) };
  };
  const technologyName = (t: number) => `Generated Tool ${t + 1}`;

  function roleRequirements(i: number): {
    rated: { element: number; importanceScore: number; level: number }[];
    technologies: { technology: number; isInDemand: boolean }[];
  } {
    const random = seededRandom(mix(seed, STREAM.requirements, i));
    const cluster = clusterOf(i);
    const ratedCount = between(random, RATED_PER_ROLE.min, RATED_PER_ROLE.max);
    const rated = weightedSample(random, groupWeights[groupOfCluster(cluster)], ratedCount)
      .sort((a, b) => a - b)
      .map((element) => {
        const importanceScore = round2(3 + 1.7 * random() ** 1.6);
        const level = round2(Math.min(7, Math.max(1, importanceScore + 0.3 + (random() - 0.5) * 1.5)));
        return { element, importanceScore, level };
      });
    const technologyCount = between(random, TECHNOLOGIES_PER_ROLE.min, TECHNOLOGIES_PER_ROLE.max);
    const chosen = new Set<number>();
    const pool = pools[cluster];
    for (let attempts = 0; chosen.size < Math.floor(technologyCount / 2) && attempts < technologyCount * 10; attempts += 1) {
      chosen.add(pool[Math.floor(random() * pool.length)]);
    }
    for (let attempts = 0; chosen.size < technologyCount && attempts < technologyCount * 10; attempts += 1) chosen.add(drawTechnology(random));
    const technologies = [...chosen].sort((a, b) => a - b).map((technology) => ({ technology, isInDemand: random() < 0.07 }));
    return { rated, technologies };
  }

  // Only the technologies some role uses become Skill nodes (as in the import, where each comes from a role).
  const used = new Uint8Array(vocabulary);
  for (let i = 0; i < roles; i += 1) for (const t of roleRequirements(i).technologies) used[t.technology] = 1;
  const technologySkills: NodeRow[] = [];
  const facts = new Map<number, ReturnType<typeof technologyFacts> & { id: string }>();
  for (let t = 0; t < vocabulary; t += 1) {
    if (!used[t]) continue;
    const f = { ...technologyFacts(t), id: technologyId(technologyName(t)) };
    facts.set(t, f);
    const code = `432${String(f.commodity + 1).padStart(5, '0')}`;
    technologySkills.push({
      id: f.id,
      props: {
        name: technologyName(t),
        category: 'TECHNOLOGY',
        aliases: [],
        commodityCode: code,
        commodityTitle: `Generated software class ${f.commodity + 1}`,
        isHotTechnology: f.isHotTechnology,
        isInDemand: false,
        source: 'onet',
      },
    });
  }
  const { nodes: technologyClasses, links: technologyAreas } = mapTechnologyClasses(technologySkills);

  const sourceId = `scale-${roles}-seed-${seed}`;
  const provenance = `Generated by bench/scale (${roles} roles, seed ${seed})`;
  const elementSkills: NodeRow[] = elements.map((e, i) => ({
    id: elementIds[i],
    props: {
      name: e.name,
      category: e.kind === 'skill' ? 'SKILL' : 'KNOWLEDGE',
      description: `${provenance}: a ${e.kind} of the content model.`,
      onetElementId: null,
      aliases: [],
      source: 'onet',
    },
  }));

  function pickTransitionTargets(i: number, random: Random): number[] {
    const cluster = clusterOf(i);
    const group = groupOfCluster(cluster);
    const own = clusterMembers(cluster);
    const targets: number[] = [];
    const taken = new Set<number>([i]);
    const add = (draw: () => number, count: number) => {
      const wanted = targets.length + count;
      for (let attempts = 0; targets.length < wanted && attempts < count * 50; attempts += 1) {
        const target = draw();
        if (taken.has(target)) continue;
        taken.add(target);
        targets.push(target);
      }
      // A small cluster or group runs out of distinct targets: the rest go anywhere.
      while (targets.length < wanted) {
        const target = Math.floor(random() * roles);
        if (taken.has(target)) continue;
        taken.add(target);
        targets.push(target);
      }
    };
    const inCluster = () => own.start + Math.floor(random() * (own.end - own.start));
    const groupClusters = clustersOfGroup(group);
    const inGroup = () => {
      const other = group + MAJOR_GROUPS.length * Math.floor(random() * groupClusters);
      const members = clusterMembers(other);
      return members.start + Math.floor(random() * (members.end - members.start));
    };
    const primary = TIERS[0].count + TIERS[1].count;
    add(inCluster, Math.min(primary, own.end - own.start - 1));
    add(() => Math.floor(random() * roles), primary - targets.length);
    add(groupClusters > 1 ? inGroup : () => Math.floor(random() * roles), SUPPLEMENTAL_IN_GROUP);
    add(() => Math.floor(random() * roles), TRANSITIONS_PER_ROLE - targets.length);
    return targets;
  }

  return {
    roles,
    seed,
    sourceId,
    source: {
      id: sourceId,
      props: {
        name: `Generated career graph (${roles.toLocaleString('en-US')} roles, seed ${seed})`,
        publisher: 'bench/scale',
        kind: 'DATASET',
        license: null,
        note: `${provenance} with the shape of the O*NET import, to measure how latency and memory grow. Not real data.`,
        version: `${roles}-${seed}`,
        source: 'onet',
      },
    },
    roleId,
    roleRows: () =>
      Array.from({ length: roles }, (_, i) => ({
        id: roleId(i),
        props: {
          title: `Generated Occupation ${i + 1}`,
          description: `${provenance}: cluster ${clusterOf(i) + 1}, SOC major group ${MAJOR_GROUPS[groupOfCluster(clusterOf(i))]}.`,
          socCode: socCodes[i],
          jobZone: jobZones[i],
          aliases: [],
          alternateTitles: [],
          source: 'onet',
          derivation: null,
        },
      })),
    elementSkills,
    technologySkills,
    technologyClasses,
    technologyAreas,
    requirements(start, end) {
      const result: RoleRequirements = { rated: [], technologies: [] };
      for (let i = start; i < Math.min(end, roles); i += 1) {
        const { rated, technologies } = roleRequirements(i);
        const from = roleId(i);
        for (const r of rated) {
          result.rated.push({
            from,
            to: elementIds[r.element],
            props: { importance: 'REQUIRED', importanceScore: r.importanceScore, level: r.level, source: 'onet', derivation: null },
          });
        }
        for (const t of technologies) {
          const technology = facts.get(t.technology)!;
          result.technologies.push({
            from,
            to: technology.id,
            props: { importance: 'DIFFERENTIATING', isHotTechnology: technology.isHotTechnology, isInDemand: t.isInDemand, source: 'onet' },
          });
        }
      }
      return result;
    },
    transitions(start, end) {
      const links: LinkRow[] = [];
      for (let i = start; i < Math.min(end, roles); i += 1) {
        const random = seededRandom(mix(seed, STREAM.transitions, i));
        const targets = pickTransitionTargets(i, random);
        let rank = 0;
        for (const { tier, count } of TIERS) {
          for (let k = 0; k < count; k += 1) {
            const target = targets[rank];
            rank += 1;
            const derived = deriveRelatedTransition({
              tier,
              sourceJobZone: jobZones[i],
              targetJobZone: jobZones[target],
              isSameMajorGroup: groupOfCluster(clusterOf(i)) === groupOfCluster(clusterOf(target)),
              targetPreparation: { relatedExperienceMonths: preparation[target], onTheJobTrainingMonths: 0 },
            });
            links.push({
              from: roleId(i),
              to: roleId(target),
              props: {
                tier,
                rank,
                monthsTypical: derived.monthsTypical,
                monthsMin: derived.monthsMin,
                monthsMax: derived.monthsMax,
                kind: derived.kind,
                source: 'derived',
                derivation: `${provenance}: ${tier} #${rank}; months and kind by the O*NET import's rule (docs/onet-import.md).`,
              },
            });
          }
        }
      }
      return links;
    },
  };
}
