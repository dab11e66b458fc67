// GraphiQL for the career graph, bundled by Vite so that it needs no CDN (see vite.config.ts). It opens with the
// explorer (build a query by ticking fields) and one tab per main question (examples.ts).
// Monaco's editor workers are bundled as local files; without this the editor only half works.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { EXAMPLE_TABS } from './examples.js';

// The GraphQL endpoint at the same origin, unless the page is opened with ?endpoint=...
const endpoint = new URLSearchParams(window.location.search).get('endpoint');
const url = endpoint
  ? new URL(endpoint, window.location.href).toString()
  : new URL('/graphql', window.location.origin).toString();

const explorer = explorerPlugin();

createRoot(document.getElementById('root')!).render(
  createElement(GraphiQL, {
    fetcher: createGraphiQLFetcher({ url }),
    plugins: [explorer],
    // Open on the explorer: the people these tabs are for click fields rather than type them.
    visiblePlugin: explorer,
    // Used when the browser has no tabs saved from an earlier visit.
    defaultTabs: EXAMPLE_TABS.map(({ query }) => ({ query })),
  }),
);
