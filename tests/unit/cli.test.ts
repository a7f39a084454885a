import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEncrypted } from '../../src/main/db/connection';
import { KEYSLOTS_FILE, DATABASE_FILE } from '../../src/main/vault/vault';
import { runCli, type CliResult } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

const PASSPHRASE = 'correct horse battery staple';
let temp: ReturnType<typeof makeTempDir>;
let passphraseFile: string;
/** One vault made by `init`, shared by the tests that only read it. */
let vault: string;
let recoveryCode: string;

function write(name: string, content: string): string {
  const path = join(temp.path, name);
  writeFileSync(path, content);
  return path;
}

/** A user error: exit 1 and exactly one line on stderr, no stack trace. */
function expectUserError(result: CliResult, pattern: RegExp): void {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  temp = makeTempDir();
  passphraseFile = write('passphrase.txt', `${PASSPHRASE}\n`);
  vault = join(temp.path, 'riverside');
  const result = runCli(['init', vault, '--chapter', 'Riverside Tenants Union', '--officer', 'Ana Reyes', '--passphrase-file', passphraseFile, '--json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const output = JSON.parse(result.stdout);
  expect(Object.keys(output).sort()).toEqual(['officerId', 'recoveryCode', 'vault']);
  expect(output.vault).toBe(vault);
  expect(output.officerId).toMatch(/^[0-9a-f-]{36}$/);
  recoveryCode = output.recoveryCode;
});
afterAll(() => temp.cleanup());

describe('chapterhouse init', () => {
  it('prints the recovery code once, in plain words, without --json', () => {
    const dir = join(temp.path, 'plain');
    const result = runCli(['init', dir, '--chapter', 'Local 12', '--officer', 'Sam'], { CHAPTERHOUSE_PASSPHRASE: PASSPHRASE });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Recovery code/);
    expect(result.stdout).toMatch(/\b[0-9A-Z]{4}(-[0-9A-Z]{4}){5}\b/);
  });

  it('refuses a weak passphrase with the reason', () => {
    const result = runCli(['init', join(temp.path, 'weak'), '--chapter', 'C', '--officer', 'O'], { CHAPTERHOUSE_PASSPHRASE: 'password' });
    expectUserError(result, /too weak/);
  });

  it('will not overwrite an existing vault', () => {
    const result = runCli(['init', vault, '--chapter', 'X', '--officer', 'Y', '--passphrase-file', passphraseFile]);
    expectUserError(result, /already holds a Chapterhouse vault/);
  });
});

