import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImportFile, exportForOfficers } from '../../src/main/exchange/exchange';
import { addOfficer, contactCard, ensurePqIdentity, listOfficers, parseContactCard, selfIdentity } from '../../src/main/exchange/officers';
import type { VaultContext } from '../../src/main/core/context';
import { addMember } from '../../src/main/roll/members';
import { runCli } from '../helpers/cli';
import { snapshot } from '../helpers/files';
import { PASSPHRASE } from '../helpers/vaults';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();
const opened = temp.opened;
const officers: Record<string, { context: VaultContext; dir: string }> = {};
beforeEach(async () => {
  for (const name of ['ana', 'bo', 'cy']) {
    const made = await temp.rollContext(name);
    officers[name] = { context: made.context, dir: made.dir };
  }
});

const ctx = (name: string) => officers[name]!.context;
const idOf = (name: string) => selfIdentity(ctx(name).db).officerId;
/** The recipient stanzas of an age file's header ("X25519", "mlkem768x25519", "scrypt"). */
const stanzas = (file: Uint8Array) =>
  Buffer.from(file.subarray(0, 8000))
    .toString('latin1')
    .split('\n')
    .filter((line) => line.startsWith('-> '))
    .map((line) => line.split(' ')[1]);

/** `to` adds `from`'s card, verified, as after comparing fingerprints in person. */
function meet(to: string, from: string, options: { withPq?: boolean } = {}) {
  return addOfficer(ctx(to), contactCard(ctx(from).db, options), { verified: true });
}

describe('post-quantum hybrid recipients', () => {
  it('go on the card, signed; an export to officers who all have one is hybrid, and opens', async () => {
    await ensurePqIdentity(ctx('bo').db);
    const card = parseContactCard(contactCard(ctx('bo').db));
    expect(card.pq?.recipient).toMatch(/^age1pq1/);
    meet('ana', 'bo');
    addMember(ctx('ana'), { first_name: 'Ana', last_name: 'Reyes' });
    const { file, postQuantum } = await exportForOfficers(ctx('ana'), { to: [idOf('bo')], scope: 'roll' });
    expect(postQuantum).toBe(true);
    expect(stanzas(file)).toEqual(['mlkem768x25519']);
    meet('bo', 'ana');
    expect(await applyImportFile(ctx('bo'), file, {})).toMatchObject({ new: 1 });
  });

  it('an officer whose card has none gets X25519, and so does everyone in a file that includes them', async () => {
    await ensurePqIdentity(ctx('bo').db);
    meet('ana', 'bo');
    meet('ana', 'cy'); // Cy's vault has made no hybrid key yet: an old card
    expect(parseContactCard(contactCard(ctx('cy').db)).pq).toBeUndefined();
    addMember(ctx('ana'), { first_name: 'Ana' });
    const toCy = await exportForOfficers(ctx('ana'), { to: [idOf('cy')], scope: 'roll' });
    expect([toCy.postQuantum, stanzas(toCy.file)]).toEqual([false, ['X25519']]);
    const toBoth = await exportForOfficers(ctx('ana'), { to: [idOf('bo'), idOf('cy')], scope: 'roll' });
    expect([toBoth.postQuantum, stanzas(toBoth.file)]).toEqual([false, ['X25519', 'X25519']]);
    meet('bo', 'ana');
    expect(await applyImportFile(ctx('bo'), toBoth.file, {})).toMatchObject({ new: 1 });
  });

  it('a card read from a QR code (no hybrid key) learns it from the first file that officer signs', async () => {
    await ensurePqIdentity(ctx('bo').db);
    meet('ana', 'bo', { withPq: false });
    meet('bo', 'ana', { withPq: false });
    expect(listOfficers(ctx('ana').db).find((officer) => !officer.isSelf)!.agePqRecipient).toBe('');
    addMember(ctx('bo'), { first_name: 'Bo' });
    const fromBo = await exportForOfficers(ctx('bo'), { to: [idOf('ana')], scope: 'roll' });
    expect(fromBo.postQuantum).toBe(false);
    await applyImportFile(ctx('ana'), fromBo.file, {});
    expect(listOfficers(ctx('ana').db).find((officer) => !officer.isSelf)!.agePqRecipient).toBe(selfIdentity(ctx('bo').db).agePqRecipient);
    expect((await exportForOfficers(ctx('ana'), { to: [idOf('bo')], scope: 'roll' })).postQuantum).toBe(true);
  });

  it('a card whose hybrid key was swapped on the way is refused, and nothing is added', async () => {
    await ensurePqIdentity(ctx('bo').db);
    await ensurePqIdentity(ctx('cy').db);
    const bo = parseContactCard(contactCard(ctx('bo').db));
    const cy = parseContactCard(contactCard(ctx('cy').db));
    const forged = `chapterhouse-card:v1:${Buffer.from(JSON.stringify({ ...bo, pq: { ...bo.pq!, recipient: cy.pq!.recipient } })).toString('base64url')}`;
    const before = snapshot(officers.ana!.dir);
    expect(() => addOfficer(ctx('ana'), forged, { verified: true })).toThrow(/post-quantum key is not signed by Ana Reyes's own key/);
    expect(snapshot(officers.ana!.dir)).toEqual(before);
    expect(listOfficers(ctx('ana').db)).toHaveLength(1);
  });

  it('`officer age-identity --pq` writes the hybrid identity; without it, the X25519 one as before', () => {
    opened[1]!.close(); // the command line opens Bo's vault itself
    const out = join(temp.path, 'bo-pq.txt');
    const env = { CHAPTERHOUSE_PASSPHRASE: PASSPHRASE };
    expect(runCli(['officer', 'age-identity', officers.bo!.dir, out, '--pq'], env).status).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n').filter((line) => !line.startsWith('#'))[0]).toMatch(/^AGE-SECRET-KEY-PQ-1[0-9A-Z]+$/);
    expect(runCli(['officer', 'age-identity', officers.bo!.dir, out], env).status).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n').filter((line) => !line.startsWith('#'))[0]).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]+$/);
  });

  // Debian 12's age is 1.1.1, which has no hybrid recipients: there this is skipped, and the
  // README says to use age 1.3 or newer (with `officer age-identity --pq`'s file) for hybrid files.
  it.skipIf(!ageHasHybrid())('the age tool decrypts a hybrid export with the hybrid identity', async () => {
    await ensurePqIdentity(ctx('bo').db);
    meet('ana', 'bo');
    addMember(ctx('ana'), { first_name: 'Ana' });
    const { file } = await exportForOfficers(ctx('ana'), { to: [idOf('bo')], scope: 'roll' });
    const identityFile = join(temp.path, 'bo-pq.txt');
    const exportFile = join(temp.path, 'ana.age');
    writeFileSync(identityFile, `${selfIdentity(ctx('bo').db).agePqIdentity}\n`, { mode: 0o600 });
    writeFileSync(exportFile, file);
    const plaintext = execFileSync('age', ['--decrypt', '-i', identityFile, exportFile], { encoding: 'utf8' });
    expect(plaintext.split('\n')[0]).toContain('"format":"chapterhouse-bundle"');
  });
});

function ageHasHybrid(): boolean {
  try {
    const [major = 0, minor = 0] = execFileSync('age', ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '').split('.').map(Number);
    return major > 1 || minor >= 3;
  } catch {
    return false;
  }
}
