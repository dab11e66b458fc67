// `npm run import:onet [-- <folder>]`: validates an O*NET release folder (by default the O*NET 29.3 release the
// project ships in data/onet-29.3), then writes it into the configured Neo4j (the one a running `npm start` uses,
// or one started for the run, seeding it so the curated roles exist to link), with progress on stderr and a summary
// at the end. Running it twice leaves the same counts.
import { openBackend } from '../../bootstrap.js';
import { loadConfigOrExit } from '../../config.js';
import { describeImport, importRelease, loadRelease } from './import.js';
import { parseCliOptions, USAGE, UsageError } from './options.js';
import { progressPrinter } from './progress.js';

async function main(): Promise<void> {
  // Settings first: a bad one is reported before the release is read.
  const config = loadConfigOrExit();
  const options = parseCliOptions(process.argv.slice(2), process.env);
  const started = performance.now();
  console.error(`[onet] reading and validating ${options.folder}`);
  const release = await loadRelease(options.folder);
  const parseMs = performance.now() - started;
  console.error(`[onet] O*NET ${release.version} (${release.layout} layout) is valid (${(parseMs / 1000).toFixed(1)} s)`);

  const backend = await openBackend(config, { seed: true, log: (line) => console.error(line) });
  try {
    const report = await importRelease(backend.loading, release, {
      ...options,
      parseMs,
      onProgress: progressPrinter((line) => console.error(line)),
    });
    console.log(describeImport(report));
    console.log(`Written to ${backend.neo4j.describe}.`);
  } finally {
    await backend.close();
  }
}

main().catch((error: Error) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else console.error(error.message);
  process.exit(1);
});
