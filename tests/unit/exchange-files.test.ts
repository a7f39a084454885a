import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Encrypter } from 'age-encryption';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildBundle, sealBundle } from '../../src/main/exchange/bundle';
import { applyImportFile, exportForOfficers, previewImport } from '../../src/main/exchange/exchange';
import { addOfficer, contactCard, inspectContactCard, listOfficers, revokeOfficer, selfIdentity } from '../../src/main/exchange/officers';
import type { VaultContext } from '../../src/main/core/context';
import { addMember, deleteMembers } from '../../src/main/roll/members';
import { listMembers } from '../../src/main/roll/query';
import { loadSodium } from '../../src/main/core/sodium';
import { snapshot } from '../helpers/files';
import { useTempVaults } from '../helpers/temp';
import { twoVerifiedOfficers } from '../helpers/exchange';
import { rejectionOf } from '../helpers/errors';

const temp = useTempVaults();
let ana: VaultContext, bo: VaultContext, boDir: string;
beforeEach(async () => ({ ana, bo, boDir } = await twoVerifiedOfficers(temp.path, temp.opened)));

/** Test vaults share officer names, so exports address officers by id. */
const boName = () => selfIdentity(bo.db).officerId;

describe('contact cards and officers', () => {
  it('a card carries name, keys and a fingerprint both sides compute the same', () => {
    const seenByAna = listOfficers(ana.db).find((officer) => !officer.isSelf)!;
    const boSelf = listOfficers(bo.db).find((officer) => officer.isSelf)!;
    expect(seenByAna.fingerprint).toBe(boSelf.fingerprint);
    expect(seenByAna.fingerprint).toMatch(/^[0-9A-Z]{4}( [0-9A-Z]{4}){3}$/);
    expect(seenByAna.verified).toBe(true);
  });

  it('inspecting a card shows name and fingerprint without adding anyone', async () => {
    const carol = await temp.rollContext('carol');
    const card = contactCard(carol.context.db);
    const seen = inspectContactCard(ana.db, `pasted with words around it ${card} thanks`);
    expect(seen).toMatchObject({ line: card, known: 'new', fingerprint: listOfficers(carol.context.db)[0]!.fingerprint });
    expect(listOfficers(ana.db)).toHaveLength(2);
    expect(inspectContactCard(ana.db, contactCard(bo.db)).known).toBe('same');
    expect(inspectContactCard(ana.db, contactCard(ana.db)).known).toBe('self');
  });

  it('refuses a card that reuses a known officer id with other keys', async () => {
    const impostor = await temp.rollContext('impostor');
    const real = JSON.parse(Buffer.from(contactCard(bo.db).slice('chapterhouse-card:v1:'.length), 'base64url').toString());
    const fake = JSON.parse(Buffer.from(contactCard(impostor.context.db).slice('chapterhouse-card:v1:'.length), 'base64url').toString());
    const forged = `chapterhouse-card:v1:${Buffer.from(JSON.stringify({ ...fake, id: real.id, name: real.name })).toString('base64url')}`;
    expect(() => addOfficer(ana, forged, { verified: true })).toThrow(/keys are not the ones you have/);
    expect(() => inspectContactCard(ana.db, forged)).toThrow(/keys are not the ones you have/);
    expect(() => addOfficer(ana, 'hello', { verified: false })).toThrow(/not a Chapterhouse contact card/);
  });
});

