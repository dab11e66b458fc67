// Curator writes: each mutation is one write transaction that checks what must exist, then writes. Everything
// written carries source 'curated', updatedAt and updatedBy.
import type { Database, WriteContext } from '../db/database.js';
import { BadInputError, NotFoundError } from '../domain/errors.js';
import type { TransitionMonths } from '../domain/months.js';
import type { SkillImportance } from '../domain/skill-areas.js';
import type { TransitionKind } from '../domain/transitions.js';
import type { RoleRecord, SkillRecord, TransitionRecord } from './records.js';

export interface Author {
  sub: string;
}

/** A curator's change to a transition: a field left out stays as it is, null removes it. */
export type TransitionChanges = Partial<TransitionMonths> & {
  kind?: TransitionKind;
  description?: string | null;
  keyArtifacts?: string[] | null;
};

const stamp = (author: Author) => ({ updatedAt: new Date().toISOString(), updatedBy: author.sub });

async function requireIds(tx: WriteContext, statement: string, kind: string, ids: string[], field?: string): Promise<void> {
  const [row] = await tx.run(statement, { ids });
  const missing = (row?.missing as string[]) ?? [];
  if (missing.length === 0) return;
  if (field) throw new BadInputError(field, `no ${kind} with id ${missing.map((id) => `"${id}"`).join(', ')}`);
  throw new NotFoundError(kind, missing);
}

export function upsertRole(
  db: Database,
  author: Author,
  id: string,
  props: Record<string, unknown>,
  salaryBands: Record<string, unknown>[] | null,
): Promise<RoleRecord> {
  return db.write(async (tx) => {
    const [row] = await tx.run('curation/upsert-role', { id, props, ...stamp(author) });
    if (salaryBands) await tx.run('curation/replace-salary-bands', { id, bands: salaryBands, ...stamp(author) });
    return row.item as RoleRecord;
  });
}

export function upsertSkill(db: Database, author: Author, id: string, props: Record<string, unknown>): Promise<SkillRecord> {
  return db.write(async (tx) => {
    const [row] = await tx.run('curation/upsert-skill', { id, props, ...stamp(author) });
    return row.item as SkillRecord;
  });
}

export function setRoleSkills(db: Database, author: Author, roleId: string, skills: { skill: string; importance: SkillImportance }[]): Promise<void> {
  return db.write(async (tx) => {
    await requireIds(tx, 'roles/missing-ids', 'role', [roleId]);
    await requireIds(
      tx,
      'skills/missing-ids',
      'skill',
      skills.map((s) => s.skill),
      'skills',
    );
    await tx.run('curation/set-role-skills', { role: roleId, skills, ...stamp(author) });
  });
}

export function upsertTransition(db: Database, author: Author, from: string, to: string, props: TransitionChanges): Promise<TransitionRecord> {
  return db.write(async (tx) => {
    await requireIds(tx, 'roles/missing-ids', 'role', [from, to]);
    const [row] = await tx.run('curation/upsert-transition', { from, to, props, ...stamp(author) });
    return row.item as TransitionRecord;
  });
}

export function removeTransition(db: Database, author: Author, from: string, to: string): Promise<boolean> {
  return db.write(async (tx) => {
    await requireIds(tx, 'roles/missing-ids', 'role', [from, to]);
    const [row] = await tx.run('curation/remove-transition', { from, to, ...stamp(author) });
    return ((row?.removed as number) ?? 0) > 0;
  });
}
