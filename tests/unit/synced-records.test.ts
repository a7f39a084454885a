import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createSynced,
  deleteSynced,
  eraseRecordsOfMembers,
  readSynced,
  readSyncedRecords,
  updateSynced,
  type SyncedKind,
  type SyncedRecord,
} from '../../src/main/core/synced-records';
import { buildBundle, sealBundle } from '../../src/main/exchange/bundle';
import { applyImportFile, exportForOfficers, previewImport } from '../../src/main/exchange/exchange';
import { selfIdentity } from '../../src/main/exchange/officers';
import { readAudit } from '../../src/main/core/audit';
import type { VaultContext } from '../../src/main/core/context';
import { addMember, deleteMembers } from '../../src/main/roll/members';
import { loadSodium } from '../../src/main/core/sodium';
import { rejectionOf } from '../helpers/errors';
import { twoVerifiedOfficers } from '../helpers/exchange';
import { useTempVaults } from '../helpers/temp';

/** A record kind made up for the test: a note about one member, with a 1–5 score. */
const NOTE: SyncedKind = {
  name: 'test_note',
  table: 'test_notes',
  fields: { member_id: z.string(), body: z.string().max(1000), score: z.number().int().min(1).max(5).nullable() },
  memberColumns: ['member_id'],
  describe: (fields) => `note “${String(fields.body)}”`,
};
const TABLE = `CREATE TABLE test_notes (
  id TEXT PRIMARY KEY, member_id TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', score INTEGER,
  clocks TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT NOT NULL DEFAULT '') STRICT`;

const temp = useTempVaults();
let ana: VaultContext, bo: VaultContext;
beforeEach(async () => {
  const officers = await twoVerifiedOfficers(temp.path, temp.opened);
  for (const context of [officers.ana, officers.bo]) context.db.exec(TABLE);
  ana = { ...officers.ana, kinds: [NOTE] };
  bo = { ...officers.bo, kinds: [NOTE] };
});

const to = (context: VaultContext) => [selfIdentity(context.db).officerId];
const rows = (context: VaultContext) => context.db.prepare('SELECT id, member_id, body, score, deleted_at FROM test_notes ORDER BY id').all();

