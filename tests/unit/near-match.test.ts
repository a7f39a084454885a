/** Issue #16: check-in suggests near matches for a typo before offering a walk-in. */
import { describe, expect, it } from 'vitest';
import { editDistance, isNearName } from '../../src/shared/near-match';

describe('near matches', () => {
  it('find a name a letter or two away, accents and case ignored', () => {
    expect(editDistance('okafr', 'okafor')).toBe(1);
    expect(isNearName('Okafr', 'Ana Okafor')).toBe(true);
    expect(isNearName('ana okafr', 'Ana Okafor')).toBe(true);
    expect(isNearName('nunez', 'José Núñez')).toBe(true);
    expect(isNearName('Kowalsky', 'Wei Kowalski')).toBe(true);
  });

  it('do not offer someone else entirely', () => {
    expect(isNearName('Okafr', 'Luis Chen')).toBe(false);
    expect(isNearName('grace walker', 'Grace Okafor')).toBe(false);
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});
