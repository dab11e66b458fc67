// `npx tsx src/import/onet/derivation-check.ts [folder]`: how well the rule that derives requirements for unrated
// occupations recovers known ones. Each rated occupation in turn has its ratings hidden and derived from the others;
// prints precision and recall of the REQUIRED set and the mean absolute error of importance and level, for the rule
// as the import runs it, without technologies (as for the 93 unrated occupations that list none), and for the plain
// mean of every rated occupation as a baseline. docs/onet-import.md quotes the figures.
import { measureRecovery, type RecoveryFigures } from './derivation-recovery.js';
import { DEFAULT_NEIGHBOURS, type DerivationOptions } from './derived-requirements.js';
import { SHIPPED_RELEASE_DIR } from './files.js';
import { loadRelease } from './import.js';
import { DEFAULT_IMPORTANCE_THRESHOLD } from './mapping.js';
import { ratedOccupations } from './occupation-evidence.js';

const describe = (name: string, f: RecoveryFigures) =>
  `${name.padEnd(44)} precision ${f.precision.toFixed(2)}  recall ${f.recall.toFixed(2)}  F1 ${f.f1.toFixed(2)}  ` +
  `importance MAE ${f.importanceMae.toFixed(2)}  level MAE ${f.levelMae.toFixed(2)}`;

async function main(): Promise<void> {
  const folder = process.argv[2] ?? SHIPPED_RELEASE_DIR;
  const release = await loadRelease(folder);
  const rated = ratedOccupations(release);
  const options: DerivationOptions = { neighbours: DEFAULT_NEIGHBOURS, threshold: DEFAULT_IMPORTANCE_THRESHOLD };
  console.log(`O*NET ${release.version}: ${rated.length} rated occupations, each derived from the others (threshold ${options.threshold}).`);
  console.log(describe(`the rule (${options.neighbours} nearest)`, measureRecovery(rated, options)));
  console.log(describe('the rule without technologies', measureRecovery(rated, options, { hideTechnologies: true })));
  const blind = { technologies: 0, text: 0, socGroup: 0, jobZone: 0 };
  console.log(describe('baseline: mean of all rated occupations', measureRecovery(rated, { ...options, neighbours: rated.length, weights: blind })));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
