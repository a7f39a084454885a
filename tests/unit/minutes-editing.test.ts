/**
 * The rules behind the meetings screen's editing controls, through the service as the renderer
 * calls it: what can still change in draft and circulated minutes, what approval freezes (only an
 * action item's status moves on), deleting drafts only, agenda items that hold the record, and a
 * meeting that approved earlier minutes staying after them. Each refusal leaves the vault as it was.
 */
import { describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../src/shared/meetings';
import { useServiceWithVault } from '../helpers/service';

const { ok, refused } = useServiceWithVault();

async function member(first: string, last: string): Promise<string> {
  return (await ok('roll:add', { fields: { first_name: first, last_name: last, dues_paid_through: '2026-12-31' } })).id;
}

async function held(startsAt: string, people: string[]): Promise<MeetingDetail> {
  let detail = await ok('meetings:create', { typeId: 'board', startsAt, place: 'Community room' });
  for (const memberId of people) detail = await ok('meetings:checkIn', { meetingId: detail.meeting.id, memberId });
  return detail;
}

/** May, circulated and approved by a carried motion at June; returns both as they are now. */
async function mayApprovedInJune(people: string[]): Promise<{ may: MeetingDetail; june: MeetingDetail }> {
  const may = await held('2026-05-10T19:00', people);
  await ok('meetings:addAction', { meetingId: may.meeting.id, what: 'File the annual report', ownerMemberId: people[0] });
  await ok('meetings:circulate', { id: may.meeting.id });
  let june = await held('2026-06-14T19:00', people);
  const item = june.agenda.find((entry) => entry.kind === 'approve-minutes')!;
  june = await ok('meetings:addMotion', { meetingId: june.meeting.id, agendaItemId: item.id, text: 'Approve', approvesMeetingId: may.meeting.id });
  june = await ok('meetings:recordVote', { motionId: june.motions[0]!.id, method: 'hands', for: 2 });
  return { may: await ok('meetings:get', { id: may.meeting.id }), june };
}

describe('editing meetings', () => {
  it('approved minutes refuse every edit of their details, agenda and action items, but not an action item’s status', async () => {
    const people = [await member('Rosa', 'Díaz'), await member('Kwame', 'Mensah')];
    const { may } = await mayApprovedInJune(people);
    expect(may.editable).toBe(false);
    const frozen = /^These minutes were approved on .+ and can't be edited\. Add a correction instead\.$/;
    await refused('meetings:update', { id: may.meeting.id, fields: { title: 'Renamed' } }, 'FORBIDDEN', frozen);
    await refused('meetings:updateAgendaItem', { id: may.agenda[0]!.id, title: 'Renamed' }, 'FORBIDDEN', frozen);
    await refused('meetings:removeAgendaItem', { id: may.agenda[0]!.id }, 'FORBIDDEN', frozen);
    const action = may.actions[0]!;
    await refused('meetings:updateAction', { id: action.id, what: 'Something else' }, 'FORBIDDEN', frozen);
    await refused('meetings:updateAction', { id: action.id, due: '2026-07-01' }, 'FORBIDDEN', frozen);
    await refused('meetings:updateAction', { id: action.id, ownerMemberId: null, ownerName: 'Treasurer' }, 'FORBIDDEN', frozen);
    await refused('meetings:delete', { id: may.meeting.id }, 'FORBIDDEN', 'Only draft minutes can be deleted; these are approved.');
    expect(await ok('meetings:get', { id: may.meeting.id })).toEqual(may);
    expect(await ok('meetings:updateAction', { id: action.id, status: 'done' })).toMatchObject({ status: 'done', what: 'File the annual report' });
  });

  it('a meeting that approved earlier minutes stays after them; other dates, and the other details, change', async () => {
    const people = [await member('Rosa', 'Díaz'), await member('Kwame', 'Mensah')];
    const { june } = await mayApprovedInJune(people);
    const message = 'This meeting approved the minutes of May 10, 2026, so it has to take place after May 10, 2026.';
    await refused('meetings:update', { id: june.meeting.id, fields: { startsAt: '2026-05-01T19:00' } }, 'INVALID_INPUT', message);
    await refused('meetings:update', { id: june.meeting.id, fields: { startsAt: '2026-05-10T19:00', title: 'Moved' } }, 'INVALID_INPUT', message);
    expect((await ok('meetings:get', { id: june.meeting.id })).meeting).toEqual(june.meeting);
    const moved = await ok('meetings:update', {
      id: june.meeting.id,
      fields: { startsAt: '2026-05-10T21:00', title: ' Emergency board ', place: 'Maple Court lobby', chair: 'Rosa Díaz', secretary: 'Kwame Mensah', typeId: 'general' },
    });
    expect(moved.meeting).toMatchObject({
      date: '2026-05-10T21:00',
      title: 'Emergency board',
      place: 'Maple Court lobby',
      chair: 'Rosa Díaz',
      secretary: 'Kwame Mensah',
      typeId: 'general',
    });
    // The quorum rule follows the new type.
    expect(moved.quorum.rule).not.toBe(june.quorum.rule);
  });

  it('only drafts are deleted, with their agenda, motions and action items', async () => {
    const people = [await member('Rosa', 'Díaz'), await member('Kwame', 'Mensah')];
    const draft = await held('2026-07-01T19:00', people);
    await ok('meetings:addAction', { meetingId: draft.meeting.id, what: 'Book the park' });
    const circulated = await held('2026-07-08T19:00', people);
    await ok('meetings:circulate', { id: circulated.meeting.id });
    await refused('meetings:delete', { id: circulated.meeting.id }, 'FORBIDDEN', 'Only draft minutes can be deleted; these are circulated.');
    expect(await ok('meetings:delete', { id: draft.meeting.id })).toEqual({ count: 1 });
    await refused('meetings:get', { id: draft.meeting.id }, 'NOT_FOUND', 'That meeting does not exist (it may have been deleted).');
    expect((await ok('meetings:actions', {})).map((action) => action.what)).not.toContain('Book the park');
    expect((await ok('meetings:list', {})).map((meeting) => meeting.id)).toEqual([circulated.meeting.id]);
  });

  it('agenda items are renamed (trimmed, never blank) and removed with their notes, but not while they hold motions or action items', async () => {
    const detail = await held('2026-07-01T19:00', []);
    const [first, second, third] = detail.agenda as [MeetingDetail['agenda'][number], MeetingDetail['agenda'][number], MeetingDetail['agenda'][number]];
    const renamed = await ok('meetings:updateAgendaItem', { id: first.id, title: '  Call to order and welcome ' });
    expect(renamed.agenda[0]!.title).toBe('Call to order and welcome');
    await refused('meetings:updateAgendaItem', { id: first.id, title: '   ' }, 'INVALID_INPUT', /title/i);
    expect((await ok('meetings:get', { id: detail.meeting.id })).agenda[0]!.title).toBe('Call to order and welcome');

    await ok('meetings:saveNotes', { agendaItemId: second.id, notes: 'Boiler out since Monday.' });
    const removed = await ok('meetings:removeAgendaItem', { id: second.id });
    expect(removed.agenda.map((item) => item.id)).not.toContain(second.id);
    expect(removed.agenda.map((item) => item.position)).toEqual(removed.agenda.map((_, index) => index));

    await ok('meetings:addAction', { meetingId: detail.meeting.id, agendaItemId: third.id, what: 'Call the inspector' });
    await refused('meetings:removeAgendaItem', { id: third.id }, 'FORBIDDEN', /has motions or action items, so it can't be removed/);
    expect((await ok('meetings:get', { id: detail.meeting.id })).agenda).toEqual(removed.agenda);
  });

  it('a motion’s wording, mover and seconder change; the mover and seconder are two people checked in', async () => {
    const [rosa, kwame, mei] = [await member('Rosa', 'Díaz'), await member('Kwame', 'Mensah'), await member('Mei', 'Chen')];
    let detail = await held('2026-07-01T19:00', [rosa, kwame]);
    detail = await ok('meetings:addMotion', { meetingId: detail.meeting.id, agendaItemId: detail.agenda[1]!.id, text: 'To hold a picnic.', moverId: rosa });
    const motion = detail.motions[0]!;
    const edited = await ok('meetings:updateMotion', { id: motion.id, text: ' To hold a picnic on 12 July. ', seconderId: kwame });
    expect(edited.motions[0]).toMatchObject({ text: 'To hold a picnic on 12 July.', moverName: 'Rosa Díaz', seconderName: 'Kwame Mensah', outcome: 'pending' });
    await refused('meetings:updateMotion', { id: motion.id, seconderId: rosa }, 'INVALID_INPUT', 'The mover cannot also second the motion.');
    await refused('meetings:updateMotion', { id: motion.id, moverId: mei }, 'INVALID_INPUT', 'The mover must be a member checked in to this meeting.');
    expect((await ok('meetings:get', { id: detail.meeting.id })).motions).toEqual(edited.motions);
  });

  it('an action item’s what, owner (a member, or a name or office) and due date change, and clear', async () => {
    const rosa = await member('Rosa', 'Díaz');
    const detail = await held('2026-07-01T19:00', [rosa]);
    const action = await ok('meetings:addAction', { meetingId: detail.meeting.id, what: 'Book the park', ownerMemberId: rosa, due: '2026-06-30' });
    const byOffice = await ok('meetings:updateAction', { id: action.id, what: 'Book the park pavilion', ownerMemberId: null, ownerName: 'Events committee', due: '2026-07-01' });
    expect(byOffice).toMatchObject({ what: 'Book the park pavilion', ownerName: 'Events committee', due: '2026-07-01', status: 'open' });
    expect(byOffice.ownerMemberId).toBeUndefined();
    const byMember = await ok('meetings:updateAction', { id: action.id, ownerMemberId: rosa, due: null });
    expect(byMember).toMatchObject({ ownerMemberId: rosa, ownerName: 'Rosa Díaz' });
    expect(byMember.due).toBeUndefined();
    await refused('meetings:updateAction', { id: action.id, due: 'next week' }, 'INVALID_INPUT', /2026-03-14/);
    await refused('meetings:updateAction', { id: action.id, what: '  ' }, 'INVALID_INPUT', /what/i);
    expect((await ok('meetings:actions', {})).find((item) => item.id === action.id)).toMatchObject({ what: 'Book the park pavilion', ownerName: 'Rosa Díaz' });
  });
});
