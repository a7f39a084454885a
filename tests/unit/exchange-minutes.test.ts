/**
 * Minutes travel between officers: one record per meeting, last writer wins, except that
 * approved minutes are the official record (verified against the approver's key before they
 * are taken, never replaced by an unapproved version, a second approval reported, not taken).
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBundle, readBundle, sealBundle } from '../../src/main/exchange/bundle';
import { applyImportFile, exportForOfficers, previewImport } from '../../src/main/exchange/exchange';
import { readMeetingRecords } from '../../src/main/exchange/minutes-records';
import { selfIdentity } from '../../src/main/exchange/officers';
import { createMeeting, saveNotes } from '../../src/main/minutes/agenda';
import { checkIn } from '../../src/main/minutes/attendance';
import { addCorrection, circulate, verifyMinutes } from '../../src/main/minutes/lifecycle';
import { addMotion, recordVote } from '../../src/main/minutes/motions';
import { deleteMeeting, listMeetings, readMeeting } from '../../src/main/minutes/store';
import type { VaultContext } from '../../src/main/core/context';
import { addMember } from '../../src/main/roll/members';
import { listMembers } from '../../src/main/roll/query';
import { loadSodium, type Sodium } from '../../src/main/core/sodium';
import type { OpenVault } from '../../src/main/vault/vault';
import { runCli } from '../helpers/cli';
import { reSignedFile, twoVerifiedOfficers } from '../helpers/exchange';
import { formatStamp } from '../../src/main/core/clock';
import { makeTempDir } from '../helpers/temp';

let temp: ReturnType<typeof makeTempDir>;
const opened: OpenVault[] = [];
let ana: VaultContext;
let bo: VaultContext;
let sodium: Sodium;

beforeEach(async () => {
  temp = makeTempDir();
  ({ ana, bo } = await twoVerifiedOfficers(temp.path, opened));
  sodium = await loadSodium();
});
afterEach(() => {
  opened.splice(0).forEach((vault) => vault.close());
  temp.cleanup();
});

const idOf = (context: VaultContext) => selfIdentity(context.db).officerId;

async function send(from: VaultContext, to: VaultContext, request: { scope?: 'all' | 'roll' | 'minutes'; meetingIds?: string[] } = {}) {
  return (await exportForOfficers(from, { to: [idOf(to)], scope: request.scope ?? 'minutes', ...(request.meetingIds ? { meetingIds: request.meetingIds } : {}) })).file;
}

/** A board meeting in May with two members present and a roll-call motion. */
function mayMeeting(context: VaultContext) {
  const rosa = addMember(context, { first_name: 'Rosa', last_name: 'Parra', dues_paid_through: '2026-12-31' });
  const tom = addMember(context, { first_name: 'Tom', last_name: 'Okafor', dues_paid_through: '2026-12-31' });
  let may = createMeeting(context, { typeId: 'board', startsAt: '2026-05-10T19:00', place: 'Community room' });
  checkIn(context, may.meeting.id, rosa.id);
  may = checkIn(context, may.meeting.id, tom.id);
  saveNotes(context, may.agenda[0]!.id, 'Called to order at 7:05.');
  may = addMotion(context, { meetingId: may.meeting.id, agendaItemId: may.agenda[1]!.id, text: 'Buy a printer', moverId: rosa.id, seconderId: tom.id });
  recordVote(context, sodium, {
    motionId: may.motions[0]!.id,
    method: 'roll-call',
    rollCall: [
      { memberId: rosa.id, vote: 'for' },
      { memberId: tom.id, vote: 'against' },
    ],
    outcome: 'failed',
  });
  return { id: may.meeting.id, rosa, tom };
}

