// `npm run seed`: writes the curated seed into the configured Neo4j (the one a running `npm start` uses, or one
// started for the run) and prints what it wrote and where. Running it twice leaves the same counts.
import { openBackend } from '../bootstrap.js';
import { loadConfigOrExit } from '../config.js';

const backend = await openBackend(loadConfigOrExit(), { seed: true }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
console.log(`Written to ${backend.neo4j.describe}.`);
await backend.close();
