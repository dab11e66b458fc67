// Where the similarity model comes from: the evidence read from Neo4j in pages of roles (analytics/role-evidence,
// after analytics/evidence-skills), built into the model (similarity-model.ts) page by page, and cached per driver
// while the evidence fingerprint (analytics/evidence-version: count-store counts, the latest import, the graph
// version) stays the same. A changed fingerprint rebuilds it; concurrent requests share one build.
//
// Pages, because one statement for every requirement does not scale: at 100,000 roles it is 5 million rows, more
// than a minute and gigabytes in the driver. A page of 2,000 roles is about 100,000 requirements, read with the
// ordinary per-statement timeout and dropped once added to the model.
import type { Driver } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import type { SkillImportance } from '../domain/skill-areas.js';
import type { RequirementEvidence, RoleEvidence } from './similarity-formula.js';
import { SimilarityModelBuilder, type SimilarityModel } from './similarity-model.js';

const PAGE_ROLES = 2_000;
/** A page is one statement among tens: it gets more time than an ordinary request's statement, in case the machine is busy. */
const PAGE_TIMEOUT_MS = 60_000;

type RequirementRow = [string, SkillImportance, number | null, number | null, boolean | null, boolean | null];

interface SkillFacts {
  area: string;
  onetClassId: string | null;
}

/** Reads every role's evidence, `pageRoles` roles at a time, handing each role to `visit` in id order. */
async function readEvidence(db: Database, visit: (role: RoleEvidence) => void, pageRoles = PAGE_ROLES): Promise<void> {
  const skills = new Map<string, SkillFacts>();
  for (const row of await db.read('analytics/evidence-skills', {}, PAGE_TIMEOUT_MS)) {
    skills.set(row.id as string, { area: row.area as string, onetClassId: (row.onetClassId as string | null) ?? null });
  }
  let after = '';
  for (;;) {
    const rows = await db.read('analytics/role-evidence', { after, limit: pageRoles }, PAGE_TIMEOUT_MS);
    for (const row of rows) {
      const requirements = (row.requirements as RequirementRow[]).map(([skill, importance, importanceScore, level, isHotTechnology, isInDemand]) => {
        // A skill written after the skills were read is its own area until the next build (the fingerprint changed).
        const facts = skills.get(skill) ?? { area: skill, onetClassId: null };
        return { skill, area: facts.area, onetClassId: facts.onetClassId, importance, importanceScore, level, isHotTechnology, isInDemand };
      });
      visit({ id: row.id as string, jobZone: (row.jobZone as number | null) ?? null, socCode: (row.socCode as string | null) ?? null, requirements });
    }
    if (rows.length < pageRoles) return;
    after = rows[rows.length - 1].id as string;
  }
}

/** Every role's requirements as similarity reads them, in role id order (what `npm run eval` builds its inputs from). */
export async function findRoleEvidence(db: Database, pageRoles = PAGE_ROLES): Promise<RoleEvidence[]> {
  const evidence: RoleEvidence[] = [];
  await readEvidence(db, (role) => evidence.push(role), pageRoles);
  return evidence;
}

async function buildModel(db: Database): Promise<SimilarityModel> {
  const builder = new SimilarityModelBuilder();
  await readEvidence(db, (role) => builder.addRole(role, role.requirements as Iterable<RequirementEvidence>));
  return builder.build();
}

interface CachedModel {
  version: string;
  model: Promise<SimilarityModel>;
}

const cache = new WeakMap<Driver, CachedModel>();

async function evidenceVersion(db: Database): Promise<string> {
  const [row] = await db.read('analytics/evidence-version');
  return JSON.stringify(row ?? {});
}

/** The similarity model of the graph as it is now: the cached one while the evidence is unchanged. */
export async function similarityModel(db: Database): Promise<SimilarityModel> {
  const version = await evidenceVersion(db);
  const cached = cache.get(db.driver);
  if (cached?.version === version) return cached.model;
  const entry = { version, model: buildModel(db) };
  cache.set(db.driver, entry);
  // A failed build must not stay cached: the next request tries again.
  entry.model.catch(() => {
    if (cache.get(db.driver) === entry) cache.delete(db.driver);
  });
  return entry.model;
}