/** Circulates the meeting and approves it by a carried motion at a June meeting. */
function approveInJune(context: VaultContext, mayId: string, present: string[]) {
  circulate(context, mayId);
  const june = createMeeting(context, { typeId: 'board', startsAt: '2026-06-14T19:00' });
  for (const id of present) checkIn(context, june.meeting.id, id);
  const item = june.agenda.find((entry) => entry.kind === 'approve-minutes' && entry.refMeetingId === mayId)!;
  const withMotion = addMotion(context, { meetingId: june.meeting.id, agendaItemId: item.id, text: 'Approve the May minutes', approvesMeetingId: mayId });
  recordVote(context, sodium, { motionId: withMotion.motions[0]!.id, method: 'hands', for: present.length || 1 });
  return june.meeting.id;
}

const meetingState = (context: VaultContext) =>
  listMeetings(context).map((meeting) => ({ ...readMeeting(context, meeting.id), quorum: undefined, attendance: readMeeting(context, meeting.id).attendance.map((a) => a.name) }));

describe('minutes between officers', () => {
  it('approved minutes travel and verify on the other side; names as recorded stay; the same file twice changes nothing', async () => {
    const { id: mayId, rosa, tom } = mayMeeting(ana);
    approveInJune(ana, mayId, [rosa.id, tom.id]);
    expect(verifyMinutes(ana, sodium, mayId).ok).toBe(true);
    const file = await send(ana, bo);

    const preview = await previewImport(bo, file);
    expect(preview.meetings).toMatchObject({ new: 2, changed: 0, conflicts: 0 });
    expect(preview.new).toBe(0);
    expect(listMeetings(bo)).toEqual([]);

    const applied = await applyImportFile(bo, file, {});
    expect(applied.meetings.new).toBe(2);
    const may = readMeeting(bo, mayId);
    expect(may.meeting.status).toBe('approved');
    expect(verifyMinutes(bo, sodium, mayId)).toMatchObject({ ok: true });
    // Bo's roll does not hold these members: the minutes keep the names as recorded.
    expect(listMembers(bo, {}).total).toBe(0);
    expect(may.attendance.map((person) => person.name).sort()).toEqual(['Rosa Parra', 'Tom Okafor']);
    expect(may.motions[0]).toMatchObject({ moverName: 'Rosa Parra', outcome: 'failed', rollCall: [{ name: 'Rosa Parra' }, { name: 'Tom Okafor' }] });

    const before = meetingState(bo);
    const again = await previewImport(bo, file);
    expect(again.meetings).toMatchObject({ new: 0, changed: 0, deleted: 0, conflicts: 0 });
    await applyImportFile(bo, file, {});
    expect(meetingState(bo)).toEqual(before);

    // The roll arriving later fills in the members behind the minutes.
    await applyImportFile(bo, await send(ana, bo, { scope: 'roll' }), {});
    expect(listMembers(bo, {}).rows.map((member) => member.last_name).sort()).toEqual(['Okafor', 'Parra']);
    expect(listMembers(bo, { search: 'parra' }).rows.map((member) => member.id)).toEqual([rosa.id]);
    expect(verifyMinutes(bo, sodium, mayId).ok).toBe(true);
  });

  it('scope: roll carries no meetings, minutes only the chosen ones, all both', async () => {
    const { id: mayId } = mayMeeting(ana);
    const other = createMeeting(ana, { typeId: 'general', startsAt: '2026-06-01T18:00' }).meeting.id;
    const roll = await exportForOfficers(ana, { to: [idOf(bo)], scope: 'roll' });
    expect(roll).toMatchObject({ members: 2, meetings: 0 });
    await expect(exportForOfficers(ana, { to: [idOf(bo)], scope: 'minutes', meetingIds: [other, '5b0c1e0e-0000-4000-8000-000000000000'] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'One of the chosen meetings is not in this vault (it may have been deleted). Choose the meetings again.',
    });
    const chosen = await exportForOfficers(ana, { to: [idOf(bo)], scope: 'minutes', meetingIds: [other] });
    expect(chosen).toMatchObject({ members: 0, meetings: 1 });
    await applyImportFile(bo, chosen.file, {});
    expect(listMeetings(bo).map((meeting) => meeting.id)).toEqual([other]);
    const everything = await exportForOfficers(ana, { to: [idOf(bo)], scope: 'all' });
    expect(everything).toMatchObject({ members: 2, meetings: 2 });
    await applyImportFile(bo, everything.file, {});
    expect(listMeetings(bo).map((meeting) => meeting.id).sort()).toEqual([mayId, other].sort());
  });

  it('a later draft never replaces approved minutes: reported as a conflict, and a stale file is ignored', async () => {
    const { id: mayId, rosa } = mayMeeting(ana);
    const draftFile = await send(ana, bo, { meetingIds: [mayId] });
    await applyImportFile(bo, draftFile, {});
    // Bo's chapter approves May; Ana, who has not heard, keeps editing her draft.
    approveInJune(bo, mayId, [addMember(bo, { first_name: 'Ines', last_name: 'Bo' }).id]);
    expect(verifyMinutes(bo, sodium, mayId).ok).toBe(true);
    ana.now = () => new Date('2026-06-16T09:00:00Z');
    saveNotes(ana, readMeeting(ana, mayId).agenda[0]!.id, 'Called to order at 7:10.');
    const laterDraft = await send(ana, bo, { meetingIds: [mayId] });
    const preview = await previewImport(bo, laterDraft);
    expect(preview.meetings).toMatchObject({ conflicts: 1, changed: 0, details: [{ id: mayId, kind: 'conflict', reason: 'ours-approved' }] });
    const before = meetingState(bo);
    await applyImportFile(bo, laterDraft, {});
    await applyImportFile(bo, draftFile, {});
    expect(meetingState(bo)).toEqual(before);
    expect(verifyMinutes(bo, sodium, mayId).ok).toBe(true);

    // Ana's chapter approves its own, different version: Bo keeps his and is told.
    approveInJune(ana, mayId, [rosa.id]);
    const otherApproval = await previewImport(bo, await send(ana, bo, { meetingIds: [mayId] }));
    expect(otherApproval.meetings).toMatchObject({ conflicts: 1, details: [{ kind: 'conflict', reason: 'other-approval' }] });

    // Bo's approval travels back to Ana? Hers is approved too: kept, reported.
    const back = await previewImport(ana, await send(bo, ana, { meetingIds: [mayId] }));
    expect(back.meetings?.details[0]?.reason).toBe('other-approval');
  });

  it('approved minutes replace the draft on the other side, and corrections join from both', async () => {
    const { id: mayId, rosa, tom } = mayMeeting(ana);
    await applyImportFile(bo, await send(ana, bo), {});
    // Bo's draft note is older than Ana's approval, but the approval is what counts either way.
    saveNotes(bo, readMeeting(bo, mayId).agenda[2]!.id, 'Bo’s draft note');
    approveInJune(ana, mayId, [rosa.id, tom.id]);
    const preview = await previewImport(bo, await send(ana, bo));
    expect(preview.meetings?.details.find((detail) => detail.id === mayId)?.kind).toBe('changed');
    await applyImportFile(bo, await send(ana, bo), {});
    expect(readMeeting(bo, mayId).meeting.status).toBe('approved');
    expect(verifyMinutes(bo, sodium, mayId).ok).toBe(true);

    addCorrection(ana, mayId, 'The meeting began at 7:05, not 7:00.');
    addCorrection(bo, mayId, 'Tom’s name is Okafor.');
    await applyImportFile(bo, await send(ana, bo), {});
    await applyImportFile(ana, await send(bo, ana), {});
    const texts = (context: VaultContext) => readMeeting(context, mayId).corrections.map((correction) => correction.text).sort();
    expect(texts(ana)).toEqual(['The meeting began at 7:05, not 7:00.', 'Tom’s name is Okafor.']);
    expect(texts(bo)).toEqual(texts(ana));
    expect(verifyMinutes(ana, sodium, mayId).ok).toBe(true);
  });

  it('a deleted draft travels as a tombstone; a stale file does not bring it back', async () => {
    const draft = createMeeting(ana, { typeId: 'committee', startsAt: '2026-06-02T18:00' }).meeting.id;
    const withDraft = await send(ana, bo);
    await applyImportFile(bo, withDraft, {});
    deleteMeeting(ana, draft);
    const preview = await previewImport(bo, await send(ana, bo));
    expect(preview.meetings).toMatchObject({ deleted: 1, details: [{ id: draft, kind: 'deleted' }] });
    await applyImportFile(bo, await send(ana, bo), {});
    expect(listMeetings(bo)).toEqual([]);
    await applyImportFile(bo, withDraft, {});
    expect(listMeetings(bo)).toEqual([]);
  });

  it('a forged approval inside a validly signed file is refused; an approver this vault does not know is not taken unchecked', async () => {
    const { id: mayId, rosa, tom } = mayMeeting(ana);
    approveInJune(ana, mayId, [rosa.id, tom.id]);
    const records = readMeetingRecords(ana.db, [mayId]);
    const forged = structuredClone(records);
    // Someone with Ana's file changes what was voted, keeping the approval: the hash no longer matches.
    forged[0]!.motions[0]!.outcome = 'carried';
    const self = selfIdentity(ana.db);
    const scope = { kind: 'minutes' as const, description: 'the minutes' };
    const seal = async (meetings: typeof records) =>
      sealBundle(buildBundle(sodium, self, { members: [], conversations: [], meetings }, scope, new Date()), { recipients: [selfIdentity(bo.db).ageRecipient] });
    const preview = await previewImport(bo, await seal(forged));
    expect(preview.meetings).toMatchObject({ new: 0, conflicts: 1, details: [{ id: mayId, reason: 'approval-invalid' }] });
    await applyImportFile(bo, await seal(forged), {});
    expect(listMeetings(bo)).toEqual([]);

    // A signature swapped for another one fails the same way.
    const swapped = structuredClone(records);
    swapped[0]!.meeting!.signature = Buffer.from(sodium.crypto_sign_detached(new Uint8Array([1]), self.signingSecretKey)).toString('base64');
    expect((await previewImport(bo, await seal(swapped))).meetings?.details[0]?.reason).toBe('approval-invalid');

    // Approved by an officer Bo has never met: not imported, and the preview says why.
    const stranger = structuredClone(records);
    stranger[0]!.meeting!.approved_by = '00000000-0000-4000-8000-000000000000';
    expect((await previewImport(bo, await seal(stranger))).meetings?.details[0]?.reason).toBe('approval-unverifiable');

    // The genuine record, in the same kind of file, is taken.
    await applyImportFile(bo, await seal(records), {});
    expect(verifyMinutes(bo, sodium, mayId).ok).toBe(true);
  });

  it('a file with meetings is version 3; a roll-only file stays version 2 for officers who have not updated', async () => {
    mayMeeting(ana);
    const read = async (file: Uint8Array) => {
      const { openSealed } = await import('../../src/main/exchange/bundle');
      return readBundle(sodium, await openSealed(file, { identity: [selfIdentity(bo.db).ageIdentity, selfIdentity(bo.db).agePqIdentity].filter(Boolean) }));
    };
    expect((await read(await send(ana, bo, { scope: 'roll' }))).manifest.version).toBe(2);
    const minutes = await read(await send(ana, bo));
    expect(minutes.manifest).toMatchObject({ version: 3, counts: { meetings: 1 } });
  });
});

describe('approved minutes stay as approved', () => {
  /** A later, well-formed stamp of Ana's: the file's clock says its version wins. */
  const later = (context: VaultContext, ms: number) => formatStamp({ millis: context.now().getTime() + ms, counter: 0, officerId: context.officerId });

  it('a re-signed file that rewrites motions, votes, attendance and notes leaves them unchanged; it may add a correction', async () => {
    const { id: mayId, rosa, tom } = mayMeeting(ana);
    approveInJune(ana, mayId, [rosa.id, tom.id]);
    addCorrection(ana, mayId, 'The meeting ended at 9:10, not 9:00.');
    await applyImportFile(bo, await send(ana, bo), {});
    expect(verifyMinutes(bo, sodium, mayId).ok).toBe(true);
    const approved = meetingState(bo);

    const file = await reSignedFile(
      ana,
      bo,
      (records) => {
        const may = records.meetings!.find((meeting) => meeting.id === mayId)!;
        may.clock = later(ana, 60_000);
        may.motions[0]!.text = 'Give the treasurer a raise';
        may.motions[0]!.outcome = 'carried';
        for (const vote of may.votes) vote.vote = 'for';
        may.attendance = may.attendance.filter((row) => row.member_id !== tom.id);
        may.agenda[0]!.notes = 'Nothing happened.';
        may.corrections[0]!.text = 'Rewritten correction.';
        may.corrections.push({ id: 'c0ffee00-0000-4000-8000-000000000001', text: 'Rosa arrived at 7:20.', officer_id: ana.officerId, officer_name: 'Ana Reyes', at: ana.now().toISOString() });
      },
      { scope: 'minutes' },
    );
    await applyImportFile(bo, file, {});
    const after = readMeeting(bo, mayId);
    expect(after.motions[0]).toMatchObject({ text: 'Buy a printer', outcome: 'failed' });
    expect(after.attendance.map((person) => person.name).sort()).toEqual(['Rosa Parra', 'Tom Okafor']);
    expect(after.agenda[0]!.notes).toBe('Called to order at 7:05.');
    expect(after.corrections.map((correction) => correction.text)).toEqual(['The meeting ended at 9:10, not 9:00.', 'Rosa arrived at 7:20.']);
    expect(verifyMinutes(bo, sodium, mayId).ok).toBe(true);
    expect(meetingState(bo).map(({ corrections: _c, ...rest }) => rest)).toEqual(approved.map(({ corrections: _c, ...rest }) => rest));
  });

  it('a vote smuggled into approved minutes through another meeting’s record is refused, and nothing is imported', async () => {
    const { id: mayId, rosa, tom } = mayMeeting(ana);
    approveInJune(ana, mayId, [rosa.id, tom.id]);
    await applyImportFile(bo, await send(ana, bo), {});
    const before = meetingState(bo);
    const draft = createMeeting(ana, { typeId: 'board', startsAt: '2026-07-01T19:00' }).meeting.id;
    const file = await reSignedFile(
      ana,
      bo,
      (records) => {
        const may = records.meetings!.find((meeting) => meeting.id === mayId)!;
        const july = records.meetings!.find((meeting) => meeting.id === draft)!;
        const stranger = '00000000-0000-4000-8000-00000000beef';
        july.attendance.push({ member_id: stranger, name: 'Someone', checked_in_at: ana.now().toISOString() });
        july.votes.push({ motion_id: String(may.motions[0]!.id), member_id: stranger, name: 'Someone', vote: 'for' });
      },
      { scope: 'minutes' },
    );
    await expect(applyImportFile(bo, file, {})).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(meetingState(bo)).toEqual(before);
    expect(verifyMinutes(bo, sodium, mayId).ok).toBe(true);
  });
});

describe('minutes on the command line', () => {
  it('export --scope minutes carries the meetings; import --json counts them; the second import changes nothing', async () => {
    const env = { CHAPTERHOUSE_PASSPHRASE: 'correct horse battery staple' };
    const json = (args: string[]) => {
      const result = runCli([...args, '--json'], env);
      if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
      return JSON.parse(result.stdout);
    };
    const anaVault = join(temp.path, 'cli-ana');
    const boVault = join(temp.path, 'cli-bo');
    json(['demo', anaVault, '--members', '10']);
    json(['init', boVault, '--chapter', 'Riverside Tenants Union', '--officer', 'Bo Li']);
    json(['officer', 'add', anaVault, json(['officer', 'card', boVault]).card, '--verified']);
    json(['officer', 'add', boVault, json(['officer', 'card', anaVault]).card, '--verified']);
    const meetings = json(['meetings', 'list', anaVault]) as { id: string; status: string }[];
    const out = join(temp.path, 'minutes.age');
    const written = json(['export', anaVault, out, '--to', 'Bo Li', '--scope', 'minutes']);
    expect(written).toMatchObject({ members: 0, meetings: meetings.length });
    expect(json(['import', boVault, out, '--dry-run']).meetings).toMatchObject({ new: meetings.length, conflicts: 0 });
    expect(json(['import', boVault, out]).meetings).toMatchObject({ new: meetings.length, changed: 0, conflicts: 0 });
    expect(json(['import', boVault, out]).meetings).toMatchObject({ new: 0, changed: 0, deleted: 0, conflicts: 0 });
    const seen = json(['meetings', 'list', boVault]) as { id: string; status: string }[];
    expect(seen.map((meeting) => [meeting.id, meeting.status]).sort()).toEqual(meetings.map((meeting) => [meeting.id, meeting.status]).sort());
    expect(json(['verify', boVault]).members).toBe(0);

    const one = join(temp.path, 'one.age');
    expect(json(['export', anaVault, one, '--to', 'Bo Li', '--scope', 'minutes', '--meeting', meetings[0]!.id])).toMatchObject({ meetings: 1 });
    const wrong = runCli(['export', anaVault, one, '--to', 'Bo Li', '--scope', 'roll', '--meeting', meetings[0]!.id], env);
    expect(wrong.status).toBe(2);
  }, 120_000);
});

describe('a meeting record this vault cannot store', () => {
  it('is refused with one clear message, at preview and at apply, and the vault is unchanged', async () => {
    const { id: mayId } = mayMeeting(ana);
    const records = readMeetingRecords(ana.db, [mayId]);
    records[0]!.meeting!.status = 'lost';
    const self = selfIdentity(ana.db);
    const bundle = buildBundle(sodium, self, { members: [], conversations: [], meetings: records }, { kind: 'minutes', description: 'the minutes' }, new Date());
    const file = await sealBundle(bundle, { recipients: [selfIdentity(bo.db).ageRecipient] });
    const message = 'A meeting in this file holds something this vault cannot store, so nothing was imported.';
    await expect(previewImport(bo, file)).rejects.toMatchObject({ code: 'INVALID_INPUT', message });
    await expect(applyImportFile(bo, file, {})).rejects.toMatchObject({ code: 'INVALID_INPUT', message });
    expect(listMeetings(bo)).toEqual([]);
    expect(listMembers(bo, {}).total).toBe(0);
    expect(bo.db.inTransaction).toBe(false);
  });
});

describe('two officers editing the same draft', () => {
  it('end with the same minutes whichever file is imported first; the earlier edit is reported as a conflict', async () => {
    const { id: mayId } = mayMeeting(ana);
    await applyImportFile(bo, await send(ana, bo), {});
    await applyImportFile(ana, await send(bo, ana), {});
    bo.now = () => new Date('2026-06-16T08:00:00Z');
    saveNotes(bo, readMeeting(bo, mayId).agenda[0]!.id, 'Bo: called to order at 7:02.');
    ana.now = () => new Date('2026-06-16T09:00:00Z');
    saveNotes(ana, readMeeting(ana, mayId).agenda[0]!.id, 'Ana: called to order at 7:05.');
    const fromAna = await send(ana, bo);
    const fromBo = await send(bo, ana);
    expect((await previewImport(ana, fromBo)).meetings?.details).toMatchObject([{ id: mayId, kind: 'conflict', reason: 'edited-both' }]);
    await applyImportFile(ana, fromBo, {});
    await applyImportFile(bo, fromAna, {});
    const notes = (context: VaultContext) => readMeeting(context, mayId).agenda[0]!.notes;
    expect(notes(ana)).toBe('Ana: called to order at 7:05.');
    expect(notes(bo)).toBe(notes(ana));
    expect(readMeetingRecords(bo.db)).toEqual(readMeetingRecords(ana.db));
  });
});
