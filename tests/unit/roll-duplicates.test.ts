/** Issue #16: the duplicates tab shows strong matches first, and "not the same person" sticks. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { VaultContext } from '../../src/main/core/context';
import { findDuplicates, markNotDuplicate } from '../../src/main/roll/duplicates';
import { addMember } from '../../src/main/roll/members';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();
let context: VaultContext;
beforeEach(async () => ({ context } = await temp.rollContext()));

const names = (pairs: ReturnType<typeof findDuplicates>) => pairs.map((pair) => [[pair.a.first_name, pair.b.first_name].sort().join(' + '), pair.reasons]);

describe('likely duplicates', () => {
  it('put the same e-mail or phone before a shared name, and hide common names that differ in every contact', () => {
    // Alphabetically first, but only a name in common with a blank record: shown, after the strong ones.
    addMember(context, { first_name: 'Aaron', last_name: 'Abel', email: 'aaron@example.org' });
    addMember(context, { first_name: 'Aaron', last_name: 'Abel' });
    // Two Maria Garcias with different e-mails and phones: two people.
    addMember(context, { first_name: 'Maria', last_name: 'Garcia', email: 'maria1@example.org', phone: '555-111-2222' });
    addMember(context, { first_name: 'María', last_name: 'García', email: 'maria2@example.org', phone: '555-333-4444' });
    // The same phone, written two ways.
    addMember(context, { first_name: 'Zoe', last_name: 'Park', phone: '(555) 987-6543' });
    addMember(context, { first_name: 'Zoey', last_name: 'Parks', phone: '555.987.6543' });
    const pairs = findDuplicates(context);
    expect(names(pairs)).toEqual([
      ['Zoe + Zoey', ['phone']],
      ['Aaron + Aaron', ['name']],
    ]);
    expect(names(findDuplicates(context, { includeNameOnly: true }))).toContainEqual(['Maria + María', ['name']]);
  });

  it('"not the same person" is remembered: the pair does not come back', () => {
    const a = addMember(context, { first_name: 'Zoe', last_name: 'Park', phone: '(555) 987-6543' });
    const b = addMember(context, { first_name: 'Zoe', last_name: 'Park', phone: '555.987.6543' });
    expect(findDuplicates(context)).toHaveLength(1);
    markNotDuplicate(context, b.id, a.id);
    markNotDuplicate(context, a.id, b.id); // twice changes nothing
    expect(findDuplicates(context)).toEqual([]);
    expect(findDuplicates(context, { includeNameOnly: true })).toEqual([]);
    expect(() => markNotDuplicate(context, a.id, a.id)).toThrow(/two different/);
  });
});