describe('export and import between two officers', () => {
  it('moves members and conversations; importing the same file twice changes nothing', async () => {
    addMember(ana, { first_name: 'José', last_name: 'Núñez', building: 'Maple Court' });
    addMember(ana, { first_name: 'Thi', last_name: 'Nguyen', building: 'Cedar Gardens' });
    const { file, members } = await exportForOfficers(ana, { to: [boName()], scope: 'roll' });
    expect(members).toBe(2);
    const preview = await previewImport(bo, file);
    expect(preview).toMatchObject({ new: 2, changed: 0, deleted: 0, conflicts: 0, signer: { name: 'Ana Reyes', status: 'verified' } });
    expect(listMembers(bo).total).toBe(0);
    await applyImportFile(bo, file, {});
    expect(listMembers(bo).rows.map((member) => member.first_name).sort()).toEqual(['José', 'Thi']);
    const before = snapshot(boDir);
    expect(await applyImportFile(bo, file, {})).toMatchObject({ new: 0, changed: 0, deleted: 0 });
    expect(listMembers(bo).total).toBe(2);
    expect(snapshot(boDir)['keyslots.json']).toBe(before['keyslots.json']);
  });

  it('a preview of a large file lists the first 500 records and counts them all', async () => {
    for (let i = 0; i < 620; i++) addMember(ana, { first_name: `Member${i}` });
    const { file } = await exportForOfficers(ana, { to: [boName()], scope: 'roll' });
    const preview = await previewImport(bo, file);
    expect(preview.new).toBe(620);
    expect(preview.details).toHaveLength(500);
  });

  it('a steward gets only one building, and deletions in it travel', async () => {
    const maple = addMember(ana, { first_name: 'José', building: 'Maple Court' });
    addMember(ana, { first_name: 'Thi', building: 'Cedar Gardens' });
    const first = await exportForOfficers(ana, { to: [boName()], scope: 'roll', query: { filter: { buildings: ['Maple Court'] } } });
    await applyImportFile(bo, first.file, {});
    expect(listMembers(bo).rows.map((member) => member.first_name)).toEqual(['José']);
    deleteMembers(ana, [maple.id]);
    const second = await exportForOfficers(ana, { to: [boName()], scope: 'roll', query: { filter: { buildings: ['Maple Court'] } } });
    expect(await applyImportFile(bo, second.file, {})).toMatchObject({ deleted: 1 });
    expect(listMembers(bo).total).toBe(0);
  });

  it('refuses to export to an unverified or revoked officer', async () => {
    const carol = await temp.rollContext('carol');
    const added = addOfficer(ana, contactCard(carol.context.db), { verified: false });
    expect((await rejectionOf(exportForOfficers(ana, { to: [added.id], scope: 'roll' }))).message).toMatch(/not verified yet/);
    revokeOfficer(ana, added.id);
    expect((await rejectionOf(exportForOfficers(ana, { to: [added.id], scope: 'roll' }))).message).toMatch(/revoked/);
  });

  it('an export passphrase meets the vault passphrase rule: a building’s name is refused, with the reason', async () => {
    addMember(ana, { first_name: 'José', building: 'Maple Court Towers' });
    const weak = await rejectionOf(exportForOfficers(ana, { to: [], passphrase: 'Maple Court Towers', scope: 'roll' }));
    expect(weak).toMatchObject({ code: 'WEAK_PASSPHRASE' });
    expect(weak.message).toMatch(/too easy to guess for an export\. .+/);
    expect((await rejectionOf(exportForOfficers(ana, { to: [], passphrase: 'short', scope: 'roll' }))).message).toMatch(/at least 10 characters/);
  });

  it('names the file after the chapter, what it holds and the day, and nothing secret', async () => {
    addMember(ana, { first_name: 'José', building: 'Maple Court' });
    const passphrase = 'granite lantern orchard velvet';
    const whole = await exportForOfficers(ana, { to: [], passphrase, scope: 'all' });
    expect(whole.fileName).toMatch(/^riverside-tenants-union-all-\d{4}-\d{2}-\d{2}\.age$/);
    const part = await exportForOfficers(ana, { to: [], passphrase, scope: 'roll', query: { filter: { buildings: ['Maple Court'] } } });
    expect(part.fileName).toMatch(/^riverside-tenants-union-roll-part-\d{4}-\d{2}-\d{2}\.age$/);
    expect(part.fileName).not.toMatch(/maple|ana|reyes/i);
    expect((await exportForOfficers(ana, { to: [], passphrase, scope: 'minutes' })).fileName).toMatch(/-minutes-/);
  });

  it('a passphrase-only export opens with the passphrase', async () => {
    addMember(ana, { first_name: 'José' });
    const { file } = await exportForOfficers(ana, { to: [], passphrase: 'a long shared passphrase', scope: 'roll' });
    expect((await previewImport(bo, file, 'a long shared passphrase')).new).toBe(1);
    expect((await rejectionOf(previewImport(bo, file, 'wrong'))).message).toMatch(/passphrase does not open this file/);
    const both = await rejectionOf(exportForOfficers(ana, { to: [boName()], passphrase: 'a long shared passphrase', scope: 'roll' }));
    expect(both).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/not both/) });
  });

  it('an unknown signer is shown with a fingerprint and needs an explicit yes; a revoked one is refused', async () => {
    const carol = await temp.rollContext('carol');
    addOfficer(carol.context, contactCard(bo.db), { verified: true });
    addMember(carol.context, { first_name: 'Zoe' });
    const { file } = await exportForOfficers(carol.context, { to: [boName()], scope: 'roll' });
    const preview = await previewImport(bo, file);
    expect(preview.signer).toMatchObject({ status: 'unknown', name: 'Ana Reyes' });
    expect((await rejectionOf(applyImportFile(bo, file, {}))).message).toMatch(/have not verified \(fingerprint [0-9A-Z ]+\)/);
    expect(await applyImportFile(bo, file, { acceptUnverifiedSigner: true })).toMatchObject({ new: 1 });
    const carolAsSeenByBo = addOfficer(bo, contactCard(carol.context.db), { verified: true });
    revokeOfficer(bo, carolAsSeenByBo.id);
    expect((await rejectionOf(previewImport(bo, file))).message).toMatch(/revoked/);
  });
});

