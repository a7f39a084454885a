import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { makeTempDir } from '../helpers/temp';

const env = { CHAPTERHOUSE_PASSPHRASE: 'correct horse battery staple' };
let temp: ReturnType<typeof makeTempDir>;
let ana: string;
let bo: string;
let anaCard: string;
const json = (args: string[]) => {
  const result = runCli([...args, '--json'], env);
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
};

beforeAll(() => {
  temp = makeTempDir();
  ana = join(temp.path, 'ana');
  bo = join(temp.path, 'bo');
  json(['demo', ana, '--members', '40']);
  json(['init', bo, '--chapter', 'Riverside Tenants Union', '--officer', 'Bo Li']);
  anaCard = json(['officer', 'card', ana]).card;
  json(['officer', 'add', ana, json(['officer', 'card', bo]).card, '--verified']);
  json(['officer', 'add', bo, anaCard, '--verified']);
});
afterAll(() => temp.cleanup());

describe('exchange on the command line', () => {
  it('exports one building to a verified officer, who imports it once and only once', () => {
    const out = join(temp.path, 'maple.age');
    const written = json(['export', ana, out, '--to', 'Bo Li', '--scope', 'roll', '--filter', 'building=Maple Court']);
    expect(written.members).toBeGreaterThan(0);
    expect(statSync(out).mode & 0o077).toBe(0);
    const preview = json(['import', bo, out, '--dry-run']);
    expect(preview).toMatchObject({ new: written.members, changed: 0, deleted: 0, conflicts: 0, applied: false, signer: { name: 'Ana Reyes', status: 'verified' } });
    expect(json(['verify', bo]).members).toBe(0);
    expect(json(['import', bo, out])).toMatchObject({ new: written.members, applied: true });
    expect(json(['import', bo, out])).toMatchObject({ new: 0, changed: 0, deleted: 0, applied: true });
    const members = json(['members', 'list', bo]) as { building: string }[];
    expect(members.length).toBe(written.members);
    expect(new Set(members.map((member) => member.building))).toEqual(new Set(['Maple Court']));
  });

  it('refuses an officer who is not in the vault, and a file that is not an export', () => {
    const missing = runCli(['export', ana, join(temp.path, 'x.age'), '--to', 'Nobody'], env);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/No officer called "Nobody"/);
    const notExport = runCli(['import', bo, join(ana, 'keyslots.json')], env);
    expect(notExport.status).toBe(1);
    expect(notExport.stderr.trim().split('\n')).toHaveLength(1);
    expect(notExport.stderr).toMatch(/not a Chapterhouse export file/);
  });

  it('makes the identity file and the export private even when a world-readable file was already there', () => {
    const identity = join(temp.path, 'old-identity.txt');
    const out = join(temp.path, 'old.age');
    writeFileSync(identity, 'old', { mode: 0o644 });
    writeFileSync(out, 'old', { mode: 0o644 });
    json(['officer', 'age-identity', bo, identity]);
    json(['export', ana, out, '--to', 'Bo Li']);
    expect(statSync(identity).mode & 0o777).toBe(0o600);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it.runIf(existsSync('/usr/bin/age'))('the age identity file decrypts an export with the standard age tool', () => {
    const out = join(temp.path, 'all.age');
    json(['export', ana, out, '--to', 'Bo Li']);
    const identity = join(temp.path, 'bo-identity.txt');
    json(['officer', 'age-identity', bo, identity]);
    const plaintext = execFileSync('age', ['-d', '-i', identity, out], { encoding: 'utf8' });
    expect(JSON.parse(plaintext.split('\n')[0]!)).toMatchObject({ format: 'chapterhouse-bundle', counts: { members: 40 } });
  });
});
