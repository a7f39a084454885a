/** The demo's meetings: the same seed gives the same year of minutes, in every lifecycle state. */
import { describe, expect, it } from 'vitest';
import { fillDemoRoll } from '../../src/main/demo/demo-vault';
import { fillDemoMeetings } from '../../src/main/demo/demo-meetings';
import { listActions } from '../../src/main/minutes/actions';
import { verifyMinutes } from '../../src/main/minutes/lifecycle';
import { listMeetings, readMeeting } from '../../src/main/minutes/store';
import { loadSodium } from '../../src/main/core/sodium';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();

/** A demo roll and its meetings in a vault of its own, made on June 15, 2026. */
async function demo(name: string) {
  const { context } = await temp.rollContext(name, {}, new Date('2026-06-15T12:00:00Z'));
  fillDemoRoll(context, 120);
  await fillDemoMeetings(context, await loadSodium());
  return context;
}

describe('demo meetings', () => {
  it('are 24 meetings over the last year with attendance, notes, votes, amendments and action items', async () => {
    const context = await demo('a');
    const meetings = listMeetings(context);
    expect(meetings).toHaveLength(24);
    expect(meetings.at(-1)!.date >= '2025-06-01').toBe(true);
    expect(meetings[0]!.date < '2026-06-01').toBe(true);
    const details = meetings.map((meeting) => readMeeting(context, meeting.id));
    const motions = details.flatMap((detail) => detail.motions);
    expect(motions.some((motion) => motion.method === 'roll-call' && motion.rollCall.length > 0)).toBe(true);
    expect(motions.some((motion) => motion.amendsMotionId)).toBe(true);
    expect(details.every((detail) => detail.attendance.length > 0)).toBe(true);
    expect(details.some((detail) => detail.agenda.some((item) => item.notes.includes('**')))).toBe(true);
    expect(listActions(context, 'open').length).toBeGreaterThan(0);
    expect(listActions(context, 'done').length).toBeGreaterThan(0);

    const byStatus = (status: string) => meetings.filter((meeting) => meeting.status === status);
    expect(byStatus('draft').length).toBeGreaterThan(0);
    expect(byStatus('circulated').length).toBeGreaterThan(0);
    expect(byStatus('approved').length).toBeGreaterThan(15);
    const sodium = await loadSodium();
    for (const meeting of byStatus('approved')) {
      expect(verifyMinutes(context, sodium, meeting.id).ok).toBe(true);
      const approver = details.flatMap((detail) => detail.motions).find((motion) => motion.id === readMeeting(context, meeting.id).meeting.approvedByMotionId)!;
      expect(approver.approvesMeetingId).toBe(meeting.id);
    }
  });

  it('come out the same from the same seed', async () => {
    const shape = async (name: string) =>
      listMeetings(await demo(name)).map(({ id: _id, typeId: _typeId, ...meeting }) => meeting);
    expect(await shape('b')).toEqual(await shape('a'));
  });
});
