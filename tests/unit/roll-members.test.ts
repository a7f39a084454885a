import { beforeEach, describe, expect, it } from 'vitest';
import { readAudit } from '../../src/main/core/audit';
import type { VaultContext } from '../../src/main/core/context';
import { addConversation, listConversations } from '../../src/main/roll/conversations';
import { defineCustomField } from '../../src/main/roll/custom-fields';
import { findDuplicates, mergeMembers } from '../../src/main/roll/duplicates';
import { addMember, bulkUpdate, deleteMembers, getMember, undoErase, updateMember } from '../../src/main/roll/members';
import { listMembers } from '../../src/main/roll/query';
import { useTempVaults } from '../helpers/temp';
import { errorOf } from '../helpers/errors';

const temp = useTempVaults();
let context: VaultContext;
beforeEach(async () => ({ context } = await temp.rollContext()));

describe('adding and editing members', () => {
  it('a name and one contact are enough; defaults fill the rest', () => {
    const member = addMember(context, { first_name: 'Ana', phone: '555.123.4567' });
    expect(member).toMatchObject({ first_name: 'Ana', phone: '(555) 123-4567', status: 'member', standing: 'unknown', assessment: null });
    expect(getMember(context, member.id)).toEqual(member);
  });

  it('normalizes e-mails, dates, statuses, tags and languages', () => {
    const member = addMember(context, {
      first_name: ' José ',
      last_name: 'Núñez',
      email: 'Jose@Example.org; jose@example.org',
      join_date: '3/5/2024',
      dues_paid_through: '2026-12-31',
      status: 'FORMER',
      tags: 'steward, Steward, night shift',
      languages: 'Spanish; English',
      assessment: 2,
    });
    expect(member).toMatchObject({
      first_name: 'José',
      email: 'jose@example.org',
      join_date: '2024-03-05',
      status: 'former',
      standing: 'current',
      tags: 'steward, night shift',
      languages: 'Spanish, English',
    });
  });

  it('refuses bad input with every reason, and writes nothing', () => {
    const error = errorOf(() =>
      addMember(context, { first_name: 'Ana', email: 'not-an-email', phone: '12', join_date: 'someday', status: 'boss' }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/"not-an-email" is not an e-mail address/);
    expect(error.message).toMatch(/"12" is not a phone number/);
    expect(error.message).toMatch(/"someday" is not a date/);
    expect(error.message).toMatch(/"boss" is not one of the chapter's statuses/);
    expect(listMembers(context).total).toBe(0);
  });

  it('needs some name', () => {
    expect(errorOf(() => addMember(context, { email: 'a@b.org' })).message).toMatch(/needs a name/);
  });

  it('records who changed what in the audit log, field by field', () => {
    const member = addMember(context, { first_name: 'Ana', last_name: 'Reyes' });
    updateMember(context, member.id, { last_name: 'Reyes-Cruz', notes: 'moved to 4B' });
    updateMember(context, member.id, { last_name: 'Reyes-Cruz' }); // no change, no entry
    const audit = readAudit(context, 'member', member.id);
    expect(audit.map((entry) => entry.action)).toEqual(['update', 'create']);
    expect(audit[0]).toMatchObject({
      officer: 'Ana Reyes',
      changes: [
        { field: 'last_name', before: 'Reyes', after: 'Reyes-Cruz' },
        { field: 'notes', before: '', after: 'moved to 4B' },
      ],
    });
  });

  it('deletes with undo held in memory: the vault keeps only a tombstone meanwhile', () => {
    const member = addMember(context, { first_name: 'Ana', phone: '555-123-4567', notes: 'lives in 4B' });
    const { count, undo } = deleteMembers(context, [member.id]);
    expect(count).toBe(1);
    expect(listMembers(context).total).toBe(0);
    expect(errorOf(() => getMember(context, member.id)).code).toBe('NOT_FOUND');
    const tombstone = context.db.prepare('SELECT first_name, phone, notes, phone_digits, deleted_at FROM members WHERE id = ?').get(member.id);
    expect(tombstone).toMatchObject({ first_name: '', phone: '', notes: '', phone_digits: '', deleted_at: expect.any(String) });
    expect(readAudit(context, 'member', member.id).flatMap((entry) => entry.changes)).toEqual([]);
    expect(undoErase(context, undo)).toBe(1);
    expect(getMember(context, member.id).first_name).toBe('Ana');
    expect(readAudit(context, 'member', member.id).map((entry) => entry.action)).toEqual(['restore', 'delete', 'create']);
  });

  it('changes tags and status of many members at once, or of none if one is wrong', () => {
    const a = addMember(context, { first_name: 'Ana', tags: 'tenant' });
    const b = addMember(context, { first_name: 'Bo', tags: 'steward, tenant' });
    expect(bulkUpdate(context, [a.id, b.id], { addTags: ['committee'], removeTags: ['TENANT'], status: 'former' })).toBe(2);
    expect(getMember(context, a.id)).toMatchObject({ tags: 'committee', status: 'former' });
    expect(getMember(context, b.id)).toMatchObject({ tags: 'steward, committee', status: 'former' });
    expect(errorOf(() => bulkUpdate(context, [a.id, b.id], { status: 'nonsense' })).code).toBe('INVALID_INPUT');
    expect(getMember(context, a.id).status).toBe('former');
  });

  it('custom fields: validated by type, stored by key', () => {
    defineCustomField(context, { key: 'shoe_size', label: 'Shoe size', type: 'number', choices: [] });
    defineCustomField(context, { key: 'lease', label: 'Lease type', type: 'choice', choices: ['Month-to-month', 'Yearly'] });
    const member = addMember(context, { first_name: 'Ana', custom: { shoe_size: '38', lease: 'yearly' } });
    expect(member.custom).toEqual({ shoe_size: '38', lease: 'Yearly' });
    expect(errorOf(() => addMember(context, { first_name: 'Bo', custom: { shoe_size: 'big' } })).message).toMatch(/must be a number/);
    expect(errorOf(() => addMember(context, { first_name: 'Bo', custom: { lease: 'forever' } })).message).toMatch(/must be one of/);
    expect(errorOf(() => addMember(context, { first_name: 'Bo', custom: { unknown: 'x' } })).message).toMatch(/no custom field/);
    expect(errorOf(() => defineCustomField(context, { key: 'email', label: 'E', type: 'text', choices: [] })).message).toMatch(/already a member field/);
  });
});

describe('conversations', () => {
  it('log who talked and what was said, and move the assessment with its history', () => {
    const member = addMember(context, { first_name: 'Ana', assessment: 3 });
    addConversation(context, { memberId: member.id, date: '2026-06-01', notes: 'Talked about repairs', assessment: 2 });
    addConversation(context, { memberId: member.id, date: '2026-06-10', talkedBy: 'Sam', notes: 'Will come to the meeting', assessment: 1 });
    const conversations = listConversations(context, member.id);
    expect(conversations.map((entry) => [entry.date, entry.talked_by, entry.assessment_before, entry.assessment_after])).toEqual([
      ['2026-06-10', 'Sam', 2, 1],
      ['2026-06-01', 'Ana Reyes', 3, 2],
    ]);
    expect(getMember(context, member.id).assessment).toBe(1);
  });
});

describe('duplicates', () => {
  it('finds the same e-mail, the same phone written differently, and names alike', () => {
    const jose = addMember(context, { first_name: 'José', last_name: 'García' });
    const jose2 = addMember(context, { first_name: 'jose', last_name: 'garcia' });
    const a = addMember(context, { first_name: 'Ana', phone: '(555) 123-4567' });
    const a2 = addMember(context, { first_name: 'Anita', phone: '555.123.4567' });
    const b = addMember(context, { first_name: 'Bo', email: 'bo@example.org' });
    const b2 = addMember(context, { first_name: 'Robert', email: 'BO@example.org' });
    addMember(context, { first_name: 'Unrelated', email: 'x@example.org' });
    const pairs = findDuplicates(context).map((pair) => ({ ids: [pair.a.id, pair.b.id].sort(), reasons: pair.reasons }));
    expect(pairs).toHaveLength(3);
    expect(pairs).toContainEqual({ ids: [jose.id, jose2.id].sort(), reasons: ['name'] });
    expect(pairs).toContainEqual({ ids: [a.id, a2.id].sort(), reasons: ['phone'] });
    expect(pairs).toContainEqual({ ids: [b.id, b2.id].sort(), reasons: ['email'] });
  });

  it('merges field by field and keeps both histories', () => {
    const keep = addMember(context, { first_name: 'José', last_name: 'García', email: 'jose@example.org', tags: 'steward' });
    const other = addMember(context, { first_name: 'Jose', last_name: 'Garcia', phone: '555-123-4567', tags: 'night shift', building: 'Maple Court' });
    addConversation(context, { memberId: other.id, notes: 'first talk' });
    const { member: merged, undo } = mergeMembers(context, keep.id, other.id, { phone: 'other', tags: 'both', building: 'other', first_name: 'keep' });
    expect(merged).toMatchObject({ first_name: 'José', email: 'jose@example.org', phone: '(555) 123-4567', tags: 'steward, night shift', building: 'Maple Court' });
    expect(listMembers(context).total).toBe(1);
    expect(listConversations(context, keep.id).map((entry) => entry.notes)).toEqual(['first talk']);
    const actions = readAudit(context, 'member', keep.id).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['merged', 'merge', 'create']));
    expect(actions.filter((action) => action === 'create')).toHaveLength(2);
    expect(findDuplicates(context)).toEqual([]);
    // The merge erased the other member; its undo brings both back as they were, talks and all.
    expect(context.db.prepare('SELECT phone FROM members WHERE id = ?').get(other.id)).toEqual({ phone: '' });
    expect(undoErase(context, undo, 'undo merge')).toBe(2);
    expect(getMember(context, keep.id)).toMatchObject({ phone: '', tags: 'steward', building: '' });
    expect(getMember(context, other.id)).toMatchObject({ phone: '(555) 123-4567', building: 'Maple Court' });
    expect(listConversations(context, other.id).map((entry) => entry.notes)).toEqual(['first talk']);
    expect(listConversations(context, keep.id)).toEqual([]);
  });
});
