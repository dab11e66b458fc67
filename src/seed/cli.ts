// `npm run seed`: writes the curated seed into the configured Neo4j (starting the local one if needed) and prints
// what it wrote. Running it twice leaves the same counts.
import { openBackend } from '../bootstrap.js';
import { loadConfig } from '../config.js';

const backend = await openBackend(loadConfig(), { seed: true }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
await backend.close();
