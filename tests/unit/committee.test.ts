import { extractText } from 'unpdf';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAttempt, addAttempts, listAttempts, setFollowUp } from '../../src/main/roll/contact-attempts';
import { addDays, calendarDay } from '../../src/shared/calendar';
import { followUpQueue, followUps } from '../../src/main/organizing/committee/followups';
import { addRelationship, listRelationships, memberNetwork, mostTied } from '../../src/main/organizing/committee/relationships';
import { assignOrganizer, coverage, listOrganizers } from '../../src/main/organizing/committee/turf';
import { renderWalkList, walkRows } from '../../src/main/organizing/committee/walklist';
import { all, sql } from '../../src/main/db/sql';
import type { VaultContext } from '../../src/main/core/context';
import { addConversation, listConversations } from '../../src/main/roll/conversations';
import { findDuplicates, mergeMembers } from '../../src/main/roll/duplicates';
import { addMember, deleteMembers, getMember, undoErase, updateMember } from '../../src/main/roll/members';
import { listMembers } from '../../src/main/roll/query';
import type { Member, MemberInput } from '../../src/shared/roll';
import { errorOf } from '../helpers/errors';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();
let context: VaultContext;
beforeEach(async () => ({ context } = await temp.rollContext('vault', { chapterKind: 'tenant' })));

const add = (first: string, fields: MemberInput = {}): Member => addMember(context, { first_name: first, last_name: 'Tester', ...fields });
const oc = (first: string, fields: MemberInput = {}): Member => add(first, { organizing_committee: 'yes', ...fields });
/** Everything a refused write must leave as it was. */
const snapshot = () => ({
  members: all(context.db, sql`SELECT * FROM members ORDER BY id`),
  attempts: all(context.db, sql`SELECT * FROM contact_attempts ORDER BY id`),
  ties: all(context.db, sql`SELECT * FROM relationships ORDER BY id`),
});
/** A context whose clock reads `iso`. */
const at = (iso: string): VaultContext => ({ ...context, now: () => new Date(iso) });

describe('organizer: who may be whose', () => {
  it('takes an OC member as organizer', () => {
    const ana = oc('Ana');
    const ben = add('Ben');
    expect(updateMember(context, ben.id, { organizer: ana.id }).organizer).toBe(ana.id);
  });

  it.each([
    ['not on the committee', (ben: Member, carla: Member) => ({ id: ben.id, organizer: carla.id }), /Carla Tester is not on the organizing committee/],
    ['themself', (ben: Member) => ({ id: ben.id, organizer: ben.id }), /cannot be their own organizer/],
    ['an unknown id', (ben: Member) => ({ id: ben.id, organizer: 'no-such-member' }), /no member has the id "no-such-member"/],
  ])('refuses an organizer who is %s, in one sentence, changing nothing', (_label, pick, message) => {
    const ben = oc('Ben');
    const carla = add('Carla');
    const before = snapshot();
    const { id, organizer } = pick(ben, carla);
    const refusal = errorOf(() => updateMember(context, id, { organizer }));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.message).toMatch(message);
    expect(refusal.message.trim().split(/(?<=\.)\s/)).toHaveLength(1);
    expect(snapshot()).toEqual(before);
  });

  it('reads "on the committee" as a spreadsheet writes it, and refuses anything else', () => {
    expect(add('Ana', { organizing_committee: 'Yes' }).organizing_committee).toBe('yes');
    expect(add('Bo', { organizing_committee: 'Sí' }).organizing_committee).toBe('yes');
    expect(add('Cy', { organizing_committee: 'no' }).organizing_committee).toBe('');
    expect(errorOf(() => add('Di', { organizing_committee: 'maybe' })).message).toBe('Not saved: organizing_committee is yes or empty, not "maybe".');
  });

  it('refuses a deleted organizer', () => {
    const ana = oc('Ana');
    const ben = add('Ben');
    deleteMembers(context, [ana.id]);
    expect(errorOf(() => updateMember(context, ben.id, { organizer: ana.id })).message).toMatch(/no member has the id/);
    expect(getMember(context, ben.id).organizer).toBe('');
  });

  it('assigns a whole floor in one step, skipping the organizer who lives there', () => {
    const ana = oc('Ana', { building: 'Oak', unit: '3A' });
    const onThree = [add('Ben', { building: 'Oak', unit: '3B' }), add('Carla', { building: 'Oak', unit: '3C' })];
    const onFour = add('Dev', { building: 'Oak', unit: '4A' });
    expect(assignOrganizer(context, ana.id, { filter: { building: 'oak', floor: '3' } })).toBe(2);
    for (const member of onThree) expect(getMember(context, member.id).organizer).toBe(ana.id);
    expect(getMember(context, onFour.id).organizer).toBe('');
    expect(getMember(context, ana.id).organizer).toBe('');
    expect(listOrganizers(context)).toEqual([{ id: ana.id, name: 'Ana Tester', members: 2 }]);
  });

  it('refuses bulk assignment to someone off the committee, assigning nobody', () => {
    const ben = add('Ben', { building: 'Oak', unit: '3B' });
    const carla = add('Carla', { building: 'Oak', unit: '3C' });
    expect(errorOf(() => assignOrganizer(context, ben.id, { memberIds: [carla.id] })).message).toMatch(/not on the organizing committee/);
    expect(getMember(context, carla.id).organizer).toBe('');
  });
});

