// Small templates the widgets share.
import { html, nothing, type TemplateResult } from 'lit';

/** Names as chips, the first `max` of them, then how many more there are. */
export function chips(names: string[], max = names.length): TemplateResult {
  const more = names.length - max;
  return html`<ul class="chips">
    ${names.slice(0, max).map((name) => html`<li class="chip">${name}</li>`)}
    ${more > 0 ? html`<li class="muted">+${more} more</li>` : nothing}
  </ul>`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A number of months, or that it is unknown (the API has no figure for some moves). */
export function months(count: number | null): string {
  return count === null ? 'months unknown' : plural(count, 'month');
}
