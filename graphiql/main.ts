// GraphiQL for the career graph, bundled by Vite so that it needs no CDN (see vite.config.ts). It opens with the
// explorer (build a query by ticking fields) and one tab per main question (examples.ts).
// Monaco's editor workers are bundled as local files; without this the editor only half works.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { Kind, parse } from 'graphql';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { EXAMPLE_TABS } from '../src/graphql/example-queries.js';

// The GraphQL endpoint at the same origin, unless the page is opened with ?endpoint=...
const endpoint = new URLSearchParams(window.location.search).get('endpoint');
const url = endpoint ? new URL(endpoint, window.location.href).toString() : new URL('/graphql', window.location.origin).toString();

const explorer = explorerPlugin();

/** The operation to run: the one GraphiQL names when the document defines it, else the document's only operation. */
function operationToRun(query: string, named: string | null | undefined): string | null | undefined {
  let names: (string | undefined)[];
  try {
    names = parse(query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value] : []));
  } catch {
    return named; // a syntax error: the server reports it with its location
  }
  if (named && names.includes(named)) return named;
  return names.length === 1 ? (names[0] ?? null) : named;
}

// Right after a tab switch GraphiQL can send the previous tab's operation name with the new tab's document (a race
// in its state), which the server refuses ("Unknown operation named ..."): name the operation the document has.
const sendToApi = createGraphiQLFetcher({ url });
const fetcher: Fetcher = (params, options) => sendToApi({ ...params, operationName: operationToRun(params.query, params.operationName) }, options);

createRoot(document.getElementById('root')!).render(
  createElement(GraphiQL, {
    fetcher,
    plugins: [explorer],
    // Open on the explorer: the people these tabs are for click fields rather than type them.
    visiblePlugin: explorer,
    // Used when the browser has no tabs saved from an earlier visit.
    defaultTabs: EXAMPLE_TABS.map(({ query }) => ({ query })),
  }),
);
