// The list shared by <next-roles> and <similar-roles>: a listbox of roles with a percentage and the missing
// skills. Arrow keys, Home and End move between roles; click, Enter or Space selects one (a `role-select` event).
import { css, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { GraphElement } from './graph-element.js';
import { baseStyles } from './styles.js';
import { chips, percent } from './templates.js';

export interface RoleItem {
  id: string;
  title: string;
  /** 0-1, shown as a percentage and a bar. */
  share: number;
  /** What the share measures ("skills covered"). */
  measure: string;
  detail: string;
  missingSkills: string[];
}

const MISSING_SHOWN = 6;

/** The message for a `first` attribute that is not a whole number (the API checks the range). */
export function badFirst(first: number): string | undefined {
  return Number.isInteger(first) ? undefined : 'Set the first attribute to a whole number, for example first="5".';
}

export abstract class RoleList<Data, Variables> extends GraphElement<Data, Variables, RoleItem[]> {
  static override properties: PropertyDeclarations = {
    roleId: { type: String, attribute: 'role-id' },
    // The old name of role-id, still read. Deprecated: it is also ARIA's `role` attribute, which browsers then
    // ignore (a role id is no ARIA role). Not a `role` property either: that one is the browser's ARIA reflection.
    deprecatedRole: { type: String, attribute: 'role' },
    first: { type: Number },
    active: { state: true },
    selected: { state: true },
  };
  static override styles = [
    baseStyles,
    css`
      ul[role='listbox'] {
        display: grid;
        gap: 8px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li[role='option'] {
        padding: 10px 12px;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        cursor: pointer;
      }
      li[role='option']:hover {
        border-color: var(--_accent);
      }
      li[aria-selected='true'] {
        border-color: var(--_accent);
        box-shadow: inset 4px 0 0 var(--_accent);
      }
      .head {
        display: flex;
        justify-content: space-between;
        gap: 12px;
        align-items: baseline;
      }
      .title {
        font-weight: 600;
      }
      .share {
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .share small {
        font-weight: 400;
        color: var(--_muted);
      }
      .bar {
        height: 6px;
        margin: 6px 0;
        border-radius: 3px;
        background: var(--_surface);
        overflow: hidden;
      }
      .bar span {
        display: block;
        height: 100%;
        background: var(--_accent);
      }
      .detail {
        font-size: 0.9em;
      }
    `,
  ];

  /** The role id asked about (the `role-id` attribute). */
  declare roleId: string | undefined;
  declare deprecatedRole: string | undefined;
  /** How many roles to ask for (the API allows 1-50; nextRoles 1-20). */
  declare first: number;
  declare private active: number;
  declare private selected: string | undefined;
  /** The listbox's accessible name. */
  protected abstract readonly label: string;
  protected abstract readonly emptyText: string;

  constructor() {
    super();
    this.first = 5;
    this.active = 0;
  }

  /** `role-id`, else the deprecated `role` attribute. */
  protected get askedRoleId(): string | undefined {
    return this.roleId || this.deprecatedRole || undefined;
  }

  protected override renderData(items: RoleItem[]): TemplateResult {
    if (items.length === 0) return html`<p class="muted">${this.emptyText}</p>`;
    const active = Math.min(this.active, items.length - 1);
    return html`<ul role="listbox" aria-label=${this.label} @keydown=${(e: KeyboardEvent) => this.onKeydown(e, items)}>
      ${items.map(
        (item, index) => html`<li
          role="option"
          data-id=${item.id}
          tabindex=${index === active ? 0 : -1}
          aria-selected=${item.id === this.selected ? 'true' : 'false'}
          @click=${() => this.select(items, index)}
        >
          <div class="head">
            <span class="title">${item.title}</span>
            <span class="share">${percent(item.share)} <small>${item.measure}</small></span>
          </div>
          <div class="bar" aria-hidden="true"><span style="width: ${percent(item.share)}"></span></div>
          <div class="detail muted">${item.detail}</div>
          ${
            item.missingSkills.length === 0
              ? html`<div class="detail">No missing skills</div>`
              : html`<div class="detail">Missing skills: ${chips(item.missingSkills, MISSING_SHOWN)}</div>`
          }
        </li>`,
      )}
    </ul>`;
  }

  private onKeydown(event: KeyboardEvent, items: RoleItem[]): void {
    const last = items.length - 1;
    const current = Math.min(this.active, last); // the list may have shrunk since the last move
    const moves: Record<string, number> = {
      ArrowDown: Math.min(current + 1, last),
      ArrowUp: Math.max(current - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      void this.focusItem(moves[event.key]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault(); // Space would scroll the page
      const index = [...this.options()].indexOf(event.target as HTMLElement);
      this.select(items, index < 0 ? current : index);
    }
  }

  private select(items: RoleItem[], index: number): void {
    this.active = index;
    this.selected = items[index].id;
    this.selectRole(items[index].id);
  }

  private async focusItem(index: number): Promise<void> {
    this.active = index;
    await this.updateComplete;
    this.options()[index]?.focus();
  }

  private options(): NodeListOf<HTMLElement> {
    return this.renderRoot.querySelectorAll<HTMLElement>('[role="option"]');
  }
}