describe('chapterhouse verify', () => {
  it('prints counts as JSON', () => {
    const result = runCli(['verify', vault, '--passphrase-file', passphraseFile, '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, members: 0, meetings: 0, officers: 1 });
  });

  it('takes the passphrase from CHAPTERHOUSE_PASSPHRASE, and --passphrase-file before it', () => {
    expect(runCli(['verify', vault], { CHAPTERHOUSE_PASSPHRASE: PASSPHRASE }).status).toBe(0);
    const result = runCli(['verify', vault, '--passphrase-file', passphraseFile], { CHAPTERHOUSE_PASSPHRASE: 'wrong one' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/intact: 0 members, 0 meetings, 1 officer\./);
  });

  it('exits 1 with one line for a wrong passphrase', () => {
    expectUserError(runCli(['verify', vault], { CHAPTERHOUSE_PASSPHRASE: 'not it at all' }), /does not open this vault/);
  });

  it('exits 1 for a folder that is not a vault', () => {
    expectUserError(runCli(['verify', temp.path, '--passphrase-file', passphraseFile]), /is not a Chapterhouse vault/);
  });

  it('exits 1 for a passphrase file that does not exist', () => {
    expectUserError(runCli(['verify', vault, '--passphrase-file', join(temp.path, 'missing.txt')]), /Cannot read the passphrase file/);
  });

  it('exits 1 and names the damage for a broken keyslot file, leaving it as it was', () => {
    const copy = join(temp.path, 'damaged');
    runCli(['init', copy, '--chapter', 'C', '--officer', 'O', '--passphrase-file', passphraseFile]);
    writeFileSync(join(copy, KEYSLOTS_FILE), '{"format":"chapterhouse-keyslots"');
    expectUserError(runCli(['verify', copy, '--passphrase-file', passphraseFile]), /key file .* is damaged/);
    expect(readFileSync(join(copy, KEYSLOTS_FILE), 'utf8')).toBe('{"format":"chapterhouse-keyslots"');
  });
});

describe('usage errors exit 2', () => {
  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['a missing vault argument', ['verify']],
    ['a missing required option', ['init', '/tmp/x', '--chapter', 'C']],
    ['an unknown option', ['verify', '/tmp/x', '--colour']],
  ])('%s', (_name, args) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^chapterhouse: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('no passphrase source and no terminal to ask on', () => {
    const result = runCli(['verify', vault]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--passphrase-file/);
  });

  it('--help lists every command and exits 0', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    for (const command of ['init', 'verify', 'passwd', 'recover', 'recovery-code', 'key', 'demo', 'members list']) expect(result.stdout).toContain(`  ${command} `);
  });
});

describe('chapterhouse passwd and recover', () => {
  it('passwd changes the passphrase; the old one stops working', () => {
    const dir = join(temp.path, 'passwd');
    runCli(['init', dir, '--chapter', 'C', '--officer', 'O', '--passphrase-file', passphraseFile]);
    const next = write('next.txt', 'an entirely new passphrase here\n');
    const result = runCli(['passwd', dir, '--passphrase-file', passphraseFile, '--new-passphrase-file', next]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expectUserError(runCli(['verify', dir, '--passphrase-file', passphraseFile]), /does not open/);
    expect(runCli(['verify', dir, '--passphrase-file', next]).status).toBe(0);
  });

  it('passwd refuses a weak new passphrase and keeps the old one', () => {
    const weak = write('weak.txt', 'letmein\n');
    expectUserError(runCli(['passwd', vault, '--passphrase-file', passphraseFile, '--new-passphrase-file', weak]), /too weak/);
    expect(runCli(['verify', vault, '--passphrase-file', passphraseFile]).status).toBe(0);
  });

  it('recover reads the code from a file, sets a new passphrase, and issues a new recovery code that retires the old one', () => {
    const dir = join(temp.path, 'recover');
    const init = runCli(['init', dir, '--chapter', 'C', '--officer', 'O', '--passphrase-file', passphraseFile, '--json']);
    const code = JSON.parse(init.stdout).recoveryCode as string;
    const codeFile = write('code.txt', `${code.toLowerCase()}\n`);
    const next = write('recovered.txt', 'found the code in the drawer\n');
    const result = runCli(['recover', dir, '--recovery-code-file', codeFile, '--new-passphrase-file', next, '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const renewed = JSON.parse(result.stdout).recoveryCode as string;
    expect(renewed).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/);
    expect(renewed).not.toBe(code);
    expectUserError(runCli(['verify', dir, '--passphrase-file', passphraseFile]), /does not open/);
    // The old code is retired; the new one works, and on the command line it works with a warning.
    expectUserError(runCli(['recover', dir, '--recovery-code-file', codeFile, '--new-passphrase-file', next]), /recovery code does not open/);
    const flagged = runCli(['recover', dir, '--recovery-code', renewed, '--new-passphrase-file', next, '--json']);
    expect(flagged.status).toBe(0);
    expect(flagged.stderr).toMatch(/visible to other programs and stays in your shell history/);
  }, 240_000);

  it('recovery-code issues a new code; the one before stops working', () => {
    const dir = join(temp.path, 'reissue');
    const first = JSON.parse(runCli(['init', dir, '--chapter', 'C', '--officer', 'O', '--passphrase-file', passphraseFile, '--json']).stdout).recoveryCode as string;
    const issued = runCli(['recovery-code', dir, '--passphrase-file', passphraseFile, '--json']);
    expect(issued.status).toBe(0);
    const second = JSON.parse(issued.stdout).recoveryCode as string;
    expect(second).not.toBe(first);
    const next = write('reissued.txt', 'a brand new passphrase for this\n');
    expectUserError(runCli(['recover', dir, '--recovery-code-file', write('first.txt', `${first}\n`), '--new-passphrase-file', next]), /recovery code does not open/);
    expect(runCli(['recover', dir, '--recovery-code-file', write('second.txt', `${second}\n`), '--new-passphrase-file', next]).status).toBe(0);
  }, 240_000);

  it('recover with a wrong code exits 1', () => {
    const next = write('never.txt', 'this will never be set\n');
    expectUserError(
      runCli(['recover', vault, '--recovery-code-file', write('zeros.txt', '0000-0000-0000-0000-0000-0000\n'), '--new-passphrase-file', next]),
      /recovery code does not open/,
    );
    expect(recoveryCode).not.toBe('0000-0000-0000-0000-0000-0000');
  });
});

describe('chapterhouse demo', () => {
  it('creates a vault filled with synthetic members that verify counts', () => {
    const dir = join(temp.path, 'demo');
    const result = runCli(['demo', dir, '--members', '25', '--passphrase-file', passphraseFile, '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ vault: dir, members: 25 });
    expect(JSON.parse(runCli(['verify', dir, '--passphrase-file', passphraseFile, '--json']).stdout)).toMatchObject({ ok: true, members: 25 });
  });
});

describe('chapterhouse key', () => {
  it('prints the raw key with a warning, and that key opens the database as SQLCipher 4', () => {
    const result = runCli(['key', vault, '--passphrase-file', passphraseFile]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/Warning/);
    const hex = result.stdout.trim();
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
    const db = openEncrypted(join(vault, DATABASE_FILE), Buffer.from(hex, 'hex'));
    expect(db.prepare("SELECT value FROM meta WHERE key = 'chapter_name'").get()).toEqual({ value: 'Riverside Tenants Union' });
    db.close();
  });
});
