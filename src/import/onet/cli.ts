// `npm run import:onet -- <folder>`: validates an O*NET release folder, then writes it into the configured Neo4j
// (starting the local one if needed, and seeding it so the curated roles exist to link), with progress on stderr
// and a summary at the end. Running it twice leaves the same counts.
import { openBackend } from '../../bootstrap.js';
import { loadConfig } from '../../config.js';
import { describeImport, importRelease, loadRelease } from './import.js';
import { parseCliOptions, USAGE, UsageError } from './options.js';
import type { Progress } from './write.js';

function progressPrinter(): (progress: Progress) => void {
  let lastPhase = '';
  let lastShown = 0;
  return ({ phase, done, total }) => {
    const now = performance.now();
    // One line per phase start and end, and at most one a second in between.
    if (phase === lastPhase && done !== total && now - lastShown < 1000) return;
    lastPhase = phase;
    lastShown = now;
    const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
    console.error(`[onet] ${phase}: ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (${percent}%)`);
  };
}

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env);
  const started = performance.now();
  console.error(`[onet] reading and validating ${options.folder}`);
  const release = await loadRelease(options.folder);
  const parseMs = performance.now() - started;
  console.error(`[onet] O*NET ${release.version} (${release.layout} layout) is valid (${(parseMs / 1000).toFixed(1)} s)`);

  const backend = await openBackend(loadConfig(), { seed: true, log: (line) => console.error(line) });
  try {
    const report = await importRelease(backend.database, release, {
      ...options,
      parseMs,
      onProgress: progressPrinter(),
    });
    console.log(describeImport(report));
  } finally {
    await backend.close();
  }
}

main().catch((error: Error) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else console.error(error.message);
  process.exit(1);
});
