/**
 * Deleted means erased: a deleted member's data is found nowhere in either vault (every table,
 * decrypted) nor in the next export file; a tombstone travels with no personal data, a part of
 * the roll carries only the tombstones of members its recipient was sent, and custom field
 * definitions travel in a part of the roll only when a member in it has a value for them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/main/db/connection';
import { openSealed, readBundle } from '../../src/main/exchange/bundle';
import { applyImportFile, exportForOfficers } from '../../src/main/exchange/exchange';
import { selfIdentity } from '../../src/main/exchange/officers';
import type { VaultContext } from '../../src/main/core/context';
import { addConversation } from '../../src/main/roll/conversations';
import { defineCustomField } from '../../src/main/roll/custom-fields';
import { addMember, deleteMembers } from '../../src/main/roll/members';
import { listMembers } from '../../src/main/roll/query';
import { loadSodium } from '../../src/main/core/sodium';
import { twoVerifiedOfficers } from '../helpers/exchange';
import { useTempVaults } from '../helpers/temp';
import { identifier, sql } from '../../src/main/db/sql';

const temp = useTempVaults();
let ana: VaultContext, bo: VaultContext;
beforeEach(async () => ({ ana, bo } = await twoVerifiedOfficers(temp.path, temp.opened)));

/** Every row of every table (the search index's own tables too), as text: what the vault holds, decrypted. */
function everything(db: Db, only?: RegExp): string {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[])
    .map((row) => row.name)
    .filter((name) => !only || only.test(name));
  return JSON.stringify(
    tables.flatMap((table) => db.prepare(sql`SELECT * FROM ${identifier(table)}`.text).all()),
    // Blobs (the search index's segments) as their bytes: a term it still holds shows.
    (_key, value) => (value?.type === 'Buffer' && Array.isArray(value.data) ? Buffer.from(value.data).toString('latin1') : value),
  );
}

async function opened(to: VaultContext, file: Uint8Array) {
  const self = selfIdentity(to.db);
  return readBundle(await loadSodium(), await openSealed(file, { identity: [self.ageIdentity, self.agePqIdentity].filter(Boolean) }));
}

const send = async (from: VaultContext, to: VaultContext, query?: { filter: { buildings: string[] } }) =>
  (await exportForOfficers(from, { to: [to.officerId], scope: 'roll', ...(query ? { query } : {}) })).file;

describe('a deleted member', () => {
  it('canary: notes, phone and conversation are found nowhere in either vault, nor in the export file', async () => {
    const notes = 'Canary: keeps the spare key under the Zyqxw planter';
    const phone = '(212) 555-0117';
    const talk = 'Canary talk: works nights at Vrelk Logistics';
    const canary = addMember(ana, { first_name: 'Quillon', last_name: 'Marbury', phone, notes, building: 'Maple Court' });
    addMember(ana, { first_name: 'Rosa', building: 'Maple Court' });
    addConversation(ana, { memberId: canary.id, notes: talk });
    await applyImportFile(bo, await send(ana, bo), {});
    expect(everything(bo.db)).toContain('Zyqxw');

    deleteMembers(ana, [canary.id]);
    const file = await send(ana, bo);
    await applyImportFile(bo, file, {});
    const bundle = await opened(bo, file);
    const exported = JSON.stringify(bundle.records);
    // The trigram index holds terms of three letters, lower-cased: 'yqx' is only in the canary.
    // Three letters turn up by chance in the vault's base64 keys and signatures, so that one is
    // looked for in the search index's own tables; the longer secrets everywhere.
    for (const context of [ana, bo]) expect(everything(context.db, /^members_search/).includes('yqx')).toBe(false);
    for (const secret of ['Zyqxw', '555-0117', '2125550117', 'Vrelk', 'Quillon', 'Marbury']) {
      expect({ secret, found: everything(ana.db).includes(secret) }).toEqual({ secret, found: false });
      expect({ secret, found: everything(bo.db).includes(secret) }).toEqual({ secret, found: false });
      expect({ secret, found: exported.includes(secret) }).toEqual({ secret, found: false });
    }
    for (const context of [ana, bo]) {
      expect(listMembers(context, { search: 'Zyqxw' }).total).toBe(0);
      expect(listMembers(context).rows.map((member) => member.first_name)).toEqual(['Rosa']);
    }
    // The tombstone: id, stamps and when; no personal data.
    const tombstone = bundle.records.members.find((member) => member.id === canary.id)!;
    const carried = Object.entries(tombstone.fields).filter(([, value]) => value !== '' && value !== null && value !== '{}');
    expect(carried.map(([field]) => field)).toEqual(['deleted_at']);
    expect(Object.keys(tombstone.clocks).length).toBeGreaterThan(0);
  });
});

describe('a part of the roll', () => {
  it('carries only the tombstones of members its recipient was sent, and only the custom fields a member in it uses', async () => {
    defineCustomField(ana, { key: 'shoe_size', label: 'Shoe size', type: 'text', choices: [] });
    defineCustomField(ana, { key: 'car_plate', label: 'Car plate', type: 'text', choices: [] });
    const maple = { filter: { buildings: ['Maple Court'] } };
    const jose = addMember(ana, { first_name: 'José', building: 'Maple Court', custom: { shoe_size: '44' } });
    addMember(ana, { first_name: 'Mei', building: 'Maple Court' });
    const thi = addMember(ana, { first_name: 'Thi', building: 'Cedar Gardens', custom: { car_plate: 'KXJ 4410' } });

    const first = await send(ana, bo, maple);
    expect((await opened(bo, first)).records.customFields?.map((field) => field.key)).toEqual(['shoe_size']);
    await applyImportFile(bo, first, {});
    expect(listMembers(bo).rows.map((member) => member.first_name).sort()).toEqual(['José', 'Mei']);

    deleteMembers(ana, [jose.id, thi.id]);
    const second = await send(ana, bo, maple);
    const records = (await opened(bo, second)).records;
    expect(records.members.filter((member) => member.fields.deleted_at).map((member) => member.id)).toEqual([jose.id]);
    expect(JSON.stringify(records)).not.toContain('KXJ 4410');
    expect(records.customFields).toEqual([]);
    expect(await applyImportFile(bo, second, {})).toMatchObject({ deleted: 1 });
    expect(listMembers(bo).rows.map((member) => member.first_name)).toEqual(['Mei']);
  });
});
