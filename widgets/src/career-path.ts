// <career-path from="..." to="..." optimize="MONTHS" known-skills="a,b">: the best route between two roles as a
// diagram (role boxes joined by arrows carrying the months), the total, and per step the skill areas to learn
// (each area's parts on demand) and the certifications that help.
import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { CareerPathQuery, CareerPathQueryVariables, PathOptimization } from './generated.js';
import { define, GraphElement, idList, type GraphRequest } from './graph-element.js';
import { baseStyles } from './styles.js';
import { chips, months as monthsText, plural } from './templates.js';

const QUERY = /* GraphQL */ `query CareerPath($from: ID!, $to: ID!, $optimize: PathOptimization, $knownSkills: [ID!]) {
  careerPaths(from: $from, to: $to, optimize: $optimize, first: 1, knownSkills: $knownSkills) {
    roles { id title }
    totalMonths { typical min max }
    totalSkillsToLearn
    steps {
      from { title }
      to { title }
      months { typical min max }
      kind
      skillsToLearn(grain: AREA) { id name parts { id name } }
      certifications { name }
    }
  }
}`;

type Route = CareerPathQuery['careerPaths'][number];
type Months = Route['totalMonths'];
type Area = Route['steps'][number]['skillsToLearn'][number];

const AREAS_SHOWN = 8;

export class CareerPath extends GraphElement<CareerPathQuery, CareerPathQueryVariables, Route | null> {
  static override properties: PropertyDeclarations = {
    from: { type: String },
    to: { type: String },
    optimize: { type: String },
    knownSkills: { type: String, attribute: 'known-skills' },
  };
  static override styles = [
    baseStyles,
    css`
      :host {
        container-type: inline-size;
      }
      .total {
        margin: 0 0 12px;
      }
      .total strong {
        font-size: 1.25em;
      }
      ol {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .diagram {
        display: flex;
        align-items: center;
        flex-wrap: wrap;
        gap: 8px 0;
        margin-bottom: 16px;
      }
      .stop {
        display: flex;
        align-items: center;
      }
      .box {
        min-width: 9em;
        max-width: 14em;
        padding: 10px 14px;
        border: 2px solid var(--_accent);
        border-radius: var(--_radius);
        background: var(--_bg);
        font-weight: 600;
        text-align: center;
      }
      .stop:last-child .box {
        color: var(--_accent-fg);
        background: var(--_accent);
      }
      .arrow {
        display: flex;
        flex-direction: column;
        align-items: center;
        min-width: 6.5em;
        padding: 0 6px;
        font-size: 0.85em;
        font-weight: 600;
        color: var(--_muted);
        white-space: nowrap;
      }
      .arrow svg {
        width: 100%;
        height: 12px;
        color: var(--_accent);
      }
      .steps {
        display: grid;
        gap: 10px;
      }
      .step {
        padding: 10px 12px;
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .step h3 {
        margin: 0 0 2px;
        font-size: 1em;
      }
      .step p,
      .certs {
        margin: 8px 0 0;
      }
      details {
        margin-top: 4px;
      }
      summary {
        cursor: pointer;
        color: var(--_accent);
        font-size: 0.9em;
      }
      .areas {
        display: grid;
        gap: 2px;
        margin: 4px 0 0;
        padding: 0;
        list-style: none;
      }
      .areas details {
        margin: 0;
      }
      .areas summary {
        color: inherit;
        font-size: 1em;
      }
      .area-name {
        font-weight: 600;
      }
      .areas .chips {
        margin: 2px 0 6px 1.2em;
      }
      @container (max-width: 520px) {
        .diagram,
        .stop {
          flex-direction: column;
          align-items: stretch;
        }
        .box {
          max-width: none;
        }
        .arrow svg {
          width: 32px;
          margin: 10px 0; /* the rotated arrow is 32px tall in a 12px box */
          transform: rotate(90deg);
        }
      }
    `,
  ];

  declare from: string | undefined;
  declare to: string | undefined;
  /** STEPS, MONTHS or SKILLS_TO_LEARN. */
  declare optimize: string;
  declare knownSkills: string | undefined;
  protected readonly loadingText = 'Loading the route...';

