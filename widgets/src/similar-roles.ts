// <similar-roles role="..." first="5">: the roles whose required skills overlap most with a role's, with the
// overlap (Jaccard) and the skills each asks for that the role does not.
import type { PropertyDeclarations } from 'lit';
import { define, type GraphRequest } from './graph-element.js';
import { badFirst, RoleList, type RoleItem } from './role-list.js';
import { plural } from './templates.js';

const QUERY = `query SimilarRoles($role: ID!, $first: Int) {
  similarRoles(role: $role, first: $first) {
    role { id title }
    score
    sharedCount
    missingSkills { name }
  }
}`;

interface RoleSimilarity {
  role: { id: string; title: string };
  score: number;
  sharedCount: number;
  missingSkills: { name: string }[];
}

export class SimilarRoles extends RoleList {
  static override properties: PropertyDeclarations = {
    role: { type: String },
  };

  // Also the ARIA role attribute: a role id is no ARIA role, so browsers ignore it as one.
  declare role: string | null;
  protected readonly loadingText = 'Loading similar roles...';
  protected readonly label = 'Similar roles';
  protected readonly emptyText = 'No role shares a skill with this one.';

  protected request(): GraphRequest | string {
    if (!this.role) return 'Set the role attribute to a role id, for example role="edge-ai-engineer".';
    const firstProblem = badFirst(this.first);
    if (firstProblem) return firstProblem;
    return { query: QUERY, variables: { role: this.role, first: this.first } };
  }

  protected parse(data: { similarRoles: RoleSimilarity[] }): RoleItem[] {
    return data.similarRoles.map((similar) => ({
      id: similar.role.id,
      title: similar.role.title,
      share: similar.score,
      measure: 'skill overlap',
      detail: `${plural(similar.sharedCount, 'shared skill')}`,
      missingSkills: similar.missingSkills.map((skill) => skill.name),
    }));
  }
}

define('similar-roles', SimilarRoles);
