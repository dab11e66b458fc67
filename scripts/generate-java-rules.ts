// Writes the domain rules that the career.routes procedure shares with the API (src/domain) as a Java class, so
// the procedure never retypes them. Run by `npm run codegen`; `--check` fails when the Java file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UNKNOWN_TRANSITION_MONTHS } from '../src/domain/months.js';

const target = path.join(fileURLToPath(new URL('..', import.meta.url)), 'neo4j-runner/src/main/java/careergraph/DomainRules.java');

function javaRules(): string {
  return `// Generated from src/domain by scripts/generate-java-rules.ts (npm run codegen). Do not edit.
package careergraph;

/** The domain rules the procedures share with the API. */
final class DomainRules {
  private DomainRules() {}

  /** A transition whose typical months are unknown counts as this many (src/domain/months.ts). */
  static final double UNKNOWN_TRANSITION_MONTHS = ${UNKNOWN_TRANSITION_MONTHS.toFixed(1)};
}
`;
}

const current = (() => {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return null;
  }
})();
const wanted = javaRules();
if (process.argv.includes('--check')) {
  if (current !== wanted) {
    console.error(`${path.relative(process.cwd(), target)} is stale: run npm run codegen`);
    process.exit(1);
  }
} else if (current !== wanted) {
  // Written only on a change: a new mtime makes the next start rebuild the procedure jar.
  writeFileSync(target, wanted);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