  constructor() {
    super();
    this.optimize = 'STEPS';
  }

  protected request(): GraphRequest<CareerPathQueryVariables> | string {
    if (!this.from || !this.to) {
      return 'Set the from and to attributes to role ids, for example from="embedded-software-engineer".';
    }
    const knownSkills = idList(this.knownSkills);
    return {
      query: QUERY,
      variables: {
        from: this.from,
        to: this.to,
        // An attribute is free text: when it names no PathOptimization, the API's error says which it accepts.
        optimize: this.optimize.trim().toUpperCase() as PathOptimization,
        knownSkills: knownSkills.length ? knownSkills : null,
      },
    };
  }

  protected parse(data: CareerPathQuery): Route | null {
    return data.careerPaths[0] ?? null;
  }

  protected renderData(route: Route | null): TemplateResult {
    if (!route) return html`<p class="muted">No route from "${this.from}" to "${this.to}" in the graph.</p>`;
    const { roles, steps, totalMonths } = route;
    return html`
      <p class="total">
        Total <strong>${monthsText(totalMonths.typical)}</strong>
        <span class="muted">(${range(totalMonths)}) · ${plural(steps.length, 'step')} ·
        ${plural(route.totalSkillsToLearn, 'skill area')} to learn</span>
      </p>
      <ol class="diagram" aria-label="Route from ${roles[0].title} to ${roles[roles.length - 1].title}">
        ${roles.map(
          (role, index) => html`<li class="stop">
            ${index > 0 ? arrow(steps[index - 1].months.typical) : nothing}
            <span class="box">${role.title}</span>
          </li>`,
        )}
      </ol>
      <ol class="steps" aria-label="Steps">
        ${steps.map((step) => {
          const areas = step.skillsToLearn;
          return html`<li class="step">
            <h3>${step.from.title} → ${step.to.title}</h3>
            <div class="muted">
              ${monthsText(step.months.typical)} (${range(step.months)})${step.kind ? ` · ${kindLabel(step.kind)}` : ''}
            </div>
            <p>${areas.length === 0 ? 'No new skills to learn' : `Skill areas to learn (${areas.length}):`}</p>
            ${areaList(areas.slice(0, AREAS_SHOWN))}
            ${
              areas.length > AREAS_SHOWN
                ? html`<details>
                  <summary>${plural(areas.length - AREAS_SHOWN, 'more area')}</summary>
                  ${areaList(areas.slice(AREAS_SHOWN))}
                </details>`
                : nothing
            }
            ${
              step.certifications.length
                ? html`<div class="certs">Certifications that help: ${chips(step.certifications.map((c) => c.name))}</div>`
                : nothing
            }
          </li>`;
        })}
      </ol>
    `;
  }
}

/**
 * The areas of a step, each with its parts (the techniques and tools that make it up) behind a disclosure: the
 * area is what to learn, the parts are how, and a reader opens only the ones they care about.
 */
function areaList(areas: Area[]): TemplateResult {
  return html`<ul class="areas">
    ${areas.map((area) =>
      area.parts.length === 0
        ? html`<li><span class="area-name">${area.name}</span></li>`
        : html`<li>
            <details>
              <summary><span class="area-name">${area.name}</span> <span class="muted">${plural(area.parts.length, 'part')}</span></summary>
              ${chips(area.parts.map((part) => part.name))}
            </details>
          </li>`,
    )}
  </ul>`;
}

function arrow(typical: number | null): TemplateResult {
  return html`<span class="arrow">
    ${monthsText(typical)}
    <svg viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
      <path d="M0 6H92M86 1l8 5-8 5" fill="none" stroke="currentColor" stroke-width="2" vector-effect="non-scaling-stroke" />
    </svg>
  </span>`;
}

function range(months: Months): string {
  if (months.min === null || months.max === null) return 'range unknown';
  return months.min === months.max ? plural(months.min, 'month') : `${months.min}–${months.max} months`;
}

function kindLabel(kind: string): string {
  const label = kind.toLowerCase().replace(/_/g, ' ');
  return label[0].toUpperCase() + label.slice(1);
}

define('career-path', CareerPath);
