import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { channelNames } from '../../src/shared/contract';
import { buildChapterApi, isChapterFailure } from '../../src/shared/bridge';
import { makeTempDir } from '../helpers/temp';
import { makeService } from '../helpers/service';
import { PASSPHRASE } from '../helpers/vaults';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => {
  vi.useRealTimers();
  temp.cleanup();
});

const newVault = { chapterName: 'Riverside Tenants Union', officerName: 'Ana Reyes', passphrase: PASSPHRASE };

describe('the service through dispatch', () => {
  it('creates, locks, and unlocks a vault', async () => {
    const { ok, service } = makeService(temp.path);
    expect((await ok('app:state', {})).vaults).toEqual([]);
    const { state, recoveryCode } = await ok('vault:create', newVault);
    expect(recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);
    expect(state.session).toMatchObject({ chapterName: 'Riverside Tenants Union', officerName: 'Ana Reyes' });
    const vaultId = state.session!.vaultId;
    const locked = await ok('vault:lock', {});
    expect(locked.session).toBeNull();
    expect(locked.vaults.map((vault) => vault.id)).toEqual([vaultId]);
    expect(locked.vaults[0]!.label).not.toContain('Riverside');
    const unlocked = await ok('vault:unlock', { vaultId, passphrase: PASSPHRASE });
    expect(unlocked.session?.vaultId).toBe(vaultId);
    service.dispose();
  });

  it('answers a wrong passphrase with its code and a message, and stays locked', async () => {
    const { ok, call, service } = makeService(temp.path);
    const { state } = await ok('vault:create', newVault);
    await ok('vault:lock', {});
    const answer = await call('vault:unlock', { vaultId: state.session!.vaultId, passphrase: 'nope nope nope' });
    expect(answer).toEqual({ ok: false, error: { code: 'WRONG_PASSPHRASE', message: expect.stringMatching(/does not open/) } });
    expect((await ok('app:state', {})).session).toBeNull();
    service.dispose();
  });

  it('recovers with the recovery code', async () => {
    const { ok, service } = makeService(temp.path);
    const { state, recoveryCode } = await ok('vault:create', newVault);
    await ok('vault:lock', {});
    const vaultId = state.session!.vaultId;
    const recovered = await ok('vault:recover', { vaultId, recoveryCode, newPassphrase: 'new words for a new day' });
    expect(recovered.session?.vaultId).toBe(vaultId);
    await ok('vault:lock', {});
    expect((await ok('vault:unlock', { vaultId, passphrase: 'new words for a new day' })).session).not.toBeNull();
    service.dispose();
  });

  it('lists a damaged vault under a short id, and unlocking it explains the damage', async () => {
    const { ok, call, service } = makeService(temp.path);
    const { state } = await ok('vault:create', newVault);
    await ok('vault:lock', {});
    const { readdirSync, writeFileSync } = await import('node:fs');
    const dir = join(temp.path, 'vaults', readdirSync(join(temp.path, 'vaults'))[0]!);
    writeFileSync(join(dir, 'keyslots.json'), '{ broken');
    const listed = (await ok('app:state', {})).vaults;
    expect(listed).toHaveLength(1);
    expect(listed[0]!.id).toMatch(/^damaged-[0-9a-f]{16}$/);
    expect(listed[0]!.id).not.toBe(state.session!.vaultId);
    const answer = await call('vault:unlock', { vaultId: listed[0]!.id, passphrase: PASSPHRASE });
    expect(answer).toMatchObject({ ok: false, error: { code: 'KEYSLOTS_DAMAGED' } });
    service.dispose();
  });

  it('refuses data requests while locked', async () => {
    const { call } = makeService(temp.path);
    expect(await call('settings:get', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });

  it('stores settings inside the vault', async () => {
    const { ok, service } = makeService(temp.path);
    const { state } = await ok('vault:create', newVault);
    expect(await ok('settings:get', {})).toMatchObject({ idleLockMinutes: 10, chapterKind: 'workplace', phoneCountry: 'US' });
    await ok('settings:update', { idleLockMinutes: 5 });
    await ok('vault:lock', {});
    await ok('vault:unlock', { vaultId: state.session!.vaultId, passphrase: PASSPHRASE });
    expect(await ok('settings:get', {})).toMatchObject({ idleLockMinutes: 5 });
    service.dispose();
  });
});

describe('input validation at the boundary', () => {
  const hostileInputs: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'vault'],
    ['an array', []],
    ['a number where a string belongs', { vaultId: 1, passphrase: 2 }],
    ['a huge string', { vaultId: 'x', passphrase: 'p'.repeat(5_000_000) }],
    ['an unknown key', { vaultId: 'x', passphrase: 'p', admin: true }],
    ['a __proto__ key', JSON.parse('{"vaultId":"x","passphrase":"p","__proto__":{"polluted":true}}')],
    ['a constructor key', { vaultId: 'x', passphrase: 'p', constructor: { prototype: { polluted: true } } }],
  ];

  it.each(hostileInputs)('every channel answers %s with INVALID_INPUT or a typed error', async (_name, input) => {
    const { call } = makeService(temp.path);
    for (const channel of channelNames) {
      const answer = await call(channel, input);
      if (answer.ok) throw new Error(`${channel} accepted ${_name}`);
      expect(answer.error.code).toBe('INVALID_INPUT');
      expect(answer.error.message.length).toBeLessThan(500);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects unknown channels', async () => {
    const { call } = makeService(temp.path);
    expect(await call('fs:readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('toString', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('never returns a stack trace', async () => {
    const { call } = makeService(temp.path);
    const answer = await call('vault:unlock', { vaultId: 'nope', passphrase: 'x' });
    expect(JSON.stringify(answer)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('idle locking', () => {
  it('locks after the idle time, tells the renderer why, and forgets the session', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { ok, service } = makeService(temp.path);
    const events: unknown[] = [];
    service.on((event, payload) => events.push({ event, payload }));
    await ok('vault:create', newVault);
    await ok('settings:update', { idleLockMinutes: 2 });
    vi.advanceTimersByTime(90_000);
    await ok('app:activity', {});
    vi.advanceTimersByTime(90_000);
    expect(service.isUnlocked).toBe(true);
    vi.advanceTimersByTime(31_000);
    expect(service.isUnlocked).toBe(false);
    expect(events).toEqual([{ event: 'vault:locked', payload: { reason: 'idle' } }]);
    expect((await ok('app:state', {})).session).toBeNull();
  });

  it('does not lock when idle locking is off', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { ok, service } = makeService(temp.path);
    await ok('vault:create', newVault);
    await ok('settings:update', { idleLockMinutes: 0 });
    vi.advanceTimersByTime(24 * 60 * 60_000);
    expect(service.isUnlocked).toBe(true);
    service.dispose();
  });

  it('locks when the window closes', async () => {
    const { ok, service } = makeService(temp.path);
    const reasons: unknown[] = [];
    service.on((_event, payload) => reasons.push(payload));
    await ok('vault:create', newVault);
    service.dispose();
    expect(reasons).toEqual([{ reason: 'window-closed' }]);
    expect(service.isUnlocked).toBe(false);
  });
});

describe('the bridge that builds window.chapter', () => {
  it('has a method per channel and rejects with a plain object that keeps its code', async () => {
    const { call, service } = makeService(temp.path);
    const api = buildChapterApi((channel, input) => call(channel, input), () => () => undefined) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
    for (const channel of channelNames) {
      const [group, method] = channel.split(':') as [string, string];
      expect(typeof api[group]![method]).toBe('function');
    }
    const failure = await api.vault!.unlock!({ vaultId: 'nope', passphrase: 'x' }).catch((error: unknown) => error);
    expect(isChapterFailure(failure)).toBe(true);
    expect(failure).not.toBeInstanceOf(Error);
    expect(failure).toMatchObject({ name: 'ChapterError', code: 'NOT_FOUND' });
    // structuredClone is how contextBridge copies values: the code must survive it.
    expect(structuredClone(failure)).toEqual(failure);
    service.dispose();
  });
});
