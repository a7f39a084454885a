/**
 * The folded form of a place's name or a unit, by which a member's typed building or workplace
 * links to its place record: case, accents and spacing ignored, so "Maple Court",
 * "maple  court" and "Maplé Court" are one building. The places migration (db/migrations/0013_places.ts) folds the same way in SQL.
 */
import { foldText } from '../../roll/normalize';

export function placeKey(name: string): string {
  return foldText(name).replace(/ /g, '');
}

/** '4b', '4 B' and '4B' are one unit. */
export const unitKey = placeKey;

/** A list kept one item a line (units, departments, shifts): trimmed, de-duplicated by folded form. */
export function normalizeLines(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of items) {
    const item = raw.trim().replace(/\s+/g, ' ');
    const key = placeKey(item);
    if (!item || seen.has(key)) continue;
    seen.add(key);
    kept.push(item);
  }
  return kept;
}

export const splitLines = (text: string): string[] => (text ? text.split('\n').filter(Boolean) : []);

/** Map.groupBy (ES2024, past this project's ES2023 lib). */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
