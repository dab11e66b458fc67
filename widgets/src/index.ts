// The embeddable widgets: importing this module defines <career-path>, <next-roles>, <similar-roles> and
// <skill-overlap>.
import { CareerPath } from './career-path.js';
import { NextRoles } from './next-roles.js';
import { SimilarRoles } from './similar-roles.js';
import { SkillOverlap } from './skill-overlap.js';

export { CareerPath, NextRoles, SimilarRoles, SkillOverlap };
export { DEFAULT_ENDPOINT } from './graph-element.js';

declare global {
  interface HTMLElementTagNameMap {
    'career-path': CareerPath;
    'next-roles': NextRoles;
    'similar-roles': SimilarRoles;
    'skill-overlap': SkillOverlap;
  }
}
