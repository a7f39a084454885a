/** The "keep out of screen captures" setting reaches the window: at unlock and when it changes. */
import { describe, expect, it } from 'vitest';
import { followContentProtection } from '../../src/main/electron/content-protection';
import { makeService } from '../helpers/service';
import { useTempVaults } from '../helpers/temp';
import { PASSPHRASE } from '../helpers/vaults';

const temp = useTempVaults();

function fakeWindow() {
  const calls: boolean[] = [];
  let destroyed = false;
  return {
    calls,
    destroy: () => (destroyed = true),
    setContentProtection: (enable: boolean) => calls.push(enable),
    isDestroyed: () => destroyed,
  };
}

describe('content protection', () => {
  it('follows the vault setting: at unlock, on change, and never after the window is gone', async () => {
    const { ok, service } = makeService(temp.path);
    const window = fakeWindow();
    const stop = followContentProtection(service, window);
    expect(window.calls).toEqual([]); // locked: nothing to read yet

    const { state } = await ok('vault:create', { chapterName: 'Riverside', officerName: 'Ana Reyes', passphrase: PASSPHRASE });
    expect(window.calls).toEqual([false]);
    expect((await ok('settings:get', {})).contentProtection).toBe(false);
    await ok('settings:update', { contentProtection: true });
    expect(window.calls).toEqual([false, true]);

    await ok('vault:lock', {});
    await ok('vault:unlock', { vaultId: state.session!.vaultId, passphrase: PASSPHRASE });
    expect(window.calls).toEqual([false, true, true]);

    // Other settings re-apply the same value; harmless, and it keeps the window in step.
    await ok('settings:update', { idleLockMinutes: 5 });
    expect(window.calls.at(-1)).toBe(true);

    window.destroy();
    await ok('settings:update', { contentProtection: false });
    expect(window.calls.at(-1)).toBe(true);
    stop();
    service.dispose();
  });

  it('applies the current setting to a window that starts following an unlocked vault', async () => {
    const { ok, service } = makeService(temp.path);
    await ok('vault:create', { chapterName: 'Riverside', officerName: 'Ana Reyes', passphrase: PASSPHRASE });
    await ok('settings:update', { contentProtection: true });
    const window = fakeWindow();
    const stop = followContentProtection(service, window);
    expect(window.calls).toEqual([true]);
    stop();
    await ok('settings:update', { contentProtection: false });
    expect(window.calls).toEqual([true]);
    service.dispose();
  });

  it('refuses a setting that is not a boolean', async () => {
    const { ok, call, service } = makeService(temp.path);
    await ok('vault:create', { chapterName: 'Riverside', officerName: 'Ana Reyes', passphrase: PASSPHRASE });
    expect(await call('settings:update', { contentProtection: 'yes' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('settings:update', { backupsKept: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    service.dispose();
  });
});
