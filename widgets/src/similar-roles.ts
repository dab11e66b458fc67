// <similar-roles role-id="..." first="5">: the roles whose required skills overlap most with a role's, with the
// overlap (Jaccard) and the skills each asks for that the role does not.
import type { SimilarRolesQuery, SimilarRolesQueryVariables } from './generated.js';
import { define, type GraphRequest } from './graph-element.js';
import { badFirst, RoleList, type RoleItem } from './role-list.js';
import { plural } from './templates.js';

const QUERY = /* GraphQL */ `query SimilarRoles($role: ID!, $first: Int) {
  similarRoles(role: $role, first: $first) {
    role { id title }
    score
    sharedCount
    missingSkills { name }
  }
}`;

export class SimilarRoles extends RoleList<SimilarRolesQuery, SimilarRolesQueryVariables> {
  protected readonly loadingText = 'Loading similar roles...';
  protected readonly label = 'Similar roles';
  protected readonly emptyText = 'No role shares a skill with this one.';

  protected request(): GraphRequest<SimilarRolesQueryVariables> | string {
    const role = this.askedRoleId;
    if (!role) return 'Set the role-id attribute to a role id, for example role-id="edge-ai-engineer".';
    const firstProblem = badFirst(this.first);
    if (firstProblem) return firstProblem;
    return { query: QUERY, variables: { role, first: this.first } };
  }

  protected parse(data: SimilarRolesQuery): RoleItem[] {
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
