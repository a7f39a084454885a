/**
 * `meetings list` and `minutes export`, spawned as a user runs them, on a demo vault (which also
 * shows that `demo` fills in meetings). Every spawn opens the vault with Argon2id at real cost,
 * so the tests share one vault, in file order.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

const PASSPHRASE = 'correct horse battery staple';
type MeetingJson = { id: string; title: string; date: string; type: string; status: string };

let temp: ReturnType<typeof makeTempDir>;
let passphraseFile: string;
let vault: string;
let meetings: MeetingJson[];

const cli = (...args: string[]): CliResult => runCli([...args, '--passphrase-file', passphraseFile]);

function expectOneLine(result: CliResult, status: number, pattern: RegExp): void {
  expect(result.status).toBe(status);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^chapterhouse: /);
  expect(lines[0]).toMatch(pattern);
  if (status === 1) expect(lines).toHaveLength(1);
}

beforeAll(() => {
  temp = makeTempDir();
  passphraseFile = join(temp.path, 'passphrase.txt');
  writeFileSync(passphraseFile, `${PASSPHRASE}\n`);
  vault = join(temp.path, 'demo');
  const demo = cli('demo', vault, '--members', '40', '--json');
  expect(demo.stderr).toBe('');
  expect(demo.status).toBe(0);
});
afterAll(() => temp.cleanup());

describe('meetings list', () => {
  it('--json is [{ id, title, date, type, status }], newest first, with every lifecycle state', () => {
    const result = cli('meetings', 'list', vault, '--json');
    expect(result.status).toBe(0);
    meetings = JSON.parse(result.stdout) as MeetingJson[];
    expect(meetings).toHaveLength(24);
    for (const meeting of meetings) {
      expect(Object.keys(meeting).sort()).toEqual(['date', 'id', 'status', 'title', 'type']);
      expect(meeting.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    }
    expect([...meetings].sort((a, b) => b.date.localeCompare(a.date))).toEqual(meetings);
    expect(new Set(meetings.map((meeting) => meeting.status))).toEqual(new Set(['draft', 'circulated', 'approved']));
    expect(new Set(meetings.map((meeting) => meeting.type))).toEqual(new Set(['General membership', 'Executive board', 'Committee']));
  });

  it('prints one line per meeting without --json, and verify counts the meetings', () => {
    const result = cli('meetings', 'list', vault);
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(24);
    expect(result.stdout).toContain(meetings[0]!.id);
    const verify = cli('verify', vault, '--json');
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, meetings: 24 });
  });
});

describe('minutes export', () => {
  it('writes Markdown readable only by this user, and warns that it is not encrypted', () => {
    const approved = meetings.find((meeting) => meeting.status === 'approved' && meeting.type === 'General membership')!;
    const out = join(temp.path, 'minutes.md');
    const result = cli('minutes', 'export', vault, approved.id, out);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/NOT encrypted/);
    const markdown = readFileSync(out, 'utf8');
    expect(markdown).toMatch(/^# Riverside Tenants Union — General membership meeting\n/);
    expect(markdown).toContain('## Attendance');
    expect(markdown).toMatch(/Vote by roll call: \d+ for, \d+ against, \d+ abstaining\./);
    expect(markdown).toMatch(/Content hash \(SHA-256\): [0-9a-f]{64}/);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('writes a PDF of the minutes', async () => {
    const draft = meetings.find((meeting) => meeting.status === 'draft')!;
    const out = join(temp.path, 'minutes.pdf');
    const result = cli('minutes', 'export', vault, draft.id, out, '--json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ file: out, meeting: draft.id, format: 'pdf' });
    const { text } = await extractText(new Uint8Array(readFileSync(out)), { mergePages: true });
    expect(text).toContain(`Minutes: ${draft.title}`);
    expect(text).toContain('Draft: not yet circulated or approved.');
  });

  it('refuses an unknown meeting (exit 1) and another file type (exit 2), writing nothing', () => {
    const out = join(temp.path, 'nothing.md');
    expectOneLine(cli('minutes', 'export', vault, 'no-such-meeting', out), 1, /That meeting does not exist/);
    expect(() => statSync(out)).toThrow();
    expectOneLine(cli('minutes', 'export', vault, meetings[0]!.id, join(temp.path, 'minutes.docx')), 2, /ends in \.md \(Markdown\) or \.pdf/);
    expectOneLine(cli('meetings', 'list'), 2, /Expected: chapterhouse meetings list VAULT/);
  });
});
