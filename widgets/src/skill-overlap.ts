// <skill-overlap roles="a,b,c">: a heat map of how much the required skills of up to 20 roles overlap (Jaccard,
// 1 on the diagonal), with the shared-skill count on hover or focus, arrow-key navigation and a CSV download.
import { css, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { SkillOverlapQuery, SkillOverlapQueryVariables } from './generated.js';
import { define, GraphElement, idList, type GraphRequest } from './graph-element.js';
import { baseStyles } from './styles.js';
import { plural } from './templates.js';

const QUERY = /* GraphQL */ `query SkillOverlap($roles: [ID!]!) {
  skillOverlap(roles: $roles) {
    a { id title }
    b { id title }
    sharedCount
    jaccard
  }
}`;

const MAX_ROLES = 20;

type RolePairOverlap = SkillOverlapQuery['skillOverlap'][number];

/** The square matrix, in the order of the `roles` attribute. `shared` is null on the diagonal. */
interface Matrix {
  roles: { id: string; title: string }[];
  jaccard: number[][];
  shared: (number | null)[][];
}

type Cell = [row: number, col: number];

export class SkillOverlap extends GraphElement<SkillOverlapQuery, SkillOverlapQueryVariables, Matrix> {
  static override properties: PropertyDeclarations = {
    roles: { type: String },
    active: { state: true },
    shown: { state: true },
  };
  static override styles = [
    baseStyles,
    css`
      .scroll {
        overflow-x: auto;
      }
      table {
        border-collapse: separate;
        border-spacing: 2px;
      }
      th {
        font-weight: 600;
        font-size: 0.85em;
      }
      th[scope='row'] {
        padding-right: 8px;
        text-align: right;
        white-space: nowrap;
      }
      th[scope='col'] {
        vertical-align: bottom;
        padding-bottom: 6px;
      }
      th[scope='col'] span {
        writing-mode: vertical-rl;
        transform: rotate(180deg);
        white-space: nowrap;
      }
      td {
        min-width: 3.6em;
        height: 2.8em;
        text-align: center;
        font-variant-numeric: tabular-nums;
        border-radius: 4px;
        background: color-mix(in srgb, var(--_accent) var(--heat), var(--_bg));
        border: 1px solid var(--_border);
        cursor: default;
      }
      td.corner {
        border: 0;
        background: none;
      }
      td.hot {
        color: var(--_accent-fg);
      }
      td.shown {
        outline: 2px solid var(--_fg);
        outline-offset: -3px;
      }
      .shown-label {
        min-height: 1.45em;
        margin: 10px 0;
      }
      .foot {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 12px;
      }
      .legend {
        display: flex;
        align-items: center;
        gap: 6px;
        font-size: 0.85em;
      }
      .legend i {
        width: 120px;
        height: 10px;
        border: 1px solid var(--_border);
        border-radius: 2px;
        background: linear-gradient(
          to right,
          var(--_bg),
          color-mix(in srgb, var(--_accent) 60%, var(--_bg)) 50%,
          color-mix(in srgb, var(--_accent) 85%, var(--_bg)) 50%,
          var(--_accent)
        );
      }
    `,
  ];

  /** Comma-separated role ids, 2 to 20. */
  declare roles: string | undefined;
  declare private active: Cell;
  declare private shown: Cell | null;
  protected readonly loadingText = 'Loading the skill overlap...';

  constructor() {
    super();
    this.active = [0, 0];
    this.shown = null;
  }

  protected request(): GraphRequest<SkillOverlapQueryVariables> | string {
    const ids = idList(this.roles);
    if (ids.length < 2 || ids.length > MAX_ROLES) {
      return `Set the roles attribute to 2 to ${MAX_ROLES} role ids, comma-separated (got ${ids.length}).`;
    }
    return { query: QUERY, variables: { roles: ids } };
  }

  protected parse(data: SkillOverlapQuery): Matrix {
    const ids = idList(this.roles);
    const titles = new Map<string, string>();
    const pairs = new Map<string, RolePairOverlap>();
    for (const pair of data.skillOverlap) {
      titles.set(pair.a.id, pair.a.title).set(pair.b.id, pair.b.title);
      pairs.set(`${pair.a.id} ${pair.b.id}`, pair).set(`${pair.b.id} ${pair.a.id}`, pair);
    }
    const pair = (a: string, b: string) => pairs.get(`${a} ${b}`);
    return {
      roles: ids.map((id) => ({ id, title: titles.get(id) ?? id })),
      jaccard: ids.map((a) => ids.map((b) => (a === b ? 1 : (pair(a, b)?.jaccard ?? 0)))),
      shared: ids.map((a) => ids.map((b) => (a === b ? null : (pair(a, b)?.sharedCount ?? 0)))),
    };
  }

  protected renderData(matrix: Matrix): TemplateResult {
    const [activeRow, activeCol] = this.active;
    return html`
      <div class="scroll">
        <table
          role="grid"
          aria-label="Skill overlap between roles (Jaccard index)"
          @keydown=${(e: KeyboardEvent) => this.onKeydown(e, matrix.roles.length)}
          @mouseleave=${() => (this.shown = null)}
          @focusout=${() => (this.shown = null)}
        >
          <thead>
            <tr>
              <td class="corner" aria-hidden="true"></td>
              ${matrix.roles.map((role) => html`<th scope="col" role="columnheader"><span>${role.title}</span></th>`)}
            </tr>
          </thead>
          <tbody>
            ${matrix.roles.map(
              (role, row) => html`<tr>
                <th scope="row" role="rowheader">${role.title}</th>
                ${matrix.roles.map((_, col) => {
                  const value = matrix.jaccard[row][col];
                  const isShown = this.shown?.[0] === row && this.shown?.[1] === col;
                  return html`<td
                    role="gridcell"
                    class="${value >= HOT ? 'hot' : ''} ${isShown ? 'shown' : ''}"
                    style="--heat: ${heat(value)}%"
                    tabindex=${row === activeRow && col === activeCol ? 0 : -1}
                    data-row=${row}
                    data-col=${col}
                    title=${describe(matrix, row, col)}
                    aria-label=${`${formatJaccard(value)}, ${describe(matrix, row, col)}`}
                    @mouseenter=${() => (this.shown = [row, col])}
                    @focus=${() => (this.shown = this.active = [row, col])}
                  >
                    ${formatJaccard(value)}
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="shown-label">
        ${
          this.shown
            ? describe(matrix, ...this.shown)
            : html`<span class="muted">Hover over or focus a cell (arrow keys move) to see the shared skills.</span>`
        }
      </p>
      <div class="foot">
        <span class="legend muted">0 <i aria-hidden="true"></i> 1 (Jaccard: shared skills / skills of either role)</span>
        <button type="button" @click=${() => downloadCsv(matrix)}>Download CSV</button>
      </div>
    `;
  }

  private onKeydown(event: KeyboardEvent, size: number): void {
    const [row, col] = this.active;
    const last = size - 1;
    const moves: Record<string, Cell> = {
      ArrowUp: [Math.max(row - 1, 0), col],
      ArrowDown: [Math.min(row + 1, last), col],
      ArrowLeft: [row, Math.max(col - 1, 0)],
      ArrowRight: [row, Math.min(col + 1, last)],
      Home: [row, 0],
      End: [row, last],
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`td[data-row="${next[0]}"][data-col="${next[1]}"]`)?.focus();
  }
}

const HOT = 0.5;

// Below HOT, 0-60% accent under dark text; from HOT, 85-100% accent under light text. The colours in between
// would leave either text under 4.5:1 contrast (WCAG AA), so the scale skips them.
function heat(value: number): number {
  return Math.round(value < HOT ? (value / HOT) * 60 : 85 + ((value - HOT) / (1 - HOT)) * 15);
}

function formatJaccard(value: number): string {
  return value === 1 ? '1' : value.toFixed(2);
}

function describe(matrix: Matrix, row: number, col: number): string {
  const shared = matrix.shared[row][col];
  const a = matrix.roles[row].title;
  if (shared === null) return `${a}: the same role (Jaccard 1)`;
  const b = matrix.roles[col].title;
  return `${a} and ${b}: ${plural(shared, 'shared skill')}, Jaccard ${matrix.jaccard[row][col].toFixed(2)}`;
}

/** The matrix as CSV: a header row of role ids, then one row per role with its Jaccard values. */
export function toCsv(matrix: Matrix): string {
  const ids = matrix.roles.map((role) => role.id);
  const rows = [['role', ...ids], ...ids.map((id, row) => [id, ...matrix.jaccard[row].map(String)])];
  return `${rows.map((cells) => cells.join(',')).join('\n')}\n`;
}

function downloadCsv(matrix: Matrix): void {
  const url = URL.createObjectURL(new Blob([toCsv(matrix)], { type: 'text/csv' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: 'skill-overlap.csv' });
  link.click();
  // Revoked later, not at once: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

define('skill-overlap', SkillOverlap);
