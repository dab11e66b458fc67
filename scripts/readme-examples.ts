// Re-runs the README's example queries against a running API and writes their real answers back: every ```graphql
// block that a ```json block follows gets that block replaced with the API's answer (extensions left out).
//   npm start                        # in another terminal: the seed and O*NET 29.3, as a new user has them
//   npm run readme:examples          # or README_API=http://host:port/graphql npm run readme:examples
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const readmePath = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md');
const api = process.env.README_API ?? 'http://127.0.0.1:4000/graphql';
/** A value whose one-line form fits in this many characters (after its indent) stays on one line. */
const LINE_WIDTH = 116;

/** A query block, the blank lines after it, and the answer block it is shown with. */
const EXAMPLE = /(```graphql\n)([\s\S]*?)(```\n\s*```json\n)([\s\S]*?)(```)/g;

async function answer(query: string): Promise<unknown> {
  const response = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const { extensions: _extensions, ...body } = (await response.json()) as Record<string, unknown>;
  return body;
}

/**
 * JSON as the README shows it: indented by two, with small objects and arrays on one line. `column` is where the
 * value starts (after its key), for the width check.
 */
export function formatAnswer(value: unknown, indent = 0, column = indent): string {
  const oneLine = JSON.stringify(value, null, 1)
    .replace(/\n\s*/g, ' ')
    .replace(/([[{]) /g, '$1')
    .replace(/ ([\]}])/g, '$1');
  if (value === null || typeof value !== 'object' || column + oneLine.length <= LINE_WIDTH) return oneLine;
  const pad = ' '.repeat(indent + 2);
  const entries = Array.isArray(value)
    ? value.map((item) => pad + formatAnswer(item, indent + 2))
    : Object.entries(value).map(([key, item]) => `${pad}${JSON.stringify(key)}: ${formatAnswer(item, indent + 2, indent + 6 + key.length)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${entries.join(',\n')}\n${' '.repeat(indent)}${close}`;
}

async function main(): Promise<void> {
  const readme = await readFile(readmePath, 'utf8');
  const examples = [...readme.matchAll(EXAMPLE)];
  const answers: unknown[] = [];
  for (const match of examples) answers.push(await answer(match[2])); // one at a time, as a reader runs them
  let index = 0;
  const updated = readme.replace(EXAMPLE, (_all, open: string, query: string, between: string, _old: string, close: string) => {
    const body = answers[index++];
    if ((body as { errors?: unknown }).errors) console.error(`An example answers with errors:\n${query}`);
    return `${open}${query}${between}${formatAnswer(body)}\n${close}`;
  });
  await writeFile(readmePath, updated);
  console.log(`Re-ran ${examples.length} README examples against ${api}.`);
}

await main().catch((error: Error) => {
  const cause = (error.cause as Error | undefined)?.message ?? '';
  console.error(`readme:examples: ${error.message} ${cause}\nIs the API running at ${api}? Start it with \`npm start\`, or set README_API.`);
  process.exit(1);
});
