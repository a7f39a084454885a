import { mkdirSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeService } from '../helpers/service';
import { useTempVaults } from '../helpers/temp';
import { PASSPHRASE } from '../helpers/vaults';

const temp = useTempVaults();

async function unlockedService() {
  const api = makeService(join(temp.path, 'bo'));
  await api.ok('vault:create', { chapterName: 'Riverside Tenants Union', officerName: 'Bo Li', passphrase: PASSPHRASE });
  const events: string[] = [];
  api.service.on((event) => events.push(event));
  return { ...api, events };
}

describe('a path opened from outside the app', () => {
  it('holds a file as the opened export and hands it over once, to an unlocked window only', async () => {
    const { service, ok, call, events } = await unlockedService();
    const first = join(temp.path, 'first.age');
    const second = join(temp.path, 'chapterhouse-export-2026-06-15.age');
    writeFileSync(first, 'older');
    writeFileSync(second, Buffer.from([0x61, 0x67, 0x65, 0x00, 0xff]));

    expect(await service.offerOpenedPath(first)).toBe(true);
    expect(await service.offerOpenedPath(second)).toBe(true);
    expect(events).toEqual(['exchange:fileOpened', 'exchange:fileOpened']);

    // Locked: refused, and the file stays held for after the unlock.
    expect((await ok('vault:lock', {})).session).toBeNull();
    expect(await call('exchange:takeOpenedFile', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    const vaultId = (await ok('app:state', {})).vaults[0]!.id;
    await ok('vault:unlock', { vaultId, passphrase: PASSPHRASE });

    // The later file replaced the earlier one.
    expect(await ok('exchange:takeOpenedFile', {})).toEqual({ fileName: 'chapterhouse-export-2026-06-15.age', contentBase64: 'YWdlAP8=' });
    expect(await ok('exchange:takeOpenedFile', {})).toBeNull();
  });

  it('ignores a folder that is not a vault, a missing path, an empty file and one too large to preview', async () => {
    const { service, ok, events } = await unlockedService();
    const folder = join(temp.path, 'usb-stick');
    mkdirSync(folder);
    const empty = join(temp.path, 'empty.age');
    writeFileSync(empty, '');
    const huge = join(temp.path, 'huge.age');
    writeFileSync(huge, '');
    // Sparse: its size is past the cap without writing 300 MB.
    truncateSync(huge, 300_000_001);

    for (const path of [folder, join(temp.path, 'missing.age'), '--no-sandbox', empty, huge]) {
      expect(await service.offerOpenedPath(path)).toBe(false);
    }
    expect(events).toEqual([]);
    expect(await ok('exchange:takeOpenedFile', {})).toBeNull();
  });

  it('still offers a vault folder on the lock screen', async () => {
    const { service, ok, events } = await unlockedService();
    const other = makeService(join(temp.path, 'ana'));
    await other.ok('vault:create', { chapterName: 'Riverside Tenants Union', officerName: 'Ana Reyes', passphrase: PASSPHRASE });
    other.service.dispose();
    const anaDir = readdirSync(join(temp.path, 'ana', 'vaults'))[0]!;

    expect(await service.offerOpenedPath(join(temp.path, 'ana', 'vaults', anaDir))).toBe(true);
    expect(events).toEqual(['app:vaultsChanged']);
    expect((await ok('app:state', {})).vaults).toHaveLength(2);
    expect(await ok('exchange:takeOpenedFile', {})).toBeNull();
  });
});
