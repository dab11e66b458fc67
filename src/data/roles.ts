// The Role aggregate: roles by id, pages of roles, and the loaders behind every relationship field of a role.
import DataLoader from 'dataloader';
import type { Database, Row } from '../db/database.js';
import type { SkillGrain, SkillImportance } from '../domain/skill-areas.js';
import {
  mergedProperties,
  projectedByIdLoader,
  projectedRelatedLoader,
  projectionKey,
  readProjectedPage,
  recordOf,
  type PageRequest,
  type Projection,
} from './projection.js';
import type {
  CertificationRecord,
  CompanyRecord,
  CourseRecord,
  PlatformRecord,
  RoleRecord,
  SalaryBandRecord,
  SkillRecord,
  SkillRequirementRecord,
  TrackRecord,
  TransitionRecord,
} from './records.js';
import { requirementsAtGrain, type RequirementRow } from './skill-grain.js';

/** A role's skills: the skills' properties, the grain they are shown at, and an importance to keep (null: all). */
export interface RequirementsQuery extends Projection {
  grain: SkillGrain;
  importance: SkillImportance | null;
  /** Stored properties of the REQUIRES relationships the selection reads, besides those the order needs. */
  requirementProps: readonly string[];
  /**
   * Properties of the role itself to read in the same statement, for a root lookup that asks for the role and its
   * skills: the role is then primed into `roleById` under these properties (null when it does not exist).
   */
  roleProps?: readonly string[];
}

/**
 * What the grain rules merge and rank requirements by: always read, named in cypher/roles/skill-requirements.cypher
 * and cypher/roles/skills.cypher in this order (the first values of each item), as are the skill's id and name (the
 * rules merge by id and break ties by name).
 */
const RANKING_FACTS = ['importance', 'importanceScore', 'position', 'isHotTechnology', 'isInDemand'] as const;
const ALWAYS_READ_SKILL_PROPS = ['id', 'name'];

/** A role's transitions: the other end's properties (`props`) and the transitions' own. */
export interface TransitionsQuery extends Projection {
  transitionProps: readonly string[];
  /** Properties of the role itself to read in the same statement, primed into `roleById` (as RequirementsQuery.roleProps). */
  roleProps?: readonly string[];
  /**
   * The other ends' own transitions the same way, one level further, read in the same statement and primed into
   * this loader under the keys `{ id: other end, ...further }` (what their resolvers will load).
   */
  further?: { props: readonly string[]; transitionProps: readonly string[] };
}

export function createRoleLoaders(db: Database) {
  const roleById = projectedByIdLoader<RoleRecord>(db, 'roles/by-ids');
  return {
    roleById,
    requirementsByRole: requirementsLoader(db, roleById),
    hiringCompaniesByRole: projectedRelatedLoader<CompanyRecord>(db, 'roles/hiring-companies'),
    nextRolesByRole: transitionsLoader(db, 'roles/next-roles', 'next', roleById),
    previousRolesByRole: transitionsLoader(db, 'roles/previous-roles', 'previous', roleById),
    certificationsByRole: projectedRelatedLoader<CertificationRecord>(db, 'roles/certifications'),
    coursesByRole: projectedRelatedLoader<CourseRecord>(db, 'roles/courses'),
    platformsByRole: projectedRelatedLoader<PlatformRecord>(db, 'roles/platforms'),
    salaryBandsByRole: projectedRelatedLoader<SalaryBandRecord>(db, 'roles/salary-bands'),
    tracksByRole: projectedRelatedLoader<TrackRecord>(db, 'roles/tracks'),
    nearestOccupationByRole: projectedRelatedLoader<RoleRecord>(db, 'roles/nearest-occupation'),
  };
}

/**
 * REQUIRES rows of each role, one statement per batch: with each skill's area when some key asks for the area
 * grain, with the parts below each skill when some key asks for the skill grain. The importance is applied in
 * Cypher (exactly: by the area's strongest importance) when every key is at area grain; at skill grain the grain
 * rules apply it after expanding areas.
 */
