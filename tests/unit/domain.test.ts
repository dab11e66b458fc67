// Each domain rule has one definition (src/domain): the GraphQL schema, the seed's validation, the curator checks
// and the Java procedure agree with it, and the layers below the API know nothing of GraphQL.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkSlug } from '../../src/data/curation-rules.js';
import { countedMonths, MAX_MONTHS, UNKNOWN_TRANSITION_MONTHS } from '../../src/domain/months.js';
import { SKILL_IMPORTANCES } from '../../src/domain/skill-areas.js';
import { isSlug, slugify } from '../../src/domain/slugs.js';
import { TRANSITION_KINDS } from '../../src/domain/transitions.js';
import { loadTypeDefs } from '../../src/graphql/resolvers/index.js';
import { TransitionSchema } from '../../src/seed/schema.js';

const root = path.resolve(import.meta.dirname, '../..');
const schema = buildSchema(loadTypeDefs());

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum in schema/`);
  return type.getValues().map((value) => value.name);
}

const seedTransition = (patch: Record<string, unknown>) =>
  TransitionSchema.safeParse({
    from: 'a',
    to: 'b',
    monthsTypical: 6,
    monthsMin: 4,
    monthsMax: 8,
    kind: 'LATERAL',
    description: 'A move.',
    focusSkills: [],
    keyArtifacts: [],
    source: 'stated',
    ...patch,
  }).success;

describe('the domain vocabulary', () => {
  it('lists the same transition kinds as the GraphQL enum, and the seed accepts exactly those', () => {
    expect(enumValues('TransitionKind').sort()).toEqual([...TRANSITION_KINDS].sort());
    for (const kind of TRANSITION_KINDS) expect(seedTransition({ kind }), kind).toBe(true);
    expect(seedTransition({ kind: 'TELEPORT' })).toBe(false);
  });

  it('lists the same skill importances as the GraphQL enum', () => {
    expect(enumValues('SkillImportance').sort()).toEqual([...SKILL_IMPORTANCES].sort());
  });

  it('bounds months the same way in the seed and for curators', () => {
    expect(seedTransition({ monthsMax: MAX_MONTHS })).toBe(true);
    expect(seedTransition({ monthsMax: MAX_MONTHS + 1 })).toBe(false);
  });

  it('accepts the same slugs in the seed and for curators', () => {
    for (const id of ['edge-ai-engineer', 'onet-15-1252-00', 'a', 'Edge', 'a--b', '-a', 'a b', 'é', '']) {
      const isCuratorSlug = (() => {
        try {
          checkSlug('id', id);
          return true;
        } catch {
          return false;
        }
      })();
      expect(seedTransition({ from: id }), id).toBe(isSlug(id));
      expect(isCuratorSlug, id).toBe(isSlug(id));
    }
    expect(slugify('R&D Engineer (Édge)')).toBe('r-and-d-engineer-edge');
  });
});

describe('the unknown-months rule', () => {
  it('counts an unknown month count as a year, a known one as itself', () => {
    expect(countedMonths(null)).toBe(UNKNOWN_TRANSITION_MONTHS);
    expect(countedMonths(undefined)).toBe(UNKNOWN_TRANSITION_MONTHS);
    expect(countedMonths(0)).toBe(0);
    expect(countedMonths(7)).toBe(7);
  });

  it('is the constant the career.routes procedure is generated with (npm run codegen)', () => {
    const java = readFileSync(path.join(root, 'neo4j-runner/src/main/java/careergraph/DomainRules.java'), 'utf8');
    const match = /static final double UNKNOWN_TRANSITION_MONTHS = ([\d.]+);/.exec(java);
    expect(Number(match?.[1])).toBe(UNKNOWN_TRANSITION_MONTHS);
    // The procedure's edge costs (career.routes reads months in its graph loader).
    const procedure = readFileSync(path.join(root, 'neo4j-runner/src/main/java/careergraph/GraphLoader.java'), 'utf8');
    expect(procedure).toContain('DomainRules.UNKNOWN_TRANSITION_MONTHS');
  });
});

describe('the layers below the API', () => {
  const sourceFiles = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => path.join(dir, file));

  it('import nothing from graphql or the GraphQL server (src/db, src/data, src/domain)', () => {
    const offenders = ['src/db', 'src/data', 'src/domain'].flatMap(sourceFiles).filter((file) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      return /from '(graphql|@apollo\/[^']*|[^']*\/graphql\/[^']*)'/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
