/**
 * The real worker module under Node: the service and its database in a worker thread, reached
 * only through envelopes, as Electron's main reaches it.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput, EventName } from '../../src/shared/contract';
import { ServiceHost } from '../../src/main/service/host';
import { makeTempDir } from '../helpers/temp';
import { fastVaultOptions, PASSPHRASE } from '../helpers/vaults';

let temp: ReturnType<typeof makeTempDir>;
let host: ServiceHost;
const events: Array<{ event: EventName; payload: unknown }> = [];

beforeEach(() => {
  temp = makeTempDir();
  host = new ServiceHost({ vaultsDir: join(temp.path, 'vaults'), vault: { kdf: fastVaultOptions.kdf! }, now: '2026-06-15T12:00:00Z' });
  events.length = 0;
  host.on((event, payload) => events.push({ event, payload }));
});
afterEach(async () => {
  await host.dispose();
  temp.cleanup();
});

async function ok<C extends ChannelName>(channel: C, input: unknown): Promise<ChannelOutput<C>> {
  const envelope = await host.invoke(channel, input);
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as ChannelOutput<C>;
}

const newVault = { chapterName: 'Riverside Tenants Union', officerName: 'Ana Reyes', passphrase: PASSPHRASE };

function rollCsv(rows: number): string {
  const lines = ['First Name,Last Name,Email'];
  for (let n = 0; n < rows; n++) lines.push(`Member${n},Family${n % 97},member${n}@example.org`);
  return `${lines.join('\n')}\n`;
}

describe('the service in its worker thread', () => {
  it('answers envelopes: creates a vault, adds and lists a member, refuses bad input with its code', async () => {
    const { state } = await ok('vault:create', newVault);
    expect(state.session?.chapterName).toBe('Riverside Tenants Union');
    expect(host.isUnlocked).toBe(true);
    await ok('roll:add', { fields: { first_name: 'Rosa', last_name: 'Parks' } });
    expect((await ok('roll:list', {})).rows.map((member) => member.first_name)).toEqual(['Rosa']);
    expect(await host.invoke('roll:add', { fields: 'not an object' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await host.invoke('no:such', {})).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown request.' } });
  });

  it('a lock sent during an import is handled between transactions: all rows or none, locked after, progress shown meanwhile', async () => {
    const { state } = await ok('vault:create', newVault);
    const rows = 3000;
    const preview = await ok('roll:importPreview', { fileName: 'roll.csv', contentBase64: Buffer.from(rollCsv(rows)).toString('base64') });
    const applying = host.invoke('roll:importApply', { importId: preview.importId, mapping: preview.mapping, onMatch: 'update' });
    host.lock('suspend');
    const applied = await applying;
    expect(host.isUnlocked).toBe(false);
    await expect.poll(() => events.some(({ event }) => event === 'vault:locked')).toBe(true);

    await ok('vault:unlock', { vaultId: state.session!.vaultId, passphrase: PASSPHRASE });
    const { total } = await ok('roll:list', { limit: 1 });
    if (applied.ok) {
      expect(total).toBe(rows);
      expect(events.filter(({ event }) => event === 'work:progress').length).toBeGreaterThan(1);
    } else {
      expect(applied.error.code).toBe('VAULT_LOCKED');
      expect(total).toBe(0);
    }
  });

  it('tells main the settings it applies itself, and forwards the lock event', async () => {
    const seen: boolean[] = [];
    host.onSettings((settings) => seen.push(settings.contentProtection));
    await ok('vault:create', newVault);
    await ok('settings:update', { contentProtection: false });
    expect(seen.at(-1)).toBe(false);
    host.lock('idle');
    await expect.poll(() => events.find(({ event }) => event === 'vault:locked')?.payload).toEqual({ reason: 'idle' });
    expect((await ok('app:state', {})).session).toBeNull();
  });
});