function requirementsLoader(db: Database, roleById: RoleById): DataLoader<RequirementsQuery, RequirementRow[], string> {
  return new DataLoader<RequirementsQuery, RequirementRow[], string>(
    async (keys) => {
      const props = mergedProperties([{ props: ALWAYS_READ_SKILL_PROPS }, ...keys]);
      const extraProps = props.slice(ALWAYS_READ_SKILL_PROPS.length);
      const extraRequirementProps = [...new Set(keys.flatMap((key) => key.requirementProps))].filter(
        (name) => !(RANKING_FACTS as readonly string[]).includes(name),
      );
      const withParts = keys.some((key) => key.grain === 'SKILL');
      const withAreas = keys.some((key) => key.grain === 'AREA');
      const cypherImportance = (key: RequirementsQuery) => (withParts ? null : key.importance);
      const requestKey = (id: string, importance: string | null) => `${id}\u0000${importance ?? ''}`;
      const requests = new Map(keys.map((key) => [requestKey(key.id, cypherImportance(key)), { id: key.id, importance: cypherImportance(key) }]));
      const roleProps = rolePropsOf(keys);
      const params = { requests: [...requests.values()], extraProps, extraRequirementProps, roleProps, withAreas, withParts };
      const rows = await db.read('roles/skill-requirements', params);
      primeRoles(roleById, keys, roleProps, rows, 'id');
      const readerFor = requirementRowReader(extraRequirementProps, props);
      const byRequest = new Map<string, RequirementRow[]>(
        rows.map((row: Row) => {
          const toRow = readerFor(row.areas as unknown[][]);
          return [requestKey(row.id as string, row.importance as string | null), (row.items as unknown[][]).map(toRow)];
        }),
      );
      return keys.map((key) => byRequest.get(requestKey(key.id, cypherImportance(key))) ?? []);
    },
    { cacheKeyFn: (key) => `${projectionKey(key)}\u0000${key.grain}\u0000${key.importance ?? ''}\u0000${key.requirementProps.join(',')}` },
  );
}

/**
 * Reads the items of roles/skill-requirements (and roles/skills, same layout), each one flat list: the RANKING_FACTS,
 * the skill's values of `props` (id and name first), then the values of `extraRequirementProps`, its areaId and its
 * parts; a row's `areas` are looked up by id. The facts are looked up once per batch and every item gets the same object shape (a spread of a
 * projected record per item cost about a tenth of the API's CPU on a role with 447 skills; bench/analysis.md).
 */
export function requirementRowReader(
  extraRequirementProps: readonly string[],
  props: readonly string[],
): (areaValues: readonly unknown[][]) => (values: unknown[]) => RequirementRow {
  const [level, detail, source] = (['level', 'detail', 'source'] as const).map((name) => extraRequirementProps.indexOf(name));
  const fact = (values: unknown[], index: number) => (index < 0 ? undefined : values[index]);
  const skillOf = (values: readonly unknown[]) => recordOf<SkillRecord>(props, values);
  const skillAt = RANKING_FACTS.length;
  const restAt = skillAt + props.length;
  return (areaValues) => {
    const areas = new Map(areaValues.map((values) => [values[0] as string, skillOf(values)]));
    return (values) => {
      const extraFacts = values[restAt] as unknown[];
      const areaId = values[restAt + 1] as string | null;
      const parts = values[restAt + 2] as unknown[][];
      return {
        skill: recordOf<SkillRecord>(props, values, skillAt),
        area: areaId === null ? null : (areas.get(areaId) ?? null),
        parts: parts.length === 0 ? [] : parts.map(skillOf),
        importance: values[0] as RequirementRow['importance'],
        importanceScore: values[1] as number | null,
        position: values[2] as number | null,
        isHotTechnology: values[3] as boolean | null,
        isInDemand: values[4] as boolean | null,
        level: fact(extraFacts, level) as number | null | undefined,
        detail: fact(extraFacts, detail) as string | null | undefined,
        source: fact(extraFacts, source) as RequirementRow['source'],
      };
    };
  };
}

type RoleById = DataLoader<Projection, RoleRecord | null, string>;

/** The role properties that keys reading the role along with their rows ask for, merged; empty when none does. */
function rolePropsOf(keys: readonly { roleProps?: readonly string[] }[]): string[] {
  const withRole = keys.filter((key) => key.roleProps);
  return withRole.length > 0 ? mergedProperties(withRole.map((key) => ({ props: key.roleProps! }))) : [];
}

/** Primes roleById with the roles a statement read along (rows `{ [idColumn], role }`); a role with no row does not exist. */
function primeRoles(
  roleById: RoleById,
  keys: readonly (Projection & { roleProps?: readonly string[] })[],
  roleProps: readonly string[],
  rows: Row[],
  idColumn: string,
): void {
  if (roleProps.length === 0) return;
  const roles = new Map(rows.map((row: Row) => [row[idColumn] as string, recordOf<RoleRecord>(roleProps, row.role as unknown[])]));
  for (const key of keys) if (key.roleProps) roleById.prime({ id: key.id, props: key.roleProps }, roles.get(key.id) ?? null);
}

