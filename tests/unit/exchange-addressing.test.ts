/**
 * A file says whom it is for, once: the signed manifest names its recipients (key fingerprints
 * and names) and a random export id. A file passed on to another officer is refused unless that
 * officer accepts it after a plain warning; a file imported before is reported, not applied
 * again; an older file without these fields still imports, with a warning.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { run, sql } from '../../src/main/db/sql';
import { buildBundle, openSealed, readBundle, sealBundle } from '../../src/main/exchange/bundle';
import { applyImportFile, exportForOfficers, importWarnings, previewImport } from '../../src/main/exchange/exchange';
import { addOfficer, contactCard, listOfficers, selfIdentity } from '../../src/main/exchange/officers';
import type { VaultContext } from '../../src/main/core/context';
import { addMember, getMember, updateMember } from '../../src/main/roll/members';
import { listMembers } from '../../src/main/roll/query';
import { loadSodium } from '../../src/main/core/sodium';
import { twoVerifiedOfficers } from '../helpers/exchange';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();
let ana: VaultContext, bo: VaultContext;
beforeEach(async () => ({ ana, bo } = await twoVerifiedOfficers(temp.path, temp.opened)));

const identities = (context: VaultContext) => {
  const self = selfIdentity(context.db);
  return { identity: [self.ageIdentity, self.agePqIdentity].filter(Boolean) };
};

describe('the manifest', () => {
  it('names the recipients by fingerprint and carries a random export id', async () => {
    const sodium = await loadSodium();
    const read = async () => readBundle(sodium, await openSealed((await exportForOfficers(ana, { to: [bo.officerId], scope: 'roll' })).file, identities(bo))).manifest;
    const [first, second] = [await read(), await read()];
    const boCard = listOfficers(ana.db).find((officer) => officer.id === bo.officerId)!;
    expect(first.recipients).toEqual([{ fingerprint: boCard.fingerprint, name: boCard.name }]);
    expect(first.exportId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.exportId).not.toBe(first.exportId);
  });
});

describe('a file passed on by the officer it was made for', () => {
  it('is refused with a sentence naming whom it was for, unless accepted', async () => {
    const carol = (await temp.rollContext('carol')).context;
    addOfficer(ana, contactCard(carol.db), { verified: true });
    addOfficer(carol, contactCard(ana.db), { verified: true });
    run(ana.db, sql`UPDATE officers SET name = 'Carol Diaz' WHERE id = ${carol.officerId}`);
    addMember(ana, { first_name: 'Rosa' });
    // Carol opens Ana's file and wraps the signed bundle, unchanged, for Bo.
    const forCarol = (await exportForOfficers(ana, { to: [carol.officerId], scope: 'roll' })).file;
    const passedOn = await sealBundle(await openSealed(forCarol, identities(carol)), { recipients: [selfIdentity(bo.db).ageRecipient] });

    const preview = await previewImport(bo, passedOn);
    expect(preview).toMatchObject({ forwarded: true, madeFor: ['Carol Diaz'], new: 1 });
    expect(importWarnings(preview)).toContain('This file was made for Carol Diaz, not for you: someone passed it on. Import it only if you know why it came to you.');
    await expect(applyImportFile(bo, passedOn, {})).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/^This file was made for Carol Diaz, not for you: someone passed it on\..*Nothing was imported\.$/) });
    expect(listMembers(bo).total).toBe(0);
    await applyImportFile(bo, passedOn, { acceptForwarded: true });
    expect(listMembers(bo).total).toBe(1);
  });
});

describe('a file imported before', () => {
  it('is reported with the date it was imported, and not applied again', async () => {
    const rosa = addMember(ana, { first_name: 'Rosa' });
    const file = (await exportForOfficers(ana, { to: [bo.officerId], scope: 'roll' })).file;
    expect((await applyImportFile(bo, file, {})).alreadyImportedAt).toBe('');
    // Bo changes the member since; the old file must not be merged in again.
    updateMember(bo, rosa.id, { notes: 'met on Tuesday' });
    const again = await previewImport(bo, file);
    expect(again).toMatchObject({ new: 0, changed: 0, conflicts: 0, alreadyImportedAt: bo.now().toISOString() });
    expect(importWarnings(again)).toContain('This file was already imported on June 15, 2026; it is not applied again.');
    expect(await applyImportFile(bo, file, {})).toMatchObject({ new: 0, changed: 0, alreadyImportedAt: bo.now().toISOString() });
    expect(getMember(bo, rosa.id).notes).toBe('met on Tuesday');
  });
});

describe('an older file without recipients or export id', () => {
  it('still imports, with the warning that it does not say whom it was for', async () => {
    const sodium = await loadSodium();
    addMember(ana, { first_name: 'Rosa' });
    const opened = readBundle(sodium, await openSealed((await exportForOfficers(ana, { to: [bo.officerId], scope: 'roll' })).file, identities(bo)));
    const older = await sealBundle(buildBundle(sodium, selfIdentity(ana.db), opened.records, opened.manifest.scope, ana.now()), {
      recipients: [selfIdentity(bo.db).ageRecipient],
    });
    const preview = await previewImport(bo, older);
    expect(preview).toMatchObject({ madeFor: null, forwarded: false, alreadyImportedAt: '', new: 1 });
    expect(importWarnings(preview)[0]).toMatch(/does not say whom it was made for/);
    await applyImportFile(bo, older, {});
    expect(listMembers(bo).total).toBe(1);
  });
});