describe('bad files: one clear message each, and the vault unchanged', () => {
  async function goodFile(): Promise<Uint8Array> {
    addMember(ana, { first_name: 'José', notes: 'x'.repeat(2000) });
    return (await exportForOfficers(ana, { to: [boName()], scope: 'roll' })).file;
  }

  async function expectRefused(file: Uint8Array, pattern: RegExp): Promise<void> {
    const before = snapshot(boDir);
    const error = await rejectionOf(applyImportFile(bo, file, {}));
    expect(error.message).toMatch(pattern);
    expect(error.message.split('\n')).toHaveLength(1);
    expect(snapshot(boDir)).toEqual(before);
    expect(listMembers(bo).total).toBe(0);
  }

  it('a truncated file', async () => {
    const file = await goodFile();
    await expectRefused(file.subarray(0, file.length - 100), /damaged or was changed/);
  });

  it('a file for another officer', async () => {
    const carol = await temp.rollContext('carol');
    addOfficer(ana, contactCard(carol.context.db), { verified: true });
    addMember(ana, { first_name: 'José' });
    const { file } = await exportForOfficers(ana, { to: [selfIdentity(carol.context.db).officerId], scope: 'roll' });
    await expectRefused(file, /does not open this file/);
  });

  it('a file that is not an export at all', async () => {
    await expectRefused(new TextEncoder().encode('first_name,last_name\nAna,Reyes\n'), /not a Chapterhouse export file/);
  });

  it('a valid age file that is not a bundle', async () => {
    const encrypter = new Encrypter();
    encrypter.addRecipient(selfIdentity(bo.db).ageRecipient);
    await expectRefused(await encrypter.encrypt('just some text'), /encrypted, but it is not a Chapterhouse export/);
  });

  it('a bundle whose records were changed after signing', async () => {
    const sodium = await loadSodium();
    const self = selfIdentity(ana.db);
    const bundle = Buffer.from(buildBundle(sodium, self, { members: [], conversations: [] }, { kind: 'roll', description: 'the roll' }, new Date()));
    const tampered = Buffer.from(bundle.toString('utf8').replace('"members":[]', '"members":[ ]'));
    await expectRefused(await sealBundle(tampered, { recipients: [selfIdentity(bo.db).ageRecipient] }), /signature .* does not match/);
  });

  it('a bundle signed by a key other than the one it names', async () => {
    const sodium = await loadSodium();
    const self = selfIdentity(ana.db);
    const other = sodium.crypto_sign_keypair();
    const bundle = buildBundle(sodium, { ...self, signingSecretKey: other.privateKey }, { members: [], conversations: [] }, { kind: 'roll', description: 'x' }, new Date());
    await expectRefused(await sealBundle(bundle, { recipients: [selfIdentity(bo.db).ageRecipient] }), /signature .* does not match/);
  });

  it('a bundle of a newer format version', async () => {
    const manifest = JSON.stringify({ format: 'chapterhouse-bundle', version: 99 });
    await expectRefused(await sealBundle(new TextEncoder().encode(`${manifest}\nsig\n{}`), { recipients: [selfIdentity(bo.db).ageRecipient] }), /newer version/);
  });

  it('a manifest that declares absurd sizes', async () => {
    const sodium = await loadSodium();
    const self = selfIdentity(ana.db);
    const bundle = Buffer.from(buildBundle(sodium, self, { members: [], conversations: [] }, { kind: 'roll', description: 'x' }, new Date())).toString('utf8');
    const absurd = bundle.replace(/"counts":\{[^}]*\}/, '"counts":{"members":999999999999,"conversations":0}');
    await expectRefused(await sealBundle(new TextEncoder().encode(absurd), { recipients: [selfIdentity(bo.db).ageRecipient] }), /sizes no chapter has/);
  });

  it('fuzz: 1,000 mutated exports never crash, never import, always say why in one line', async () => {
    const file = await goodFile();
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const before = snapshot(boDir);
    for (let i = 0; i < 1000; i++) {
      const mutated = Buffer.from(file);
      const flips = 1 + Math.floor(random() * 3);
      for (let f = 0; f < flips; f++) { const at = Math.floor(random() * mutated.length); mutated[at] = mutated[at]! ^ (1 + Math.floor(random() * 255)); }
      const cut = random() < 0.1 ? Math.floor(random() * mutated.length) : mutated.length;
      const error = await rejectionOf(applyImportFile(bo, mutated.subarray(0, cut), {}));
      expect(error.code, `mutation ${i}`).toMatch(/^(INVALID_INPUT|FORBIDDEN|VAULT_TOO_NEW)$/);
      expect(error.message).not.toMatch(/\n|at .*\.ts/);
    }
    expect(snapshot(boDir)).toEqual(before);
  }, 120_000);
});

describe('interoperability', () => {
  it.runIf(existsSync('/usr/bin/age'))('the standard age tool decrypts an export with the officer’s age identity', async () => {
    addMember(ana, { first_name: 'José', last_name: 'Núñez' });
    const { file } = await exportForOfficers(ana, { to: [boName()], scope: 'roll' });
    const exportPath = join(temp.path, 'export.age');
    const identityPath = join(temp.path, 'bo.key');
    writeFileSync(exportPath, file);
    writeFileSync(identityPath, `${selfIdentity(bo.db).ageIdentity}\n`, { mode: 0o600 });
    const plaintext = execFileSync('age', ['--decrypt', '-i', identityPath, exportPath], { encoding: 'utf8' });
    const [manifestLine, , recordsLine] = plaintext.split('\n');
    expect(JSON.parse(manifestLine!)).toMatchObject({ format: 'chapterhouse-bundle', sender: { name: 'Ana Reyes' } });
    expect(JSON.parse(recordsLine!).members[0].fields).toMatchObject({ first_name: 'José', last_name: 'Núñez' });
  });
});
