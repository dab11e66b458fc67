// `npm run import:esco -- <folder>`: validates an ESCO release folder (and the crosswalks beside it), then writes it
// into the configured Neo4j (the one a running `npm start` uses, or one started for the run, seeded), with progress
// on stderr and a summary at the end. Import O*NET first: the O*NET links and job zones come from the graph.
// Running it twice leaves the same counts.
import { openBackend } from '../../bootstrap.js';
import { loadConfigOrExit } from '../../config.js';
import { progressPrinter } from '../onet/progress.js';
import { describeEscoImport, importEscoRelease, loadEscoRelease } from './import.js';
import { parseEscoCliOptions, USAGE, UsageError } from './options.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const options = parseEscoCliOptions(process.argv.slice(2));
  const started = performance.now();
  console.error(`[esco] reading and validating ${options.folder}`);
  const release = await loadEscoRelease(options.folder, options);
  const parseMs = performance.now() - started;
  console.error(`[esco] ESCO v${release.version} is valid (${(parseMs / 1000).toFixed(1)} s)`);

  const backend = await openBackend(config, { seed: true, log: (line) => console.error(line) });
  try {
    const report = await importEscoRelease(backend.loading, release, {
      ...options,
      parseMs,
      // The O*NET importer's progress lines, labelled for this import.
      onProgress: progressPrinter((line) => console.error(line.replace(/^\[onet\]/, '[esco]'))),
    });
    console.log(describeEscoImport(report));
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