describe('coverage', () => {
  it('counts members per organizer against the target, leaderless floors and members with no organizer', () => {
    const ana = oc('Ana', { building: 'Oak', unit: '1A', assessment: 1 });
    for (let index = 0; index < 24; index++) add(`M${index}`, { building: 'Oak', unit: `${index < 12 ? 2 : 10}${String.fromCharCode(65 + (index % 6))}` });
    assignOrganizer(context, ana.id, { filter: { building: 'Oak', floor: '2' } });
    const report = coverage(context);
    expect(report.target).toBe(10);
    expect(report.by).toEqual(['building', 'floor']);
    // Natural order: floor 2 before floor 10.
    expect(report.groups.map((group) => group.group)).toEqual([['Oak', '1'], ['Oak', '2'], ['Oak', '10']]);
    const [one, two, ten] = report.groups;
    expect(one).toMatchObject({ members: 1, organizers: 0, unassigned: 1, leaders: 1, ratio: null, short: 1 });
    expect(two).toMatchObject({ members: 12, organizers: 1, unassigned: 0, leaders: 0, ratio: 12, short: 1 });
    expect(ten).toMatchObject({ members: 12, organizers: 0, unassigned: 12, leaders: 0, short: 2 });
    expect(report.leaderless).toEqual(['Oak · 2', 'Oak · 10']);
    expect(report.unassigned).toBe(13);
  });

  it('reads the ratio from the chapter setting', async () => {
    ({ context } = await temp.rollContext('other', { chapterKind: 'tenant', membersPerOrganizer: 5 }));
    const ana = oc('Ana', { building: 'Oak', unit: '2A' });
    for (let index = 0; index < 6; index++) add(`M${index}`, { building: 'Oak', unit: `2${index}` });
    assignOrganizer(context, ana.id, { filter: { building: 'Oak' } });
    expect(coverage(context).groups[0]).toMatchObject({ members: 7, organizers: 1, ratio: 7, short: 1 });
  });
});

