/** Quorum and vote tallies: the arithmetic the minutes stand on. */
import { describe, expect, it } from 'vitest';
import { addMember, deleteMembers } from '../../src/main/roll/members';
import { checkTally, majorityOutcome, tallyRollCall } from '../../src/main/minutes/motions';
import { describeQuorumRule, goodStandingCount, quorumRequired, quorumState } from '../../src/main/minutes/quorum';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();

describe('quorum', () => {
  it('is a fixed count, whatever the roll', () => {
    expect(quorumRequired({ kind: 'count', count: 3 }, 500)).toBe(3);
    expect(quorumState({ kind: 'count', count: 3 }, 500, 2)).toEqual({ rule: '3 members present', required: 3, present: 2, met: false });
    expect(quorumState({ kind: 'count', count: 3 }, 500, 3).met).toBe(true);
  });

  it('is a percentage of members in good standing, rounded up, exact at the boundary', () => {
    expect(quorumRequired({ kind: 'percent', percent: 10 }, 210)).toBe(21); // exactly 21, not 22 from 21.000000000000004
    expect(quorumRequired({ kind: 'percent', percent: 10 }, 211)).toBe(22); // 21.1 → 22: 21 would be under 10%
    expect(quorumRequired({ kind: 'percent', percent: 12.5 }, 8)).toBe(1);
    expect(quorumRequired({ kind: 'percent', percent: 33 }, 0)).toBe(0);
    expect(quorumState({ kind: 'percent', percent: 10 }, 211, 21).met).toBe(false);
    expect(quorumState({ kind: 'percent', percent: 10 }, 211, 22).met).toBe(true);
    expect(describeQuorumRule({ kind: 'percent', percent: 10 }, 211)).toBe('10% of 211 members in good standing');
  });

  it('counts members whose dues are current or in grace, not lapsed, unknown or deleted ones', async () => {
    const { context } = await temp.rollContext(undefined, { duesGraceDays: 30 }); // today is 2026-06-15
    addMember(context, { first_name: 'Current', dues_paid_through: '2026-12-31' });
    addMember(context, { first_name: 'Today', dues_paid_through: '2026-06-15' });
    addMember(context, { first_name: 'Grace', dues_paid_through: '2026-05-16' }); // 30 days ago: last day of grace
    addMember(context, { first_name: 'Lapsed', dues_paid_through: '2026-05-15' });
    addMember(context, { first_name: 'Unknown' });
    deleteMembers(context, [addMember(context, { first_name: 'Deleted', dues_paid_through: '2026-12-31' }).id]);
    expect(goodStandingCount(context)).toBe(3);
  });
});

describe('vote tallies', () => {
  const present = new Set(['a', 'b', 'c', 'd']);

  it('counts a roll call from each member’s vote', () => {
    expect(
      tallyRollCall(
        [
          { memberId: 'a', vote: 'for' },
          { memberId: 'b', vote: 'for' },
          { memberId: 'c', vote: 'against' },
          { memberId: 'd', vote: 'abstain' },
        ],
        present,
      ),
    ).toEqual({ for: 2, against: 1, abstain: 1 });
  });

  it('refuses a roll call with a member twice or someone not checked in', () => {
    expect(() => tallyRollCall([{ memberId: 'a', vote: 'for' }, { memberId: 'a', vote: 'against' }], present)).toThrow(/only once/);
    expect(() => tallyRollCall([{ memberId: 'z', vote: 'for' }], present)).toThrow(/checked in/);
  });

  it('refuses more votes than members present', () => {
    expect(() => checkTally({ for: 3, against: 1, abstain: 1 }, 4)).toThrow('5 votes were counted, but only 4 members are checked in.');
    expect(() => checkTally({ for: 3, against: 1, abstain: 0 }, 4)).not.toThrow();
  });

  it('carries on a simple majority of those voting for or against; a tie fails', () => {
    expect(majorityOutcome({ for: 3, against: 2, abstain: 9 })).toBe('carried');
    expect(majorityOutcome({ for: 2, against: 2, abstain: 0 })).toBe('failed');
  });
});
