// <next-roles role="..." known-skills="a,b" first="5">: the roles one or two moves away, best first, with how
// much of each the person's skills already cover and what they still miss.
import type { PropertyDeclarations } from 'lit';
import { define, idList, type GraphRequest } from './graph-element.js';
import { badFirst, RoleList, type RoleItem } from './role-list.js';
import { plural } from './templates.js';

const QUERY = `query NextRoles($role: ID!, $knownSkills: [ID!], $first: Int) {
  nextRoles(role: $role, knownSkills: $knownSkills, first: $first) {
    role { id title }
    route { roles { title } }
    months { typical }
    coverage
    missingSkills { name }
  }
}`;

interface NextRole {
  role: { id: string; title: string };
  route: { roles: { title: string }[] };
  months: { typical: number };
  coverage: number;
  missingSkills: { name: string }[];
}

export class NextRoles extends RoleList {
  static override properties: PropertyDeclarations = {
    role: { type: String },
    knownSkills: { type: String, attribute: 'known-skills' },
  };

  // Also the ARIA role attribute: a role id is no ARIA role, so browsers ignore it as one.
  declare role: string | null;
  declare knownSkills: string | undefined;
  protected readonly loadingText = 'Loading the next roles...';
  protected readonly label = 'Next roles';
  protected readonly emptyText = 'No roles lead on from this one in the graph.';

  protected request(): GraphRequest | string {
    if (!this.role) return 'Set the role attribute to a role id, for example role="embedded-software-engineer".';
    const firstProblem = badFirst(this.first);
    if (firstProblem) return firstProblem;
    const knownSkills = idList(this.knownSkills);
    return {
      query: QUERY,
      variables: { role: this.role, knownSkills: knownSkills.length ? knownSkills : null, first: this.first },
    };
  }

  protected parse(data: { nextRoles: NextRole[] }): RoleItem[] {
    return data.nextRoles.map((next) => {
      const via = next.route.roles.slice(1, -1).map((role) => role.title);
      return {
        id: next.role.id,
        title: next.role.title,
        share: next.coverage,
        measure: 'skills covered',
        detail: `About ${plural(next.months.typical, 'month')}${via.length ? `, via ${via.join(', ')}` : ''}`,
        missingSkills: next.missingSkills.map((skill) => skill.name),
      };
    });
  }
}

define('next-roles', NextRoles);
