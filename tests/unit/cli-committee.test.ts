/**
 * The committee's commands (DESIGN.md "Organizing"), spawned as a user runs them: `members update
 * --set organizer=ID`, `contact add`, `followups`, `walklist`, `relation add`, with their --json
 * shapes and their refusals. Each spawn opens the vault at full Argon2id cost, so the tests share
 * one vault in file order and keep their spawns few.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

let temp: ReturnType<typeof makeTempDir>;
let passphraseFile: string;
let vault: string;
const ids: Record<string, string> = {};

const cli = (...args: string[]): CliResult => runCli([...args, '--passphrase-file', passphraseFile]);

function ok(result: CliResult): string {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

function json<T>(result: CliResult): T {
  return JSON.parse(ok(result)) as T;
}

/** Exit 1, one line on stderr, nothing on stdout. */
function expectUserError(result: CliResult, pattern: RegExp): void {
  expect(result.stdout).toBe('');
  expect(result.status).toBe(1);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^chapterhouse: /);
  expect(lines[0]).toMatch(pattern);
}

const member = (id: string) => (json<Record<string, unknown>[]>(cli('members', 'list', vault, '--json')).find((row) => row.id === id) ?? {}) as Record<string, unknown>;

beforeAll(() => {
  temp = makeTempDir();
  passphraseFile = join(temp.path, 'passphrase.txt');
  writeFileSync(passphraseFile, 'correct horse battery staple\n');
  vault = join(temp.path, 'tenants');
  expect(runCli(['init', vault, '--chapter', 'Oak Tenants', '--officer', 'Rosa Díaz', '--passphrase-file', passphraseFile]).status).toBe(0);
  const add = (...sets: string[]) => ok(cli('members', 'add', vault, ...sets.flatMap((set) => ['--set', set]))).trim();
  ids.ana = add('first_name=Ana', 'last_name=Ruiz', 'building=Oak', 'unit=1A', 'organizing_committee=yes');
  ids.ben = add('first_name=Ben', 'last_name=Cho', 'building=Oak', 'unit=3B', 'phone=415 555 0101', 'languages=Korean');
  ids.carla = add('first_name=Carla', 'last_name=Mendes', 'preferred_name=Cacá', 'building=Oak', 'unit=10C', 'assessment=2');
});
afterAll(() => temp.cleanup());

describe('turf', () => {
  it('members update --set organizer=ID assigns an OC member', () => {
    const updated = json<Record<string, unknown>>(cli('members', 'update', vault, ids.ben!, '--set', `organizer=${ids.ana}`, '--json'));
    expect(updated.organizer).toBe(ids.ana);
  });

  it('refuses an organizer off the committee, and assigning a member to themself, changing nothing', () => {
    expectUserError(cli('members', 'update', vault, ids.carla!, '--set', `organizer=${ids.ben}`), /Ben Cho is not on the organizing committee/);
    expectUserError(cli('members', 'update', vault, ids.ana!, '--set', `organizer=${ids.ana}`), /cannot be their own organizer/);
    expect(member(ids.carla!).organizer).toBe('');
    expect(member(ids.ana!).organizer).toBe('');
  });
});

describe('contact add and followups', () => {
  it('contact add --json prints { id }; --next sets the follow-up that followups lists, oldest first', () => {
    const first = json<{ id: string }>(
      cli('contact', 'add', vault, ids.ben!, '--outcome', 'not-home', '--via', 'door', '--date', '2026-01-05', '--next', '2026-01-12', '--json'),
    );
    expect(Object.keys(first)).toEqual(['id']);
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    ok(cli('contact', 'add', vault, ids.carla!, '--outcome', 'talked', '--via', 'phone', '--date', '2026-01-06', '--by', 'Ana Ruiz', '--notes', 'Wants a tenants meeting', '--next', '2026-01-09'));
    const due = json<Record<string, unknown>[]>(cli('followups', vault, '--due-by', '2026-01-31', '--json'));
    expect(due).toEqual([
      { member: ids.carla, name: 'Cacá Mendes', organizer: null, next: '2026-01-09', reason: 'Wants a tenants meeting', last_contact: '2026-01-06', overdue: true },
      { member: ids.ben, name: 'Ben Cho', organizer: ids.ana, next: '2026-01-12', reason: '', last_contact: '2026-01-05', overdue: true },
    ]);
    const mine = json<Record<string, unknown>[]>(cli('followups', vault, '--organizer', ids.ana!, '--due-by', '2026-01-10', '--json'));
    expect(mine).toEqual([]);
    expect(json<unknown[]>(cli('followups', vault, '--organizer', ids.ana!, '--due-by', '2026-01-12', '--json'))).toHaveLength(1);
  });

  it('refuses an unknown outcome, a follow-up date that is not a date and a due-by that is not one, changing nothing', () => {
    expectUserError(cli('contact', 'add', vault, ids.ben!, '--outcome', 'away', '--via', 'door'), /"away" is not an outcome; use one of: talked, not-home, left-message, moved, wrong-number, refused/);
    expectUserError(cli('contact', 'add', vault, ids.ben!, '--outcome', 'talked', '--via', 'door', '--next', 'someday'), /The follow-up date "someday" is not a date/);
    expectUserError(cli('followups', vault, '--due-by', 'tomorrow'), /The due-by date "tomorrow" is not a date/);
    // Still the two follow-ups from before.
    expect(json<unknown[]>(cli('followups', vault, '--due-by', '2026-12-31', '--json'))).toHaveLength(2);
  });
});

describe('walklist', () => {
  it('writes a walk list PDF by floor and unit, warning that it is not encrypted', async () => {
    const out = join(temp.path, 'walk.pdf');
    const result = cli('walklist', vault, out, '--filter', 'building=Oak', '--json');
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/NOT encrypted/);
    expect(JSON.parse(result.stdout)).toEqual({ file: out, members: 3 });
    expect(existsSync(out)).toBe(true);
    const { text } = await extractText(new Uint8Array(readFileSync(out)), { mergePages: true });
    expect(text.indexOf('Ruiz, Ana')).toBeLessThan(text.indexOf('Cho, Ben'));
    expect(text.indexOf('Cho, Ben')).toBeLessThan(text.indexOf('Mendes, Carla'));
    expect(text).toContain('Korean');
    expect(text).toContain('2026-01-05');
  });
});

describe('relation add', () => {
  it('prints { id }, and refuses a tie to a deleted member', () => {
    const tie = json<{ id: string }>(cli('relation', 'add', vault, ids.ben!, ids.carla!, '--kind', 'neighbour', '--note', 'same hallway', '--json'));
    expect(tie.id).toMatch(/^[0-9a-f-]{36}$/);
    ok(cli('members', 'delete', vault, ids.carla!));
    expectUserError(cli('relation', 'add', vault, ids.ana!, ids.carla!, '--kind', 'friend'), /One of these members has been deleted, so cannot have a relationship/);
  });
});
