// Readable, stable ids for what ESCO names only by URI: the slug of the label, told apart when labels collide.
import { slugify } from '../../domain/slugs.js';
import { technologyId } from '../onet/slug.js';

/**
 * Readable ids `<prefix><slug of the label>`, spelled like technology ids (C++ -> cpp, C# -> csharp); labels whose
 * slugs collide all get a suffix that tells them apart (the ESCO code, or the start of the URI's UUID, or all of
 * it), so an id never depends on which of them came first.
 */
export function readableIds(items: readonly { uri: string; label: string; code?: string | null }[], prefix: string): Map<string, string> {
  const bySlug = new Map<string, (typeof items)[number][]>();
  for (const item of items) {
    const slug = technologyId(item.label) || 'unnamed';
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), item]);
  }
  const ids = new Map<string, string>();
  const lastSegment = (uri: string) => slugify(uri.split('/').pop() ?? uri);
  for (const [slug, group] of bySlug) {
    if (group.length === 1) {
      ids.set(group[0].uri, `${prefix}${slug}`);
      continue;
    }
    const suffixes = [
      (item: (typeof items)[number]) => slugify(item.code ?? ''),
      (item: (typeof items)[number]) => lastSegment(item.uri).slice(0, 8),
      (item: (typeof items)[number]) => lastSegment(item.uri),
    ];
    const suffixOf = suffixes.find((f) => new Set(group.map(f)).size === group.length && group.every((item) => f(item) !== '')) ?? suffixes[2];
    for (const item of group) ids.set(item.uri, `${prefix}${slug}-${suffixOf(item)}`);
  }
  return ids;
}
