/**
 * Issue #6: flipping a byte anywhere in the vault's database or its key file gives a clear error,
 * never a crash and never silently wrong data. One vault with a roll, conversations and minutes
 * is damaged one byte at a time (pages sampled across the whole database, every few bytes of the
 * key file), then unlocked and read back in full through the service. Each attempt either reads
 * exactly what was written, or fails with the damaged-file error; the damaged files are not
 * touched by the attempt.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE, KEYSLOTS_FILE } from '../../src/main/vault/vault';
import type { Envelope } from '../../src/shared/contract';
import { flipByte, snapshot } from '../helpers/files';
import { makeService } from '../helpers/service';
import { makeTempDir } from '../helpers/temp';
import { PASSPHRASE } from '../helpers/vaults';

const PAGE = 4096;
let temp: ReturnType<typeof makeTempDir>;
/** The intact vault folder, and everything it reads back when intact. */
let pristine: string;
let expected: string;

/** Everything a chapter would look at: the whole roll with each member's details, every meeting. */
async function readEverything(call: ReturnType<typeof makeService>['call']): Promise<Envelope<string>> {
  const results: unknown[] = [];
  const step = async (channel: string, input: unknown) => {
    const envelope = await call(channel, input);
    if (!envelope.ok) throw envelope;
    results.push(envelope.value);
    return envelope.value;
  };
  try {
    const roll = (await step('roll:list', { limit: 1000 })) as { rows: { id: string }[] };
    for (const row of roll.rows) await step('roll:get', { id: row.id });
    const meetings = (await step('meetings:list', {})) as { id: string }[];
    for (const meeting of meetings) await step('meetings:get', { id: meeting.id });
    await step('meetings:search', { q: 'heat' });
    await step('roll:list', { search: 'maple', limit: 1000 });
    return { ok: true, value: JSON.stringify(results) };
  } catch (failure) {
    return failure as Envelope<string>;
  }
}

/** Copies the intact vault, damages the copy, and tries to unlock and read it all. */
async function attempt(name: string, file: string, offset: number): Promise<{ outcome: string; unchanged: boolean }> {
  const root = join(temp.path, name);
  const vaultsDir = join(root, 'vaults');
  mkdirSync(vaultsDir, { recursive: true });
  const dir = join(vaultsDir, 'chapter');
  cpSync(pristine, dir, { recursive: true });
  flipByte(join(dir, file), offset);
  const damaged = snapshot(dir);
  const { service, call, ok } = makeService(root);
  try {
    const { vaults } = await ok('app:state', {});
    const unlocked = await call('vault:unlock', { vaultId: vaults[0]!.id, passphrase: PASSPHRASE });
    let outcome: string;
    if (!unlocked.ok) outcome = unlocked.error.code;
    else {
      const read = await readEverything(call);
      outcome = read.ok ? (read.value === expected ? 'intact' : 'WRONG DATA') : read.error.code;
    }
    service.dispose();
    // A failed open changes nothing on disk; an intact one may write (migrations, backups, WAL).
    return { outcome, unchanged: outcome === 'intact' || JSON.stringify(snapshot(dir)) === JSON.stringify(damaged) };
  } finally {
    service.dispose();
  }
}

beforeAll(async () => {
  temp = makeTempDir();
  const { service, ok } = makeService(join(temp.path, 'source'));
  await ok('vault:create', { chapterName: 'Riverside Tenants Union', officerName: 'Ana Reyes', passphrase: PASSPHRASE });
  // No backup folder in the copies: the damage is to the vault itself.
  await ok('settings:update', { backupsKept: 1 });
  for (let index = 0; index < 120; index += 1) {
    const member = await ok('roll:add', {
      fields: { first_name: `Member${index}`, last_name: `Family${index % 17}`, building: index % 2 ? 'Maple Court' : 'Cedar', notes: 'Heat out since January. '.repeat(index % 5) },
    });
    if (index % 10 === 0) await ok('roll:addConversation', { memberId: member.id, notes: 'Talked about the heat.', assessment: 2 });
  }
  const [type] = await ok('meetings:types', {});
  const meeting = await ok('meetings:create', { typeId: type!.id, startsAt: '2026-11-02T19:00', place: 'Lobby' });
  await ok('meetings:saveNotes', { agendaItemId: meeting.agenda[0]!.id, notes: '**Heat** complaints: 14 units.\n\n- call the city' });
  service.dispose();
  const vaultsDir = join(temp.path, 'source', 'vaults');
  pristine = join(vaultsDir, readdirSync(vaultsDir)[0]!);
  const reader = makeService(join(temp.path, 'reader'), { extraVaults: [pristine] });
  const { vaults } = await reader.ok('app:state', {});
  await reader.ok('vault:unlock', { vaultId: vaults[0]!.id, passphrase: PASSPHRASE });
  const read = await readEverything(reader.call);
  reader.service.dispose();
  if (!read.ok) throw new Error(`the intact vault did not read back: ${read.error.message}`);
  expected = read.value;
  expect(expected).toContain('Member119');
}, 120_000);
afterAll(() => temp.cleanup());

describe('a byte flipped anywhere', () => {
  it('in the database: every page sampled, each read back intact or refused as damaged, never wrong', async () => {
    const size = statSync(join(pristine, DATABASE_FILE)).size;
    expect(size).toBeGreaterThan(20 * PAGE);
    // The first page's salt; then on every page its body and its reserved bytes (IV and HMAC).
    const offsets: number[] = [3];
    for (let page = 0; page * PAGE < size; page += 1) offsets.push(...[500, PAGE - 40, PAGE - 5].map((at) => page * PAGE + at));
    const outcomes = new Map<string, number>();
    for (const offset of offsets.filter((at) => at < size)) {
      const { outcome, unchanged } = await attempt(`db-${offset}`, DATABASE_FILE, offset);
      expect(['intact', 'DATABASE_DAMAGED'], `byte ${offset}: ${outcome}`).toContain(outcome);
      expect(unchanged, `byte ${offset} changed the damaged files`).toBe(true);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    // Pages are authenticated: most flips are caught, not read past.
    expect(outcomes.get('DATABASE_DAMAGED') ?? 0).toBeGreaterThan(offsets.length / 2);
  }, 600_000);

  it('in the key file: every third byte, each refused as a damaged key file', async () => {
    const size = readFileSync(join(pristine, KEYSLOTS_FILE)).length;
    for (let offset = 0; offset < size; offset += 3) {
      const { outcome, unchanged } = await attempt(`keys-${offset}`, KEYSLOTS_FILE, offset);
      expect(['KEYSLOTS_DAMAGED', 'NOT_A_VAULT'], `byte ${offset}: ${outcome}`).toContain(outcome);
      expect(unchanged, `byte ${offset} changed the damaged files`).toBe(true);
    }
  }, 600_000);
});
