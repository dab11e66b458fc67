// What the scale bench's generator hands to its writer: a graph of any size, as the importer's own rows.
import type { LinkRow, NodeRow } from '../../src/db/write-rows.js';

export interface ScaleOptions {
  roles: number;
  seed: number;
}

export interface RoleRequirements {
  /** REQUIRED rated skills and knowledge areas (importance score and level). */
  rated: LinkRow[];
  /** DIFFERENTIATING technologies. */
  technologies: LinkRow[];
}

export interface ScaleGraph {
  roles: number;
  seed: number;
  /** The Source node: says the graph is generated, by what and with which seed. */
  source: NodeRow;
  sourceId: string;
  roleRows(): NodeRow[];
  elementSkills: NodeRow[];
  /** The technologies some role uses. */
  technologySkills: NodeRow[];
  technologyClasses: NodeRow[];
  technologyAreas: LinkRow[];
  /** REQUIRES of the roles with index start..end-1. */
  requirements(start: number, end: number): RoleRequirements;
  /** TRANSITIONS_TO from the roles with index start..end-1. */
  transitions(start: number, end: number): LinkRow[];
  roleId(index: number): string;
}
