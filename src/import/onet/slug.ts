// Readable, stable ids for imported occupations and skills, shaped like the curated seed's ids so that an O*NET
// technology lands on the curated skill of the same name (Python -> python, C++ -> cpp).

import { slugify } from '../../domain/slugs.js';

/**
 * Symbols that carry meaning in technology names, spelled the way the seed spells them. Applied in order, to the
 * lowercased name, before slugify drops the remaining punctuation.
 */
const TECHNOLOGY_SPELLINGS: [RegExp, string][] = [
  [/(^|[^a-z0-9])c\+\+/g, '$1 cpp '],
  [/(^|[^a-z0-9])c#/g, '$1 csharp '],
  [/(^|[^a-z0-9])f#/g, '$1 fsharp '],
  [/(^|[^a-z0-9])j#/g, '$1 jsharp '],
  [/\.net\b/g, ' dotnet '],
  [/\+/g, ' plus '],
  [/#/g, ' sharp '],
  [/@/g, ' at '],
];

/** The id of a technology example: `Python` -> `python`, `C++` -> `cpp`, `Microsoft .NET Framework` -> `microsoft-dotnet-framework`. */
export function technologyId(example: string): string {
  let text = example.normalize('NFKD').toLowerCase();
  for (const [pattern, replacement] of TECHNOLOGY_SPELLINGS) text = text.replace(pattern, replacement);
  return slugify(text);
}

/** `15-1252.00` -> `onet-15-1252-00`. */
export function occupationId(soc: string): string {
  return `onet-${soc.replace('.', '-')}`;
}

/** `Reading Comprehension` -> `onet-skill-reading-comprehension`; knowledge areas get `onet-knowledge-`. */
export function elementSkillId(kind: 'skill' | 'knowledge', name: string): string {
  return `onet-${kind}-${slugify(name)}`;
}

/** The Source node id of a release: `29.3` -> `onet-29-3`. */
export function releaseSourceId(version: string): string {
  return `onet-${slugify(version)}`;
}

/** The Skill id of a UNSPSC commodity class of technologies: `43232405` -> `onet-class-43232405`. */
export function technologyClassId(commodityCode: string): string {
  return `onet-class-${slugify(commodityCode)}`;
}
