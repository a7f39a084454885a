/**
 * The laptop-is-taken test: write canary strings through the service and the CLI, then scan
 * every file under the vault, the home, temp and app-data directories for them, as UTF-8 and
 * UTF-16, while the vault is open and after it is locked.
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

  it('the scanner finds a canary that is there (so the test above can fail)', () => {
    writeFileSync(join(roots.tmp, 'leak-utf16.txt'), Buffer.from(`x ${CHAPTER.toUpperCase()} y`, 'utf16le'));
    expect(findPlaintext([roots.tmp], [CHAPTER])).toHaveLength(1);
  });
});
