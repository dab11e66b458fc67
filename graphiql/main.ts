// GraphiQL for the career graph, bundled by Vite so that it needs no CDN (see vite.config.ts).
// Monaco's editor workers are bundled as local files; without this the editor only half works.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';

// The GraphQL endpoint at the same origin, unless the page is opened with ?endpoint=...
const endpoint = new URLSearchParams(window.location.search).get('endpoint');
const url = endpoint
  ? new URL(endpoint, window.location.href).toString()
  : new URL('/graphql', window.location.origin).toString();

const defaultQuery = `# The shortest route from Embedded Software Engineer to Senior Edge AI Engineer,
# with the months of each step and the skills to learn on the way.
query CareerPath {
  careerPath(from: "embedded-software-engineer", to: "senior-edge-ai-engineer") {
    totalSteps
    totalMonths { typical min max }
    steps {
      from { id title }
      to { id title }
      months { typical min max }
      kind
      skillsToLearn { id name }
    }
  }
}
`;

createRoot(document.getElementById('root')!).render(
  createElement(GraphiQL, { fetcher: createGraphiQLFetcher({ url }), defaultQuery }),
);
