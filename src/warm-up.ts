// A fresh Neo4j plans each statement the first time it runs, which on a busy machine can take seconds: `npm start`
// asks GraphiQL's example questions once before it prints its address, so that a newcomer's first question meets
// warm plans and caches instead of QUERY_TIMEOUT_MS.
import { EXAMPLE_TABS } from './graphql/example-queries.js';

/** Runs every example query against the API once; answers and errors are ignored. Returns the seconds it took. */
export async function warmUp(graphqlUrl: string): Promise<number> {
  const started = performance.now();
  for (const { query } of EXAMPLE_TABS) {
    await fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then(
      (response) => response.arrayBuffer(),
      () => undefined, // a warm-up that fails leaves the first request as slow as it would have been: nothing lost
    );
  }
  return (performance.now() - started) / 1000;
}
