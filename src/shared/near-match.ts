/**
 * "Did you mean": how far a typed word is from a name, for suggesting near matches to a typo
 * ("Okafr" → Okafor) before offering to add someone new. Pure, for the renderer's check-in.
 */

/** Accents, case and spacing ignored, as the roll's search ignores them. */
export function foldName(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Levenshtein distance, stopping early once it exceeds `limit` (the answer is then limit + 1). */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** A word typed is near a name when it is within one edit per four letters (at least one) of a word of it. */
export function isNearName(typed: string, name: string): boolean {
  const words = foldName(name).split(' ');
  return foldName(typed)
    .split(' ')
    .filter(Boolean)
    .every((word) => words.some((part) => editDistance(word, part, 3) <= Math.max(1, Math.floor(word.length / 4)) || part.startsWith(word)));
}