describe('contact attempts: one log', () => {
  it('a conversation from the roll is an attempt with outcome talked, keeping its notes and assessment change', () => {
    const ben = add('Ben', { assessment: 3 });
    addConversation(context, { memberId: ben.id, date: '2026-06-01', notes: 'Rent hike', assessment: 2 });
    const [attempt] = listAttempts(context, ben.id);
    expect(attempt).toMatchObject({ outcome: 'talked', date: '2026-06-01', notes: 'Rent hike', assessment_before: 3, assessment_after: 2 });
    expect(getMember(context, ben.id).assessment).toBe(2);
  });

  it('a talked attempt shows in the roll\'s conversations; other outcomes do not, but all are attempts', () => {
    const ben = add('Ben');
    addAttempt(context, { memberId: ben.id, via: 'door', outcome: 'not-home', date: '2026-06-02' });
    addAttempt(context, { memberId: ben.id, via: 'phone', outcome: 'talked', date: '2026-06-03', notes: 'Will come', assessment: 1 });
    expect(listConversations(context, ben.id).map((conversation) => [conversation.date, conversation.notes, conversation.assessment_after])).toEqual([
      ['2026-06-03', 'Will come', 1],
    ]);
    expect(listAttempts(context, ben.id).map((attempt) => attempt.outcome)).toEqual(['talked', 'not-home']);
    expect(getMember(context, ben.id).assessment).toBe(1);
  });

  it('moved changes the status in the same step', () => {
    const ben = add('Ben');
    addAttempt(context, { memberId: ben.id, via: 'door', outcome: 'moved', status: 'former' });
    expect(getMember(context, ben.id).status).toBe('former');
    expect(listAttempts(context, ben.id)[0]!.outcome).toBe('moved');
  });

  it.each([
    [{ outcome: 'nothome' }, /"nothome" is not an outcome; use one of: talked, not-home/],
    [{ via: 'pigeon' }, /"pigeon" is not a way to reach someone/],
    [{ next: 'next tuesday' }, /The follow-up date "next tuesday" is not a date/],
    [{ date: '2026-02-30' }, /The date "2026-02-30" is not a date/],
    [{ outcome: 'not-home', assessment: 2 }, /An assessment comes from a conversation/],
    [{ outcome: 'talked', status: 'former' }, /only when the member moved/],
  ])('refuses %j in one sentence, changing nothing', (change, message) => {
    const ben = add('Ben');
    const before = snapshot();
    const refusal = errorOf(() => addAttempt(context, { memberId: ben.id, via: 'door', outcome: 'talked', ...change } as never));
    expect(refusal.code).toBe('INVALID_INPUT');
    expect(refusal.message).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it('saves a whole sheet or, when one row is wrong, none of it', () => {
    const [ben, carla] = [add('Ben'), add('Carla')];
    const before = snapshot();
    const refusal = errorOf(() =>
      addAttempts(context, [
        { memberId: ben.id, via: 'door', outcome: 'talked' },
        { memberId: carla.id, via: 'door', outcome: 'not-home', next: '31/31/2026' },
      ]),
    );
    expect(refusal.message).toMatch(/^Row 2: The follow-up date "31\/31\/2026" is not a date.*Nothing was saved\.$/);
    expect(snapshot()).toEqual(before);
    expect(addAttempts(context, [{ memberId: ben.id, via: 'door', outcome: 'talked' }, { memberId: carla.id, via: 'door', outcome: 'not-home' }])).toBe(2);
    expect(listAttempts(context, carla.id)).toHaveLength(1);
  });

  it('stamps every field and audits the attempt as its kind', () => {
    const ben = add('Ben');
    const attempt = addAttempt(context, { memberId: ben.id, via: 'text', outcome: 'left-message', next: '2026-06-20', reason: 'call back' });
    const [row] = all<{ clocks: string }>(context.db, sql`SELECT clocks FROM contact_attempts WHERE id = ${attempt.id}`);
    expect(Object.keys(JSON.parse(row!.clocks) as object)).toEqual(expect.arrayContaining(['member_id', 'outcome', 'next_date']));
    expect(all(context.db, sql`SELECT action FROM audit_log WHERE entity = 'contact_attempt' AND entity_id = ${attempt.id}`)).toEqual([{ action: 'create' }]);
  });
});

describe('the follow-up queue', () => {
  it('lists who is due or overdue, oldest first, per organizer', () => {
    const ana = oc('Ana');
    const [ben, carla, dev] = [add('Ben'), add('Carla'), add('Dev')];
    assignOrganizer(context, ana.id, { memberIds: [ben.id, carla.id] });
    addAttempt(context, { memberId: ben.id, via: 'door', outcome: 'not-home', date: '2026-06-01', next: '2026-06-15', reason: 'knock again' });
    addAttempt(context, { memberId: carla.id, via: 'phone', outcome: 'left-message', date: '2026-06-02', next: '2026-06-10' });
    addAttempt(context, { memberId: dev.id, via: 'door', outcome: 'talked', date: '2026-06-03', next: '2026-06-12' });
    const all = followUps(context, { timeZone: 'UTC' });
    expect(all.map((row) => [row.name, row.next, row.overdue])).toEqual([
      ['Carla Tester', '2026-06-10', true],
      ['Dev Tester', '2026-06-12', true],
      ['Ben Tester', '2026-06-15', false],
    ]);
    expect(all[2]).toEqual({ member: ben.id, name: 'Ben Tester', organizer: ana.id, next: '2026-06-15', reason: 'knock again', last_contact: '2026-06-01', overdue: false });
    expect(followUps(context, { organizer: ana.id, timeZone: 'UTC' }).map((row) => row.name)).toEqual(['Carla Tester', 'Ben Tester']);
    expect(followUps(context, { dueBy: '2026-06-11', timeZone: 'UTC' }).map((row) => row.name)).toEqual(['Carla Tester']);
  });

  it('follows the latest attempt: a follow-up done without a new date leaves the queue', () => {
    const ben = add('Ben');
    addAttempt(context, { memberId: ben.id, via: 'door', outcome: 'not-home', date: '2026-06-01', next: '2026-06-05' });
    expect(followUps(context, { timeZone: 'UTC' })).toHaveLength(1);
    addAttempt(context, { memberId: ben.id, via: 'door', outcome: 'talked', date: '2026-06-06' });
    expect(followUps(context, { timeZone: 'UTC' })).toEqual([]);
    setFollowUp(context, ben.id, '2026-06-14', 'bring the petition');
    expect(followUps(context, { timeZone: 'UTC' })).toMatchObject([{ next: '2026-06-14', reason: 'bring the petition', last_contact: '2026-06-06' }]);
  });

  it('reads "today" where the officer is: late evening in Los Angeles is not yet tomorrow', () => {
    const ben = add('Ben');
    addAttempt(context, { memberId: ben.id, via: 'door', outcome: 'not-home', date: '2026-06-01', next: '2026-06-16' });
    // 03:00 UTC on the 16th is 20:00 on the 15th in Los Angeles and 12:00 on the 16th in Tokyo.
    const evening = at('2026-06-16T03:00:00Z');
    expect(followUps(evening, { timeZone: 'America/Los_Angeles' })).toEqual([]);
    expect(followUps(evening, { timeZone: 'Asia/Tokyo' })).toMatchObject([{ next: '2026-06-16', overdue: false }]);
    expect(followUps(evening, { timeZone: 'UTC' })).toMatchObject([{ overdue: false }]);
    // The next evening in Los Angeles it is due (not overdue); in Tokyo it is overdue by then.
    const next = at('2026-06-17T03:00:00Z');
    expect(followUps(next, { timeZone: 'America/Los_Angeles' })).toMatchObject([{ overdue: false }]);
    expect(followUps(next, { timeZone: 'Asia/Tokyo' })).toMatchObject([{ overdue: true }]);
    expect(calendarDay(new Date('2026-06-16T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-06-15');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('shows who was never contacted and who not in N days (the setting), deleted members never', async () => {
    ({ context } = await temp.rollContext('stale', {}, new Date('2026-06-15T12:00:00Z')));
    const [ben, carla, dev, eve] = [add('Ben'), add('Carla'), add('Dev'), add('Eve')];
    addAttempt(context, { memberId: ben.id, via: 'door', outcome: 'talked', date: '2026-05-15' }); // 31 days
    addAttempt(context, { memberId: carla.id, via: 'door', outcome: 'talked', date: '2026-05-16' }); // 30 days: not yet
    deleteMembers(context, [eve.id]);
    const queue = followUpQueue(context, { timeZone: 'UTC' });
    expect(queue.staleDays).toBe(30);
    expect(queue.stale.map((row) => row.name)).toEqual(['Ben Tester']);
    expect(queue.never.map((row) => row.member)).toEqual([dev.id]);
    expect([queue.neverCount, queue.staleCount]).toEqual([1, 1]);
    const week = { ...context, settings: { ...context.settings, staleContactDays: 7 } };
    expect(followUpQueue(week, { timeZone: 'UTC' }).stale.map((row) => row.name)).toEqual(['Ben Tester', 'Carla Tester']);
  });

  it('refuses a due-by date that is not a date', () => {
    expect(errorOf(() => followUps(context, { dueBy: 'soon' })).message).toBe('The due-by date "soon" is not a date (use YYYY-MM-DD).');
  });
});

describe('walk lists', () => {
  it('run by floor and unit in natural order, with name, preferred name, language, assessment and last contact', async () => {
    const ana = oc('Ana', { building: 'Oak', unit: '1A' });
    const ten = add('Tenth', { building: 'Oak', unit: '10B', preferred_name: 'Ten', languages: 'Spanish', assessment: 2 });
    add('Second', { building: 'Oak', unit: '2A' });
    add('Elsewhere', { building: 'Elm', unit: '2A' });
    addAttempt(context, { memberId: ten.id, via: 'door', outcome: 'talked', date: '2026-06-01' });
    const rows = walkRows(context, { filter: { building: 'Oak' } });
    expect(rows.map((row) => [row.floor, row.unit])).toEqual([['1', '1A'], ['2', '2A'], ['10', '10B']]);
    expect(rows[2]).toMatchObject({ name: 'Tester, Tenth', preferred_name: 'Ten', languages: 'Spanish', assessment: 2, last_contact: '2026-06-01' });
    const { pdf } = await renderWalkList(context, { filter: { building: 'Oak' } });
    const { text } = await extractText(pdf.slice(), { mergePages: true });
    expect(text).toContain('Walk list');
    expect(text).toContain('Oak — Floor 2');
    expect(text).toContain('Tester, Tenth');
    expect(text).toContain('Spanish');
    expect(text).toContain('☐ T');
    expect(text).not.toContain('Elsewhere');
    expect(text.indexOf('Floor 2')).toBeLessThan(text.indexOf('Floor 10'));
    assignOrganizer(context, ana.id, { memberIds: [ten.id] });
    expect(walkRows(context, { organizer: ana.id }).map((row) => row.id)).toEqual([ten.id]);
  });

  it('refuses a filter on a field that does not exist', () => {
    expect(errorOf(() => walkRows(context, { filter: { colour: 'red' } })).message).toBe('There is no member field named "colour" to filter by.');
  });
});

describe('relationships', () => {
  it('are shown from either side, and drawn as a network', () => {
    const [ana, ben, carla] = [add('Ana', { building: 'Oak' }), add('Ben', { building: 'Oak' }), add('Carla', { building: 'Elm' })];
    addRelationship(context, { memberId: ana.id, otherId: ben.id, kind: 'carpool', note: 'mornings' });
    addRelationship(context, { memberId: carla.id, otherId: ana.id, kind: 'influences' });
    // The same symmetric tie the other way round is the same tie.
    expect(addRelationship(context, { memberId: ben.id, otherId: ana.id, kind: 'carpool' }).id).toBe(listRelationships(context, ben.id)[0]!.id);
    expect(listRelationships(context, ana.id).map((tie) => [tie.other_name, tie.kind])).toEqual([
      ['Ben Tester', 'carpool'],
      ['Carla Tester', 'influences'],
    ]);
    const network = memberNetwork(context, ben.id, 2);
    expect(network.nodes.map((node) => node.id).sort()).toEqual([ana.id, ben.id, carla.id].sort());
    expect(network.edges).toHaveLength(2);
    expect(memberNetwork(context, ben.id, 1).nodes.map((node) => node.id).sort()).toEqual([ana.id, ben.id].sort());
    expect(mostTied(context, 'building')).toEqual([
      { group: 'Elm', members: [expect.objectContaining({ id: carla.id, ties: 1 })] },
      { group: 'Oak', members: [expect.objectContaining({ id: ana.id, ties: 2 }), expect.objectContaining({ id: ben.id, ties: 1 })] },
    ]);
  });

  it.each([
    ['a deleted member', 'deleted', /One of these members has been deleted, so cannot have a relationship/],
    ['the member themself', 'self', /two different members/],
    ['an unknown kind', 'kind', /"lover" is not a kind of relationship; use one of: family/],
  ])('refuses a tie to %s, changing nothing', (_label, which, message) => {
    const [ana, ben] = [add('Ana'), add('Ben')];
    if (which === 'deleted') deleteMembers(context, [ben.id]);
    const before = snapshot();
    const input = { memberId: ana.id, otherId: which === 'self' ? ana.id : ben.id, kind: which === 'kind' ? 'lover' : 'friend' };
    expect(errorOf(() => addRelationship(context, input)).message).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it('move with a merged duplicate, and the tie between the two goes', () => {
    const keep = add('Ana', { email: 'ana@example.org' });
    const other = add('Ana', { email: 'ana@example.org', phone: '555 123 4567' });
    const ben = add('Ben');
    addRelationship(context, { memberId: other.id, otherId: ben.id, kind: 'friend' });
    addRelationship(context, { memberId: other.id, otherId: keep.id, kind: 'family' });
    addAttempt(context, { memberId: other.id, via: 'door', outcome: 'not-home', next: '2026-06-20' });
    expect(findDuplicates(context)).toHaveLength(1);
    mergeMembers(context, keep.id, other.id, {});
    expect(listRelationships(context, keep.id).map((tie) => tie.other_name)).toEqual(['Ben Tester']);
    expect(listAttempts(context, keep.id)).toHaveLength(1);
    expect(followUps(context, { dueBy: '2026-06-30', timeZone: 'UTC' }).map((row) => row.member)).toEqual([keep.id]);
  });
});

describe("the roll's last contact", () => {
  it('is a column the roll sorts by, and a filter: never contacted, or not in N days', () => {
    const [ben, carla] = [add('Ben'), add('Carla'), add('Dev')];
    addAttempt(context, { memberId: ben.id, via: 'door', outcome: 'not-home', date: '2026-06-10' });
    addAttempt(context, { memberId: carla.id, via: 'door', outcome: 'talked', date: '2026-04-01' });
    const page = listMembers(context, { sort: { field: 'last_contact', direction: 'desc' } });
    expect(page.rows.map((member) => [member.first_name, member.last_contact])).toEqual([
      ['Ben', '2026-06-10'],
      ['Carla', '2026-04-01'],
      ['Dev', null],
    ]);
    const names = (contact: ('never' | 'stale')[]) => listMembers(context, { filter: { contact } }).rows.map((member) => member.first_name);
    expect(names(['never'])).toEqual(['Dev']);
    expect(names(['stale'])).toEqual(['Carla']);
    expect(names(['stale', 'never'])).toEqual(['Carla', 'Dev']);
    expect(listMembers(context, { search: 'Carla', filter: { contact: ['stale'] } }).total).toBe(1);
  });
});

describe('deleting a member', () => {
  it('erases their attempts and ties, and undo brings them back', () => {
    const [ben, carla] = [add('Ben'), add('Carla')];
    addAttempt(context, { memberId: ben.id, via: 'door', outcome: 'talked', notes: 'works nights', next: '2026-06-20' });
    addRelationship(context, { memberId: ben.id, otherId: carla.id, kind: 'roommate', note: 'same flat' });
    const { undo } = deleteMembers(context, [ben.id]);
    const everything = JSON.stringify(snapshot());
    expect(everything).not.toContain('works nights');
    expect(everything).not.toContain('same flat');
    expect(followUps(context, { dueBy: '2026-12-31', timeZone: 'UTC' })).toEqual([]);
    undoErase(context, undo);
    expect(listAttempts(context, ben.id).map((attempt) => attempt.notes)).toEqual(['works nights']);
    expect(listRelationships(context, carla.id).map((tie) => tie.note)).toEqual(['same flat']);
    expect(followUps(context, { dueBy: '2026-12-31', timeZone: 'UTC' }).map((row) => row.member)).toEqual([ben.id]);
  });
});
