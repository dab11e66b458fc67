// <next-roles role-id="..." known-skills="a,b" first="5">: the roles one or two moves away, best first, with how
// much of each the person's skills already cover and what they still miss.
import type { PropertyDeclarations } from 'lit';
import type { NextRolesQuery, NextRolesQueryVariables } from './generated.js';
import { define, idList, type GraphRequest } from './graph-element.js';
import { badFirst, RoleList, type RoleItem } from './role-list.js';
import { months } from './templates.js';

const QUERY = /* GraphQL */ `query NextRoles($role: ID!, $knownSkills: [ID!], $first: Int) {
  nextRoles(role: $role, knownSkills: $knownSkills, first: $first) {
    role { id title }
    route { roles { title } }
    months { typical }
    coverage
    missingSkills { name }
  }
}`;

export class NextRoles extends RoleList<NextRolesQuery, NextRolesQueryVariables> {
  static override properties: PropertyDeclarations = {
    knownSkills: { type: String, attribute: 'known-skills' },
  };

  declare knownSkills: string | undefined;
  protected readonly loadingText = 'Loading the next roles...';
  protected readonly label = 'Next roles';
  protected readonly emptyText = 'No roles lead on from this one in the graph.';

  protected request(): GraphRequest<NextRolesQueryVariables> | string {
    const role = this.askedRoleId;
    if (!role) return 'Set the role-id attribute to a role id, for example role-id="embedded-software-engineer".';
    const firstProblem = badFirst(this.first);
    if (firstProblem) return firstProblem;
    const knownSkills = idList(this.knownSkills);
    return {
      query: QUERY,
      variables: { role, knownSkills: knownSkills.length ? knownSkills : null, first: this.first },
    };
  }

  protected parse(data: NextRolesQuery): RoleItem[] {
    return data.nextRoles.map((next) => {
      const via = next.route.roles.slice(1, -1).map((role) => role.title);
      return {
        id: next.role.id,
        title: next.role.title,
        share: next.coverage,
        measure: 'skills covered',
        detail: `About ${months(next.months.typical)}${via.length ? `, via ${via.join(', ')}` : ''}`,
        missingSkills: next.missingSkills.map((skill) => skill.name),
      };
    });
  }
}

define('next-roles', NextRoles);
