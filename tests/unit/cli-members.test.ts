/**
 * The members commands, spawned as a user runs them. Every spawn opens the vault with Argon2id at
 * real cost (about a second), so the tests share one vault, in file order, and count their spawns.
 */
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

const PASSPHRASE = 'correct horse battery staple';

/** DESIGN.md, "Canonical member fields": the JSON keys of `members list` and `members add --json`. */
const CANONICAL = [
  'first_name', 'last_name', 'preferred_name', 'pronouns', 'email', 'phone', 'street', 'unit', 'city', 'region',
  'postal_code', 'workplace', 'department', 'shift', 'building', 'status', 'join_date', 'dues_paid_through',
  'assessment', 'tags', 'languages', 'notes',
  // DESIGN.md "Organizing": the new canonical member fields.
  'organizer', 'organizing_committee', 'floor',
];

type MemberJson = Record<string, unknown> & { id: string; first_name: string; last_name: string };

let temp: ReturnType<typeof makeTempDir>;
let passphraseFile: string;
let vault: string;

function write(name: string, content: string | Buffer): string {
  const path = join(temp.path, name);
  writeFileSync(path, content);
  return path;
}

/** `chapterhouse members …` on the shared vault, with the passphrase file. */
function members(command: string, ...args: string[]): CliResult {
  return runCli(['members', command, vault, ...args, '--passphrase-file', passphraseFile]);
}