/** Transitions out of (`next`) or into (`previous`) each role, with the role at the other end. */
function transitionsLoader(
  db: Database,
  statement: string,
  direction: 'next' | 'previous',
  roleById: RoleById,
): DataLoader<TransitionsQuery, TransitionRecord[], string> {
  const keyOf = (key: Projection & { transitionProps: readonly string[] }) => `${projectionKey(key)}\u0000${key.transitionProps.join(',')}`;
  /** Rows of [transition values, other end's values] as records, from the role `roleId`'s side. */
  const transitionsOf = (roleId: string, items: unknown[][], props: string[], transitionProps: string[]) =>
    items.map(([transition, role]) => {
      const other = recordOf<RoleRecord>(props, role as unknown[]);
      const facts = recordOf<TransitionRecord>(transitionProps, transition as unknown[]);
      return direction === 'next'
        ? Object.assign(facts, { fromId: roleId, toId: other.id, to: other })
        : Object.assign(facts, { fromId: other.id, toId: roleId, from: other });
    });
  const loader: DataLoader<TransitionsQuery, TransitionRecord[], string> = new DataLoader<TransitionsQuery, TransitionRecord[], string>(
    async (keys) => {
      const props = mergedProperties(keys);
      const transitionProps = [...new Set(keys.flatMap((key) => key.transitionProps))];
      const roleProps = rolePropsOf(keys);
      const furthers = keys.flatMap((key) => key.further ?? []);
      const further = { props: mergedProperties(furthers), transitionProps: [...new Set(furthers.flatMap((f) => f.transitionProps))] };
      const rows = await db.read(statement, {
        ids: [...new Set(keys.map((key) => key.id))],
        props,
        transitionProps,
        roleProps,
        withFurther: furthers.length > 0,
        furtherProps: further.props,
        furtherTransitionProps: further.transitionProps,
      });
      primeRoles(roleById, keys, roleProps, rows, 'key');
      const byKey = new Map(
        rows.map((row: Row) => [row.key as string, transitionsOf(row.key as string, row.items as unknown[][], props, transitionProps)]),
      );
      for (const row of furthers.length > 0 ? rows : []) {
        for (const [, role, furtherItems] of row.items as unknown[][]) {
          const otherId = (role as unknown[])[0] as string; // mergedProperties puts id first
          const records = transitionsOf(otherId, furtherItems as unknown[][], further.props, further.transitionProps);
          for (const f of furthers) loader.prime({ id: otherId, ...f }, records);
        }
      }
      return keys.map((key) => byKey.get(key.id) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
  return loader;
}

/** A role's skills at a grain, most important first, optionally of one importance only. */
export function roleSkillsAtGrain(
  roleId: string,
  rows: readonly RequirementRow[],
  grain: SkillGrain,
  importance: SkillImportance | null | undefined,
): SkillRequirementRecord[] {
  return requirementsAtGrain(rows, grain)
    .filter((r) => !importance || r.importance === importance)
    .map((r) => ({
      roleId,
      skillId: r.skill.id,
      skill: r.skill,
      importance: r.importance,
      importanceScore: r.importanceScore ?? null,
      level: r.level ?? null,
      detail: r.detail ?? null,
      source: r.source,
    }));
}

export interface RoleFilter {
  titleContains?: string | null;
  track?: string | null;
  skill?: string | null;
  source?: string | null;
  escoUri?: string | null;
}

export function findRolePage(db: Database, filter: RoleFilter, page: PageRequest) {
  const params = {
    titleContains: filter.titleContains ?? null,
    track: filter.track ?? null,
    skill: filter.skill ?? null,
    source: filter.source ?? null,
    escoUri: filter.escoUri ?? null,
  };
  return readProjectedPage<RoleRecord>(db, 'roles/page', params, page);
}

export async function listTracks(db: Database): Promise<TrackRecord[]> {
  return (await db.read('tracks/all')).map((row) => row.item as TrackRecord);
}

export function createTrackLoaders(db: Database) {
  return {
    partOfByTrack: projectedRelatedLoader<TrackRecord>(db, 'tracks/part-of'),
    rolesByTrack: projectedRelatedLoader<RoleRecord>(db, 'tracks/roles'),
  };
}
