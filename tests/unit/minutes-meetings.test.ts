/**
 * Meetings through the service, as the renderer calls them: agenda automation, attendance and
 * walk-ins, motions and votes, the lifecycle with its signed approval, search and output.
 */
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../src/shared/meetings';
import { useServiceWithVault } from '../helpers/service';

const api = useServiceWithVault();
const { ok, call, refused: expectError } = api;

async function member(first: string, last: string, dues = '2026-12-31'): Promise<string> {
  return (await ok('roll:add', { fields: { first_name: first, last_name: last, dues_paid_through: dues } })).id;
}

/** A board meeting with three members checked in and one motion, voted on. */
async function heldMeeting(startsAt: string, people: string[]): Promise<MeetingDetail> {
  let detail = await ok('meetings:create', { typeId: 'board', startsAt, place: 'Community room', chair: 'Ana Reyes', secretary: 'Bo Li' });
  for (const id of people) detail = await ok('meetings:checkIn', { meetingId: detail.meeting.id, memberId: id });
  return detail;
}

describe('meetings', () => {
  it('start from the type’s template, with last meeting’s approval and open action items added', async () => {
    const [a, b, c] = [await member('Rosa', 'Díaz'), await member('Kwame', 'Mensah'), await member('Mei', 'Chen')];
    const first = await heldMeeting('2026-05-10T19:00', [a, b, c]);
    const newBusiness = first.agenda.find((item) => item.title === 'New business')!;
    await ok('meetings:addAction', { meetingId: first.meeting.id, agendaItemId: newBusiness.id, what: 'Call the city inspector', ownerMemberId: a, due: '2026-06-01' });
    const done = await ok('meetings:addAction', { meetingId: first.meeting.id, what: 'Print flyers', ownerName: 'Treasurer' });
    await ok('meetings:updateAction', { id: done.id, status: 'done' });

    const second = await ok('meetings:create', { typeId: 'board', startsAt: '2026-06-14T19:00' });
    expect(second.agenda.map((item) => item.title)).toEqual([
      'Call to order',
      'Approval of the minutes of May 10, 2026',
      'Action item: Call the city inspector — Rosa Díaz (due June 1, 2026)',
      "Treasurer's report",
      'Old business',
      'New business',
      'Adjournment',
    ]);
    expect(second.agenda[1]).toMatchObject({ kind: 'approve-minutes', refMeetingId: first.meeting.id });
    expect(second.agenda[2]).toMatchObject({ kind: 'action-review', refMeetingId: first.meeting.id });
    expect(second.agenda.map((item) => item.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Another type's meetings are not this one's "last meeting".
    const committee = await ok('meetings:create', { typeId: 'committee', startsAt: '2026-06-14T18:00' });
    expect(committee.agenda.map((item) => item.kind)).toEqual(['item', 'item', 'item']);

    const open = await ok('meetings:actions', { status: 'open' });
    expect(open.map((action) => [action.what, action.meetingTitle])).toEqual([['Call the city inspector', 'Executive board meeting']]);
  });

  it('edit the agenda: add at a place, move, table, and keep items with motions', async () => {
    let detail = await ok('meetings:create', { typeId: 'committee', startsAt: '2026-06-15T18:00' });
    const id = detail.meeting.id;
    detail = await ok('meetings:addAgendaItem', { meetingId: id, title: 'Rent strike vote', index: 1 });
    expect(detail.agenda.map((item) => item.title)).toEqual(['Updates', 'Rent strike vote', 'Planning', 'Next steps']);
    const strike = detail.agenda[1]!;
    detail = await ok('meetings:moveAgendaItem', { id: strike.id, index: 3 });
    expect(detail.agenda.map((item) => item.title)).toEqual(['Updates', 'Planning', 'Next steps', 'Rent strike vote']);
    detail = await ok('meetings:updateAgendaItem', { id: strike.id, status: 'tabled' });
    expect(detail.agenda[3]!.status).toBe('tabled');
    await ok('meetings:addMotion', { meetingId: id, agendaItemId: strike.id, text: 'To strike in July' });
    await expectError('meetings:removeAgendaItem', { id: strike.id }, 'FORBIDDEN', /has motions or action items/);
    detail = await ok('meetings:removeAgendaItem', { id: detail.agenda[0]!.id });
    expect(detail.agenda.map((item) => [item.position, item.title])).toEqual([[0, 'Planning'], [1, 'Next steps'], [2, 'Rent strike vote']]);
  });

  it('check in members, add a walk-in to the roll as a prospect, record guests, and show quorum live', async () => {
    const a = await member('Rosa', 'Díaz');
    const lapsed = await member('Omar', 'Haddad', '2025-01-31');
    let detail = await ok('meetings:create', { typeId: 'general', startsAt: '2026-06-15T19:00' });
    const id = detail.meeting.id;
    // 10% of 2 members in good standing (the lapsed one is not): 1 needed.
    expect(detail.quorum).toMatchObject({ required: 1, present: 0, met: false, rule: '10% of 1 member in good standing' });
    detail = await ok('meetings:checkIn', { meetingId: id, memberId: a });
    detail = await ok('meetings:checkIn', { meetingId: id, memberId: a });
    expect(detail.attendance).toHaveLength(1);
    expect(detail.quorum).toMatchObject({ present: 1, met: true });
    detail = await ok('meetings:checkIn', { meetingId: id, memberId: lapsed });
    expect(detail.attendance.map((person) => [person.name, person.standing])).toEqual([['Omar Haddad', 'lapsed'], ['Rosa Díaz', 'current']]);

    detail = await ok('meetings:walkIn', { meetingId: id, firstName: 'Lena', lastName: 'Novak', phone: '(212) 555-0100' });
    const walkIn = detail.attendance.find((person) => person.name === 'Lena Novak')!;
    const inRoll = await ok('roll:get', { id: walkIn.memberId });
    expect(inRoll.member).toMatchObject({ first_name: 'Lena', last_name: 'Novak', status: 'prospect' });
    expect(inRoll.audit[0]!.action).toBe('create');
    expect((await ok('roll:list', { search: 'novak' })).total).toBe(1);

    // A walk-in the roll refuses (a bad e-mail) leaves neither a member nor a check-in behind.
    await expectError('meetings:walkIn', { meetingId: id, firstName: 'Zoe', email: 'not an email' }, 'INVALID_INPUT', /e-?mail/i);
    expect((await ok('roll:list', { search: 'zoe' })).total).toBe(0);
    expect((await ok('meetings:get', { id })).attendance).toHaveLength(3);

    detail = await ok('meetings:addGuest', { meetingId: id, name: 'Pat Organizer', note: 'from the citywide federation' });
    expect(detail.guests).toEqual([expect.objectContaining({ name: 'Pat Organizer', note: 'from the citywide federation' })]);
    expect(detail.attendance).toHaveLength(3);
    // Guests do not count, nor do the lapsed member and the walk-in prospect (listed, not counted).
    expect(detail.quorum.present).toBe(1);
    detail = await ok('meetings:removeGuest', { id: detail.guests[0]!.id });
    expect(detail.guests).toEqual([]);
    detail = await ok('meetings:checkOut', { meetingId: id, memberId: lapsed });
    expect(detail.attendance).toHaveLength(2);
  });

  it('record motions: mover and seconder present, roll-call counts computed, quorum snapshotted, amendments linked', async () => {
    const [a, b, c, absent] = [await member('Rosa', 'Díaz'), await member('Kwame', 'Mensah'), await member('Mei', 'Chen'), await member('Sam', 'Park')];
    const detail = await heldMeeting('2026-06-15T19:00', [a, b, c]);
    const id = detail.meeting.id;
    const item = detail.agenda[2]!.id;
    await expectError('meetings:addMotion', { meetingId: id, agendaItemId: item, text: 'x', moverId: absent }, 'INVALID_INPUT', 'The mover must be a member checked in to this meeting.');
    await expectError('meetings:addMotion', { meetingId: id, agendaItemId: item, text: 'x', moverId: a, seconderId: a }, 'INVALID_INPUT', 'The mover cannot also second the motion.');
    let after = await ok('meetings:addMotion', { meetingId: id, agendaItemId: item, text: 'To hold a rent strike in July', moverId: a, seconderId: b });
    const motion = after.motions[0]!;
    expect(motion).toMatchObject({ moverName: 'Rosa Díaz', seconderName: 'Kwame Mensah', outcome: 'pending' });
    after = await ok('meetings:addMotion', { meetingId: id, agendaItemId: item, text: 'To say August instead', moverId: c, amendsMotionId: motion.id });
    expect(after.motions[1]!.amendsMotionId).toBe(motion.id);

    await expectError(
      'meetings:recordVote',
      { motionId: motion.id, method: 'roll-call', rollCall: [{ memberId: a, vote: 'for' }, { memberId: absent, vote: 'for' }] },
      'INVALID_INPUT',
      /checked in/,
    );
    await expectError('meetings:recordVote', { motionId: motion.id, method: 'hands', for: 3, against: 1 }, 'INVALID_INPUT', '4 votes were counted, but only 3 members are checked in.');
    after = await ok('meetings:recordVote', {
      motionId: motion.id,
      method: 'roll-call',
      for: 99, // ignored: a roll call's counts come from the votes
      rollCall: [
        { memberId: a, vote: 'for' },
        { memberId: b, vote: 'for' },
        { memberId: c, vote: 'against' },
      ],
    });
    expect(after.motions[0]).toMatchObject({ method: 'roll-call', for: 2, against: 1, abstain: 0, outcome: 'carried', presentAtVote: 3, quorumMetAtVote: true });
    expect(after.motions[0]!.rollCall.map((vote) => `${vote.name}:${vote.vote}`)).toEqual(['Kwame Mensah:for', 'Mei Chen:against', 'Rosa Díaz:for']);
    after = await ok('meetings:recordVote', { motionId: after.motions[1]!.id, method: 'voice', outcome: 'failed' });
    expect(after.motions[1]).toMatchObject({ method: 'voice', outcome: 'failed', rollCall: [] });
  });

  it('move from draft to circulated to approved only by a carried motion at a later meeting, signed and frozen', async () => {
    const [a, b, c] = [await member('Rosa', 'Díaz'), await member('Kwame', 'Mensah'), await member('Mei', 'Chen')];
    const may = await heldMeeting('2026-05-10T19:00', [a, b, c]);
    await ok('meetings:saveNotes', { agendaItemId: may.agenda[0]!.id, notes: 'Called to order at **7:05 pm**.' });
    const june = await heldMeeting('2026-06-14T19:00', [a, b, c]);
    const approvalItem = june.agenda.find((item) => item.kind === 'approve-minutes')!;
    expect(approvalItem.refMeetingId).toBe(may.meeting.id);

    // Not at the same meeting, nor at an earlier one.
    await expectError('meetings:addMotion', { meetingId: may.meeting.id, agendaItemId: may.agenda[0]!.id, text: 'Approve', approvesMeetingId: may.meeting.id }, 'INVALID_INPUT', 'Minutes can only be approved at a later meeting.');
    await expectError('meetings:addMotion', { meetingId: may.meeting.id, agendaItemId: may.agenda[0]!.id, text: 'Approve', approvesMeetingId: june.meeting.id }, 'INVALID_INPUT', 'Minutes can only be approved at a later meeting.');

    let detail = await ok('meetings:addMotion', { meetingId: june.meeting.id, agendaItemId: approvalItem.id, text: 'To approve the minutes of May 10', moverId: a, seconderId: b, approvesMeetingId: may.meeting.id });
    const approval = detail.motions[0]!;
    // Still a draft: approval waits for the minutes to be circulated, and nothing is recorded.
    await expectError('meetings:recordVote', { motionId: approval.id, method: 'hands', for: 3 }, 'FORBIDDEN', 'The minutes of May 10, 2026 have not been circulated yet. Circulate them before they are approved.');
    expect((await ok('meetings:get', { id: june.meeting.id })).motions[0]!.outcome).toBe('pending');

    detail = await ok('meetings:circulate', { id: may.meeting.id });
    expect(detail.meeting.status).toBe('circulated');
    expect(detail.editable).toBe(true);
    // A failed approval motion approves nothing.
    await ok('meetings:recordVote', { motionId: approval.id, method: 'hands', for: 1, against: 2 });
    expect((await ok('meetings:get', { id: may.meeting.id })).meeting.status).toBe('circulated');
    await ok('meetings:recordVote', { motionId: approval.id, method: 'hands', for: 3 });

    const approved = await ok('meetings:get', { id: may.meeting.id });
    expect(approved.meeting).toMatchObject({ status: 'approved', approvedBy: 'Ana Reyes', approvedByMotionId: approval.id, approvedAt: '2026-06-15T12:00:00.000Z' });
    expect(approved.meeting.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(approved.editable).toBe(false);
    expect(await ok('meetings:verify', { id: may.meeting.id })).toMatchObject({ ok: true, signer: 'Ana Reyes' });
    expect((await ok('meetings:list', { status: 'approved' })).map((meeting) => meeting.id)).toEqual([may.meeting.id]);

    // Frozen: every edit is refused with the plain sentence, and nothing changes.
    const frozen = "These minutes were approved on June 15, 2026 and can't be edited. Add a correction instead.";
    await expectError('meetings:saveNotes', { agendaItemId: may.agenda[0]!.id, notes: 'rewritten' }, 'FORBIDDEN', frozen);
    await expectError('meetings:update', { id: may.meeting.id, fields: { title: 'Other' } }, 'FORBIDDEN', frozen);
    await expectError('meetings:addAgendaItem', { meetingId: may.meeting.id, title: 'Late item' }, 'FORBIDDEN', frozen);
    await expectError('meetings:checkOut', { meetingId: may.meeting.id, memberId: a }, 'FORBIDDEN', frozen);
    await expectError('meetings:walkIn', { meetingId: may.meeting.id, firstName: 'Late' }, 'FORBIDDEN', frozen);
    await expectError('meetings:delete', { id: may.meeting.id }, 'FORBIDDEN', /Only draft minutes can be deleted/);
    await expectError('meetings:recordVote', { motionId: approval.id, method: 'hands', for: 0, against: 3 }, 'FORBIDDEN', /approved the minutes of May 10, 2026/);
    expect(await ok('meetings:get', { id: may.meeting.id })).toEqual(approved);
    expect((await ok('roll:list', { search: 'late' })).total).toBe(0);

    // A correction is appended; the approved minutes and their signature still stand.
    await expectError('meetings:correct', { meetingId: june.meeting.id, text: 'x' }, 'FORBIDDEN', /not approved yet/);
    const corrected = await ok('meetings:correct', { meetingId: may.meeting.id, text: 'Kwame Mensah arrived at 7:20, not 7:05.' });
    expect(corrected.corrections).toEqual([{ id: expect.any(String), text: 'Kwame Mensah arrived at 7:20, not 7:05.', officerName: 'Ana Reyes', at: '2026-06-15T12:00:00.000Z' }]);
    expect((await ok('meetings:verify', { id: may.meeting.id })).ok).toBe(true);

    // The approving meeting can't be deleted out from under the approval.
    await expectError('meetings:delete', { id: june.meeting.id }, 'FORBIDDEN', 'This meeting approved the minutes of May 10, 2026, so it can\'t be deleted.');
  });

  it('detects minutes changed in the database after approval', async () => {
    const [a, b] = [await member('Rosa', 'Díaz'), await member('Kwame', 'Mensah')];
    const may = await heldMeeting('2026-05-10T19:00', [a, b]);
    await ok('meetings:saveNotes', { agendaItemId: may.agenda[1]!.id, notes: 'Dues: $1,204 in the account.' });
    await ok('meetings:circulate', { id: may.meeting.id });
    const june = await heldMeeting('2026-06-14T19:00', [a, b]);
    const item = june.agenda.find((candidate) => candidate.kind === 'approve-minutes')!;
    const detail = await ok('meetings:addMotion', { meetingId: june.meeting.id, agendaItemId: item.id, text: 'Approve', approvesMeetingId: may.meeting.id });
    await ok('meetings:recordVote', { motionId: detail.motions[0]!.id, method: 'voice', outcome: 'carried' });
    expect((await ok('meetings:verify', { id: may.meeting.id })).ok).toBe(true);

    // Someone with the key edits the stored notes directly, behind the app's back.
    const vault = (api.service as unknown as { vault: { db: import('../../src/main/db/connection').Db } }).vault;
    vault.db.prepare('UPDATE agenda_items SET notes = ? WHERE id = ?').run('Dues: $12,040 in the account.', may.agenda[1]!.id);
    const verdict = await ok('meetings:verify', { id: may.meeting.id });
    expect(verdict).toMatchObject({ ok: false, message: 'These minutes have changed since they were approved: they no longer match the approved record.' });

    // And a forged signature (hash updated to match) fails the signature check.
    vault.db.prepare('UPDATE meetings SET content_hash = ? WHERE id = ?').run(verdict.contentHash!, may.meeting.id);
    expect(await ok('meetings:verify', { id: may.meeting.id })).toMatchObject({ ok: false, message: /signature/ });
  });

  it('keep tracking action items after approval, but not rewriting them', async () => {
    const [a, b] = [await member('Rosa', 'Díaz'), await member('Kwame', 'Mensah')];
    const may = await heldMeeting('2026-05-10T19:00', [a, b]);
    const action = await ok('meetings:addAction', { meetingId: may.meeting.id, what: 'Call the inspector', ownerMemberId: b });
    await ok('meetings:circulate', { id: may.meeting.id });
    const june = await heldMeeting('2026-06-14T19:00', [a, b]);
    const detail = await ok('meetings:addMotion', { meetingId: june.meeting.id, agendaItemId: june.agenda[1]!.id, text: 'Approve', approvesMeetingId: may.meeting.id });
    await ok('meetings:recordVote', { motionId: detail.motions[0]!.id, method: 'voice', outcome: 'carried' });
    expect(await ok('meetings:updateAction', { id: action.id, status: 'done' })).toMatchObject({ status: 'done', ownerName: 'Kwame Mensah' });
    await expectError('meetings:updateAction', { id: action.id, what: 'Something else' }, 'FORBIDDEN', /were approved/);
    expect((await ok('meetings:verify', { id: may.meeting.id })).ok).toBe(true);

    const record = await ok('meetings:memberRecord', { memberId: b });
    expect(record.attended.map((meeting) => meeting.date)).toEqual(['2026-06-14T19:00', '2026-05-10T19:00']);
    expect(record.actions.map((owned) => owned.what)).toEqual(['Call the inspector']);
  });

  it('find text in notes and motions, accents and case ignored, the last word as a prefix', async () => {
    const detail = await ok('meetings:create', { typeId: 'general', title: 'June general meeting', startsAt: '2026-06-15T19:00' });
    await ok('meetings:saveNotes', { agendaItemId: detail.agenda[1]!.id, notes: 'The **boiler** at Maple Court failed again; tenants in 4B had no heat.' });
    await ok('meetings:addMotion', { meetingId: detail.meeting.id, agendaItemId: detail.agenda[3]!.id, text: 'To file a complaint with the Département du logement' });
    const hits = await ok('meetings:search', { q: 'Boiler maple' });
    expect(hits).toEqual([
      expect.objectContaining({ meetingId: detail.meeting.id, title: 'June general meeting', itemTitle: 'Reports of officers', snippet: expect.stringContaining('boiler at Maple Court') }),
    ]);
    expect(hits[0]!.snippet).not.toContain('**');
    expect((await ok('meetings:search', { q: 'departement' })).map((hit) => hit.itemTitle)).toEqual(['New business']);
    expect(await ok('meetings:search', { q: 'boi' })).toHaveLength(1);
    expect(await ok('meetings:search', { q: 'radiator' })).toEqual([]);
    // FTS5 syntax in a query is only text.
    expect(await ok('meetings:search', { q: '"boiler" OR title:* NEAR(' })).toEqual([]);
    await ok('meetings:saveNotes', { agendaItemId: detail.agenda[1]!.id, notes: 'Nothing about heating.' });
    expect(await ok('meetings:search', { q: 'boiler' })).toEqual([]);
  });

  it('export Markdown and a PDF with attendance, quorum, motions and votes, action items and approval', async () => {
    const [a, b, c] = [await member('Rosa', 'Díaz'), await member('Kwame', 'Mensah'), await member('Mei', 'Chen')];
    const may = await heldMeeting('2026-05-10T19:00', [a, b, c]);
    const item = may.agenda[3]!;
    await ok('meetings:saveNotes', {
      agendaItemId: item.id,
      notes: '## Repairs\n\nTenants reported:\n\n- no heat in 4B\n- mold in 2A\n\n<script>alert(1)</script> [click](javascript:alert(1)) [the petition](https://example.org/petition)',
    });
    const withMotion = await ok('meetings:addMotion', { meetingId: may.meeting.id, agendaItemId: item.id, text: 'To demand repairs by July 1', moverId: a, seconderId: b });
    await ok('meetings:recordVote', { motionId: withMotion.motions[0]!.id, method: 'roll-call', rollCall: [{ memberId: a, vote: 'for' }, { memberId: b, vote: 'for' }, { memberId: c, vote: 'abstain' }] });
    await ok('meetings:addAction', { meetingId: may.meeting.id, agendaItemId: item.id, what: 'Send the demand letter', ownerName: 'Secretary', due: '2026-05-20' });
    await ok('meetings:addGuest', { meetingId: may.meeting.id, name: 'Pat Organizer' });

    const { fileName, markdown } = await ok('meetings:exportMarkdown', { id: may.meeting.id });
    expect(fileName).toBe('minutes-2026-05-10-executive-board-meeting.md');
    expect(markdown).toContain('# Riverside Tenants Union — Executive board meeting');
    expect(markdown).toContain('**Date:** May 10, 2026, 7:00 PM');
    expect(markdown).toContain('3 members present and 1 guest. Quorum (3 members present): 3 required — quorum was present.');
    expect(markdown).toContain('### 4. New business');
    expect(markdown).toContain('- no heat in 4B');
    expect(markdown).toContain('**Motion 1: To demand repairs by July 1**');
    expect(markdown).toContain('- Moved by Rosa Díaz, seconded by Kwame Mensah.');
    expect(markdown).toContain('- Vote by roll call: 2 for, 0 against, 1 abstaining. 3 present, quorum met.');
    expect(markdown).toContain('- Roll call: Kwame Mensah — for; Mei Chen — abstain; Rosa Díaz — for.');
    expect(markdown).toContain('- Outcome: Carried.');
    expect(markdown).toContain('- [ ] Send the demand letter — Secretary, due May 20, 2026 (open)');
    expect(markdown).toContain('Draft: not yet circulated or approved.');

    const pdf = await ok('meetings:printPdf', { id: may.meeting.id });
    expect(pdf.fileName).toBe('minutes-2026-05-10-executive-board-meeting.pdf');
    const { text } = await extractText(new Uint8Array(Buffer.from(pdf.pdfBase64, 'base64')), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Riverside Tenants Union',
      'Minutes: Executive board meeting',
      'May 10, 2026, 7:00 PM',
      '3 members present and 1 guest. Quorum (3 members present): 3 required — quorum was present.',
      'Repairs',
      '• no heat in 4B',
      'Motion 1: To demand repairs by July 1',
      'Vote by roll call: 2 for, 0 against, 1 abstaining.',
      'Outcome: Carried.',
      '• Send the demand letter — Secretary, due May 20, 2026 (open)',
      'Chair — signature and date',
      'Secretary — signature and date',
    ]) {
      expect(flat).toContain(expected);
    }
    // Markup in notes is printed as the characters typed; markdown-it refuses a javascript: link,
    // so it stays the text that was typed; a web link prints with its address.
    expect(flat).toContain('<script>alert(1)</script> [click](javascript:alert(1)) the petition (https://example.org/petition)');

    const sheet = await ok('meetings:signInSheet', { id: may.meeting.id });
    expect(sheet.fileName).toBe('sign-in-2026-05-10-executive-board-meeting.pdf');
    const sheetText = (await extractText(new Uint8Array(Buffer.from(sheet.pdfBase64, 'base64')), { mergePages: true })).text.replace(/\s+/g, ' ');
    expect(sheetText).toContain('Executive board meeting · May 10, 2026, 7:00 PM · Community room');
    expect(sheetText).toContain('Díaz, Rosa');
    expect(sheetText).toContain('Not on the list');
  });

  it('answer unknown ids with NOT_FOUND and a sentence, and delete only drafts', async () => {
    await expectError('meetings:get', { id: 'nope' }, 'NOT_FOUND', 'That meeting does not exist (it may have been deleted).');
    await expectError('meetings:create', { typeId: 'nope', startsAt: '2026-06-15T19:00' }, 'NOT_FOUND', 'That meeting type does not exist (it may have been deleted).');
    await expectError('meetings:saveNotes', { agendaItemId: 'nope', notes: '' }, 'NOT_FOUND', 'That agenda item does not exist (it may have been removed).');
    await expectError('meetings:recordVote', { motionId: 'nope', method: 'voice' }, 'NOT_FOUND', 'That motion does not exist (it may have been removed).');
    await expectError('meetings:updateAction', { id: 'nope', status: 'done' }, 'NOT_FOUND', 'That action item does not exist (it may have been removed).');
    await expectError('meetings:memberRecord', { memberId: 'nope' }, 'NOT_FOUND', /not in the roll/);
    await expectError('meetings:create', { typeId: 'board', startsAt: 'tomorrow' }, 'INVALID_INPUT', /2026-03-14T19:00/);
    const detail = await ok('meetings:create', { typeId: 'board', startsAt: '2026-06-15T19:00' });
    await expectError('meetings:checkIn', { meetingId: detail.meeting.id, memberId: 'nope' }, 'NOT_FOUND', /not in the roll/);
    expect(await ok('meetings:delete', { id: detail.meeting.id })).toEqual({ count: 1 });
    expect(await ok('meetings:list', {})).toEqual([]);
  });

  it('list by status and by words in the title, place or type, and change a meeting’s heading', async () => {
    const board = await ok('meetings:create', { typeId: 'board', startsAt: '2026-06-01T18:30', place: 'Maple Court lobby' });
    const general = await ok('meetings:create', { typeId: 'general', title: 'Rent strike 100% assembly', startsAt: '2026-06-10T19:00' });
    expect((await ok('meetings:list', {})).map((meeting) => meeting.id)).toEqual([general.meeting.id, board.meeting.id]);
    expect((await ok('meetings:list', { q: 'maple' })).map((meeting) => meeting.id)).toEqual([board.meeting.id]);
    expect((await ok('meetings:list', { q: 'general memb' })).map((meeting) => meeting.id)).toEqual([general.meeting.id]);
    expect(await ok('meetings:list', { q: '0%' })).toHaveLength(1); // % and _ are only text
    expect(await ok('meetings:list', { q: '%' })).toHaveLength(1);
    expect(await ok('meetings:list', { status: 'circulated' })).toEqual([]);
    const updated = await ok('meetings:update', { id: board.meeting.id, fields: { title: 'Emergency board meeting', startsAt: '2026-06-02T20:00', chair: 'Rosa Díaz' } });
    expect(updated.meeting).toMatchObject({ title: 'Emergency board meeting', date: '2026-06-02T20:00', chair: 'Rosa Díaz', place: 'Maple Court lobby' });
    await expectError('meetings:update', { id: board.meeting.id, fields: { title: '  ' } }, 'INVALID_INPUT', /title/);
  });

  it('approve through a motion whose outcome is set to carried after the fact, as through a vote', async () => {
    const [a, b] = [await member('Rosa', 'Díaz'), await member('Kwame', 'Mensah')];
    const may = await heldMeeting('2026-05-10T19:00', [a, b]);
    await ok('meetings:circulate', { id: may.meeting.id });
    const june = await heldMeeting('2026-06-14T19:00', [a, b]);
    const detail = await ok('meetings:addMotion', { meetingId: june.meeting.id, agendaItemId: june.agenda[1]!.id, text: 'Approve', approvesMeetingId: may.meeting.id });
    const motion = detail.motions[0]!;
    await ok('meetings:updateMotion', { id: motion.id, moverId: a, seconderId: b, outcome: 'carried' });
    expect((await ok('meetings:get', { id: may.meeting.id })).meeting.status).toBe('approved');
    await expectError('meetings:updateMotion', { id: motion.id, outcome: 'withdrawn' }, 'FORBIDDEN', /its vote can't be changed/);
    expect((await ok('meetings:updateMotion', { id: motion.id, moverId: null })).motions[0]!.moverId).toBeUndefined();
  });

  it('keep the chapter’s meeting types, refusing to delete one in use', async () => {
    const types = await ok('meetings:types', {});
    expect(types.map((type) => [type.name, type.quorum])).toEqual([
      ['General membership', { kind: 'percent', percent: 10 }],
      ['Executive board', { kind: 'count', count: 3 }],
      ['Committee', { kind: 'count', count: 2 }],
    ]);
    const saved = await ok('meetings:saveType', { name: 'Building assembly', quorum: { kind: 'count', count: 5 }, agenda: ['Roll call', 'Repairs'] });
    const assembly = saved.find((type) => type.name === 'Building assembly')!;
    const meeting = await ok('meetings:create', { typeId: assembly.id, startsAt: '2026-06-15T19:00' });
    expect(meeting.agenda.map((item) => item.title)).toEqual(['Roll call', 'Repairs']);
    await expectError('meetings:saveType', { name: 'committee', quorum: { kind: 'count', count: 1 }, agenda: [] }, 'INVALID_INPUT', 'There is already a meeting type called "committee".');
    await expectError('meetings:deleteType', { id: assembly.id }, 'FORBIDDEN', /is the type of 1 meeting/);
    await ok('meetings:delete', { id: meeting.meeting.id });
    expect((await ok('meetings:deleteType', { id: assembly.id })).map((type) => type.name)).not.toContain('Building assembly');
  });
});