function ok(result: CliResult): string {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** A user error: exit 1 and exactly one line on stderr, no stack trace. */
function expectUserError(result: CliResult, pattern: RegExp): void {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expectOneLine(result.stderr, pattern);
}

function expectUsageError(result: CliResult, pattern: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expectOneLine(result.stderr, pattern);
}

function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^chapterhouse: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

function list(...args: string[]): MemberJson[] {
  return JSON.parse(ok(members('list', '--json', ...args))) as MemberJson[];
}

const names = (rows: MemberJson[]): string[] => rows.map((row) => `${row.first_name} ${row.last_name}`).sort();

beforeAll(() => {
  temp = makeTempDir();
  passphraseFile = write('passphrase.txt', `${PASSPHRASE}\n`);
  vault = join(temp.path, 'local12');
  const init = runCli(['init', vault, '--chapter', 'Local 12', '--officer', 'Ana Reyes', '--passphrase-file', passphraseFile, '--json']);
  expect(init.status).toBe(0);
});
afterAll(() => temp.cleanup());

describe('members add, list, update and delete', () => {
  let joseId: string;
  let thiId: string;

  it('add prints the new id; with --json, the member under the canonical keys', () => {
    const added = JSON.parse(
      ok(
        members('add', '--set', 'first_name=José', '--set', 'last_name=Núñez', '--set', 'email=Jose@Example.org', '--set', 'phone=415.555.0134', '--set', 'building=Maple Court', '--json'),
      ),
    ) as MemberJson;
    expect(added.id).toMatch(/^[0-9a-f-]{36}$/);
    for (const key of ['id', ...CANONICAL]) expect(added).toHaveProperty(key);
    expect(added).toMatchObject({ first_name: 'José', last_name: 'Núñez', email: 'jose@example.org', phone: '(415) 555-0134', building: 'Maple Court', notes: '', assessment: null });
    joseId = added.id;

    const plain = ok(members('add', '--set', 'first_name=Thi', '--set', 'last_name=Nguyễn', '--set', 'email=thi@example.org', '--set', 'notes==1+2'));
    expect(plain).toMatch(/^[0-9a-f-]{36}\n$/);
    thiId = plain.trim();
  });

  it('list --json is an array of { id, …canonical fields }', () => {
    const rows = list();
    expect(names(rows)).toEqual(['José Núñez', 'Thi Nguyễn']);
    for (const row of rows) {
      for (const key of ['id', ...CANONICAL]) expect(row).toHaveProperty(key);
      expect(typeof row.id).toBe('string');
    }
    expect(rows.find((row) => row.id === thiId)?.notes).toBe('=1+2');
  });

  it('list --search finds "José" from "jose", and the plain listing shows ids that other commands take', () => {
    expect(names(list('--search', 'jose'))).toEqual(['José Núñez']);
    const plain = ok(members('list', '--search', 'nguyen'));
    expect(plain.trim().split('\n')).toHaveLength(1);
    expect(plain).toContain(thiId);
    expect(plain).toContain('Thi Nguyễn');
  });

  it('update --set changes just those fields', () => {
    const updated = JSON.parse(ok(members('update', joseId, '--set', 'status=former', '--set', 'unit=4B', '--json'))) as MemberJson;
    expect(updated).toMatchObject({ id: joseId, first_name: 'José', status: 'former', unit: '4B', building: 'Maple Court' });
    expect(ok(members('update', joseId, '--set', 'preferred_name=Pepe'))).toMatch(/^Updated José Núñez\.\n$/);
  });

  it('refuses a bad e-mail or an unknown field with one line, and saves nothing', () => {
    expectUserError(members('update', joseId, '--set', 'email=not-an-email', '--set', 'unit=9Z'), /Not saved: .*e-?mail/i);
    expectUserError(members('add', '--set', 'first_name=Sam', '--set', 'favourite_colour=teal'), /no member field named "favourite_colour"/);
    const rows = list();
    expect(rows.find((row) => row.id === joseId)).toMatchObject({ email: 'jose@example.org', unit: '4B', preferred_name: 'Pepe' });
    expect(rows).toHaveLength(2);
  });

  it('--set without "=" or no --set at all is a usage error (exit 2), told before any passphrase is asked for', () => {
    // No passphrase source at all: the usage error comes first.
    expectUsageError(runCli(['members', 'add', vault, '--set', 'novalue']), /--set takes FIELD=VALUE, not "novalue"/);
    expectUsageError(runCli(['members', 'update', vault, joseId]), /at least one --set/);
  });

  it('delete removes a member from the list; an unknown id exits 1', () => {
    expect(ok(members('delete', thiId))).toMatch(/Deleted/);
    expect(list().map((row) => row.id)).toEqual([joseId]);
    expectUserError(members('delete', thiId), new RegExp(`No member has the id ${thiId}`));
    expectUserError(members('update', '00000000-0000-0000-0000-000000000000', '--set', 'unit=1'), /not in the roll/);
  });
});

describe('members import', () => {
  it('imports a CSV; --json prints exactly { total, imported, updated, skipped, errors }', () => {
    const file = write(
      'roll.csv',
      'First name,Last name,Email,Phone,Building,Unit,Favourite fruit\r\nAisha,Okafor,aisha@example.org,415 555 0101,Union Flats,2A,\r\nKwame,Mensah,kwame@example.org,,Union Flats,3C,\r\n,,,,,,mango\r\nJosé,Núñez,jose@example.org,,Maple Court,,\r\n',
    );
    const result = JSON.parse(ok(members('import', file, '--json')));
    expect(Object.keys(result).sort()).toEqual(['errors', 'imported', 'skipped', 'total', 'updated']);
    // José is already on the roll (same e-mail): updated, not added twice. The row with nothing
    // in a mapped column ("Favourite fruit" maps to no field) is skipped.
    expect(result).toEqual({ total: 4, imported: 2, updated: 1, skipped: 1, errors: [] });
  });

  it('--map HEADER=field overrides the automatic mapping; --dry-run writes nothing', () => {
    // Automatically: "Given" means nothing, "Surname" the last name, "Nickname" the preferred name.
    const file = write('mapped.csv', 'Given,Surname,Nickname,Email\nRenée,Dubois,Tante Nini,renee@example.org\nOlga,Ivanova,,olga@example.org\n');
    const dry = JSON.parse(ok(members('import', file, '--map', 'Given=first_name', '--map', 'Nickname=notes', '--dry-run', '--json')));
    expect(dry).toEqual({ total: 2, imported: 2, updated: 0, skipped: 0, errors: [] });
    expect(ok(members('import', file, '--map', 'Given=first_name', '--map', 'Nickname=notes'))).toMatch(/^Imported 2 new members/);
    const renee = list('--search', 'dubois');
    expect(renee).toHaveLength(1);
    expect(renee[0]).toMatchObject({ first_name: 'Renée', last_name: 'Dubois', preferred_name: '', notes: 'Tante Nini' });
    // Only the real import added them: the dry run before it left the roll as it was.
    expect(names(list('--search', 'olga'))).toEqual(['Olga Ivanova']);
  });

  it('a file with a bad row imports nothing: exit 1, one line naming the line, and the errors as JSON', () => {
    const file = write('bad.csv', 'First name,Last name,Email\nMarcus,Walker,marcus@example.org\nPriya,Patel,priya-at-example\n');
    expectUserError(members('import', file), /nothing was.*line 3, email/);
    const result = members('import', file, '--json');
    expect(result.status).toBe(1);
    expectOneLine(result.stderr, /line 3/);
    const output = JSON.parse(result.stdout);
    expect(output).toMatchObject({ total: 2, imported: 0, updated: 0 });
    expect(output.errors).toHaveLength(1);
    expect(Object.keys(output.errors[0]).sort()).toEqual(['field', 'message', 'row']);
    expect(output.errors[0]).toMatchObject({ row: 3, field: 'email' });
    expect(list('--search', 'walker')).toEqual([]);
  });

  it('reads a Windows-1252 file with --encoding windows-1252', () => {
    // “ and ” are 0x93 and 0x94 in Windows-1252: what sets it apart from Latin-1.
    const file = write('ansi.csv', iconv.encode('First name,Last name,Email,Notes\r\nFrançois,Müller,francois@example.org,Café “upstairs”\r\n', 'windows-1252'));
    expect(readFileSync(file).includes(0x93)).toBe(true);
    expect(JSON.parse(ok(members('import', file, '--encoding', 'windows-1252', '--json')))).toMatchObject({ imported: 1, errors: [] });
    expect(list('--search', 'muller')[0]).toMatchObject({ first_name: 'François', last_name: 'Müller', notes: 'Café “upstairs”' });
  });

  it('a file that is not there exits 1', () => {
    expectUserError(members('import', join(temp.path, 'missing.csv')), /Cannot read .*missing\.csv/);
  });
});

describe('members export', () => {
  it('writes a 0600 CSV with the canonical header row, guards formulas, and warns that it is not encrypted', () => {
    const out = join(temp.path, 'export.csv');
    // An older export left readable by everyone is replaced by a private one.
    writeFileSync(out, 'old');
    chmodSync(out, 0o644);
    const result = members('export', out, '--json');
    expect(result.status).toBe(0);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Warning: .*NOT encrypted/);
    expect(JSON.parse(result.stdout)).toEqual({ file: out, members: 6 });
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith(`\uFEFF${CANONICAL.join(',')}\r\n`)).toBe(true);
    // The deleted member is not exported.
    expect(csv).not.toContain('Nguyễn');
    expect(csv).toContain('Núñez');
  });

  it('guards a cell starting with "=" so a spreadsheet shows it as text', () => {
    ok(members('add', '--set', 'first_name=Formula', '--set', 'last_name=Test', '--set', 'notes==HYPERLINK("http://evil.example","x")'));
    const out = join(temp.path, 'guarded.csv');
    const result = members('export', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Wrote 7 members to/);
    const row = readFileSync(out, 'utf8').split('\r\n').find((line) => line.startsWith('Formula,'));
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  });

  it('a folder that does not exist is one plain line, exit 1, and no file', () => {
    const out = join(temp.path, 'no-such-folder', 'roll.csv');
    expectUserError(members('export', out), /Cannot write .*roll\.csv \(ENOENT\)/);
    expect(existsSync(out)).toBe(false);
  });
});