describe('writing a synced kind', () => {
  it('stamps every field, audits each change, and erases on delete', () => {
    const member = addMember(ana, { first_name: 'Ana' });
    const id = createSynced(ana, NOTE, { member_id: member.id, body: 'talked about heat', score: 2 });
    expect(readSynced(ana, NOTE, id)).toEqual({ member_id: member.id, body: 'talked about heat', score: 2 });
    expect(updateSynced(ana, NOTE, id, { body: 'talked about heat', score: 1 })).toEqual(['score']);
    expect(updateSynced(ana, NOTE, id, { score: 1 })).toEqual([]);
    expect(deleteSynced(ana, NOTE, id)).toBe(true);
    expect(readSynced(ana, NOTE, id)).toBeUndefined();
    // The member reference stays (so the deletion travels to that member's scope); the data goes.
    expect(rows(ana)).toEqual([{ id, member_id: member.id, body: '', score: null, deleted_at: expect.stringMatching(/^2026-/) }]);
    const audit = readAudit(ana, 'test_note' as never, id);
    expect(audit.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
    expect(JSON.stringify(audit[0])).not.toContain('heat');
  });

  it('deleting a member erases the records that name them', () => {
    const member = addMember(ana, { first_name: 'Ana' });
    const other = addMember(ana, { first_name: 'Bo' });
    createSynced(ana, NOTE, { member_id: member.id, body: 'secret', score: null });
    const kept = createSynced(ana, NOTE, { member_id: other.id, body: 'kept', score: null });
    expect(eraseRecordsOfMembers(ana, [NOTE], [member.id])).toBe(1);
    expect(JSON.stringify(rows(ana))).not.toContain('secret');
    expect(readSynced(ana, NOTE, kept)?.body).toBe('kept');
  });
});

describe('a synced kind between officers', () => {
  it('travels, merges per field both ways, and importing twice changes nothing', async () => {
    const member = addMember(ana, { first_name: 'José', building: 'Maple Court' });
    const id = createSynced(ana, NOTE, { member_id: member.id, body: 'first', score: 3 });
    const first = await exportForOfficers(ana, { to: to(bo), scope: 'roll' });
    const preview = await previewImport(bo, first.file);
    expect(preview.records?.test_note).toMatchObject({ new: 1, changed: 0, deleted: 0 });
    expect(rows(bo)).toEqual([]);
    await applyImportFile(bo, first.file, {});
    expect(readSynced(bo, NOTE, id)).toEqual({ member_id: member.id, body: 'first', score: 3 });
    const before = rows(bo);
    const again = await applyImportFile(bo, first.file, {});
    expect(again.alreadyImportedAt).not.toBe('');
    expect(rows(bo)).toEqual(before);

    updateSynced(bo, NOTE, id, { score: 2 });
    updateSynced(ana, NOTE, id, { body: 'second' });
    await applyImportFile(ana, (await exportForOfficers(bo, { to: to(ana), scope: 'roll' })).file, {});
    await applyImportFile(bo, (await exportForOfficers(ana, { to: to(bo), scope: 'roll' })).file, {});
    expect(readSynced(ana, NOTE, id)).toEqual({ member_id: member.id, body: 'second', score: 2 });
    expect(rows(bo)).toEqual(rows(ana));
  });

  it('a deletion travels, erases, and a stale file does not bring the record back', async () => {
    const member = addMember(ana, { first_name: 'José' });
    const id = createSynced(ana, NOTE, { member_id: member.id, body: 'distinctive-canary', score: 3 });
    const stale = (await exportForOfficers(ana, { to: to(bo), scope: 'roll' })).file;
    await applyImportFile(bo, stale, {});
    deleteSynced(ana, NOTE, id);
    const deletion = await exportForOfficers(ana, { to: to(bo), scope: 'roll' });
    expect(Buffer.from(deletion.file).includes('distinctive-canary')).toBe(false);
    const applied = await applyImportFile(bo, deletion.file, {});
    expect(applied.records?.test_note?.deleted).toBe(1);
    await applyImportFile(bo, stale, {});
    expect(readSynced(bo, NOTE, id)).toBeUndefined();
    expect(JSON.stringify(rows(bo))).not.toContain('distinctive-canary');
  });

  it('a record about a member this vault deleted is taken as erased, not refused', async () => {
    const member = addMember(ana, { first_name: 'José' });
    await applyImportFile(bo, (await exportForOfficers(ana, { to: to(bo), scope: 'roll' })).file, {});
    deleteMembers(ana, [member.id]);
    // Bo has not heard of the deletion yet and writes about José.
    const id = createSynced(bo, NOTE, { member_id: member.id, body: 'late-canary', score: 2 });
    const applied = await applyImportFile(ana, (await exportForOfficers(bo, { to: to(ana), scope: 'roll' })).file, {});
    expect(applied.records?.test_note).toMatchObject({ new: 0, deleted: 1 });
    expect(readSynced(ana, NOTE, id)).toBeUndefined();
    expect(JSON.stringify(rows(ana))).not.toContain('late-canary');
  });

  it('a scoped export carries only records of members in its scope', async () => {
    const maple = addMember(ana, { first_name: 'José', building: 'Maple Court' });
    const cedar = addMember(ana, { first_name: 'Thi', building: 'Cedar Gardens' });
    createSynced(ana, NOTE, { member_id: maple.id, body: 'maple note', score: null });
    createSynced(ana, NOTE, { member_id: cedar.id, body: 'cedar note', score: null });
    const scoped = await exportForOfficers(ana, { to: to(bo), scope: 'roll', query: { filter: { buildings: ['Maple Court'] } } });
    await applyImportFile(bo, scoped.file, {});
    expect(rows(bo).map((row) => (row as { body: string }).body)).toEqual(['maple note']);
  });

  it('refuses the whole file for one hostile record, signed by a verified officer, and changes nothing', async () => {
    const member = addMember(bo, { first_name: 'Bo’s member' });
    const sodium = await loadSodium();
    const stamp = '00mhx3a0g0.0000.' + selfIdentity(ana.db).officerId;
    const good: SyncedRecord = {
      id: randomUUID(),
      fields: { member_id: member.id, body: 'fine', score: 1, deleted_at: '' },
      clocks: { member_id: stamp, body: stamp, score: stamp, deleted_at: stamp },
      created_at: '2026-06-01T00:00:00.000Z',
    };
    const hostile: [string, SyncedRecord, RegExp][] = [
      ['a broken stamp', { ...good, clocks: { ...good.clocks, body: '~' } }, /file holds a change with/],
      ['an unknown field', { ...good, fields: { ...good.fields, owner: 'x' } }, /does not know \("owner"\)/],
      ['a value out of range', { ...good, fields: { ...good.fields, score: 9 } }, /cannot store in "score"/],
      ['a member this vault does not have', { ...good, fields: { ...good.fields, member_id: randomUUID() } }, /names a member who is not in this vault/],
    ];
    for (const [, record, message] of hostile) {
      const bundle = buildBundle(sodium, selfIdentity(ana.db), { members: [], conversations: [], records: { test_note: [good, record] } }, { kind: 'roll', description: 'the roll' }, new Date());
      const file = await sealBundle(bundle, { recipients: [selfIdentity(bo.db).ageRecipient] });
      expect((await rejectionOf(previewImport(bo, file))).message).toMatch(message);
      expect((await rejectionOf(applyImportFile(bo, file, {}))).message).toMatch(message);
      expect(rows(bo)).toEqual([]);
    }
    const unknownKind = buildBundle(sodium, selfIdentity(ana.db), { members: [], conversations: [], records: { picnic: [good] } }, { kind: 'roll', description: 'x' }, new Date());
    const file = await sealBundle(unknownKind, { recipients: [selfIdentity(bo.db).ageRecipient] });
    expect((await rejectionOf(applyImportFile(bo, file, {}))).message).toMatch(/picnic records, which this version of Chapterhouse does not know/);
  });
});
