// The base of every widget: the `endpoint` attribute, one GraphQL request per distinct set of inputs, and the
// loading and error states, shown the same way by every element.
import { LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type TemplateResult } from 'lit';
import { baseStyles } from './styles.js';

/** The API beside the script: a page that loads the widgets from the career graph needs no configuration. */
export const DEFAULT_ENDPOINT = `${new URL(import.meta.url).origin}/graphql`;

/** A query and its variables, typed by the variables type codegen generates from the same query. */
export interface GraphRequest<Variables> {
  query: string;
  variables: Variables;
}

type Status<T> = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; data: T };

/**
 * `Data` and `Variables` are the types `npm run codegen` generates from the element's query (widgets/src/generated.ts),
 * so a schema change that breaks a widget's query or its reading of the answer fails the typecheck; `T` is what the
 * element draws.
 */
export abstract class GraphElement<Data, Variables, T> extends LitElement {
  static override properties: PropertyDeclarations = {
    endpoint: { type: String },
    status: { state: true },
  };
  static override styles: CSSResultGroup = baseStyles;

  declare endpoint: string;
  declare protected status: Status<T>;
  /** What the element says while its request runs ("Loading the route..."). */
  protected abstract readonly loadingText: string;
  private requestKey?: string;
  private inFlight?: AbortController;

  constructor() {
    super();
    this.endpoint = DEFAULT_ENDPOINT;
    this.status = { kind: 'loading' };
  }

  /** The request the current attributes ask for, or a message naming the attribute that is missing or wrong. */
  protected abstract request(): GraphRequest<Variables> | string;
  /** Draws the answer (`data` of the GraphQL response, shaped by `parse`). */
  protected abstract renderData(data: T): TemplateResult;
  protected abstract parse(data: Data): T;

  // Lit batches attribute changes into one update, and the key skips updates that change no input (hover,
  // focus): so exactly one request per render of new inputs.
  protected override willUpdate(): void {
    const request = this.request();
    const key = typeof request === 'string' ? request : JSON.stringify([this.endpoint, request]);
    if (key === this.requestKey) return;
    this.requestKey = key;
    this.inFlight?.abort();
    if (typeof request === 'string') {
      this.status = { kind: 'error', message: request };
    } else {
      this.status = { kind: 'loading' };
      void this.load(request);
    }
  }

  private async load(request: GraphRequest<Variables>): Promise<void> {
    const controller = (this.inFlight = new AbortController());
    const result = await postGraphQL(this.endpoint, request, controller.signal);
    if (controller.signal.aborted) return; // a newer request has replaced this one
    this.status = 'error' in result ? { kind: 'error', message: result.error } : { kind: 'ready', data: this.parse(result.data as Data) };
  }

  protected override render(): TemplateResult {
    const { status } = this;
    const message = status.kind === 'loading' ? this.loadingText : status.kind === 'error' ? status.message : '';
    return html`
      <p class="state ${status.kind}" part="state" role="status" aria-live="polite">${message}</p>
      ${status.kind === 'ready' ? this.renderData(status.data) : nothing}
    `;
  }

  /** Tells the page that the person chose a role. */
  protected selectRole(id: string): void {
    this.dispatchEvent(new CustomEvent('role-select', { detail: { id }, bubbles: true, composed: true }));
  }
}

async function postGraphQL(endpoint: string, request: GraphRequest<unknown>, signal: AbortSignal): Promise<{ data: unknown } | { error: string }> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      signal,
    });
  } catch {
    // A refused connection and a CORS refusal look the same to a page: fetch rejects with no detail.
    return { error: `Cannot reach the career graph API at ${endpoint}` };
  }
  const body = await response.json().catch(() => undefined);
  const message: unknown = body?.errors?.[0]?.message;
  if (typeof message === 'string') return { error: message };
  if (!response.ok || !body?.data) {
    return { error: `The career graph API at ${endpoint} answered ${response.status} ${response.statusText}`.trim() };
  }
  return { data: body.data };
}

/** A comma-separated attribute ("python, cpp") as a list of ids, without blanks or repeats. */
export function idList(value: string | null | undefined): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

export function define(name: string, element: CustomElementConstructor): void {
  // The script may be loaded twice on one page (two embeds): the second definition would throw.
  if (!customElements.get(name)) customElements.define(name, element);
}
