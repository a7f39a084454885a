/**
 * The service's part of languages and first run: the language choice lives outside any vault
 * (the lock screen needs it) and holds nothing else; the demo vault opens with made-up members.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREFERENCES_FILE } from '../../src/main/app-preferences';
import { makeService } from '../helpers/service';
import { useTempVaults } from '../helpers/temp';
import { PASSPHRASE } from '../helpers/vaults';

const temp = useTempVaults();

describe('app:setLanguage', () => {
  it('starts with no choice, remembers the chosen language across services, and stores only that', async () => {
    const first = makeService(temp.path);
    expect((await first.ok('app:state', {})).language).toBeNull();
    expect((await first.ok('app:setLanguage', { language: 'es' })).language).toBe('es');
    first.service.dispose();

    // A new process (a restart) reads it back, while every vault is still locked.
    const second = makeService(temp.path);
    const state = await second.ok('app:state', {});
    expect(state).toMatchObject({ language: 'es', session: null, vaults: [] });
    const file = JSON.parse(readFileSync(join(temp.path, 'vaults', PREFERENCES_FILE), 'utf8'));
    expect(file).toEqual({ language: 'es' });

    // Creating a vault does not put the chapter in the preferences file.
    await second.ok('vault:create', { chapterName: 'Riverside Tenants Union', officerName: 'Ana Reyes', passphrase: PASSPHRASE });
    expect(await second.ok('app:setLanguage', { language: 'en' })).toMatchObject({ language: 'en', session: { chapterName: 'Riverside Tenants Union' } });
    expect(readFileSync(join(temp.path, 'vaults', PREFERENCES_FILE), 'utf8')).not.toMatch(/Riverside|Ana/);
    // The preferences file is not taken for a vault.
    expect((await second.ok('app:state', {})).vaults).toHaveLength(1);
    second.service.dispose();
  });

  it('refuses a language it does not speak, and leaves the choice as it was', async () => {
    const { ok, call, service } = makeService(temp.path);
    await ok('app:setLanguage', { language: 'en' });
    const answer = await call('app:setLanguage', { language: 'fr' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await ok('app:state', {})).language).toBe('en');
    service.dispose();
  });

  it('treats a damaged preferences file as no choice', async () => {
    const { ok, service } = makeService(temp.path);
    await ok('app:setLanguage', { language: 'es' });
    writeFileSync(join(temp.path, 'vaults', PREFERENCES_FILE), '{"language": "es"');
    expect((await ok('app:state', {})).language).toBeNull();
    service.dispose();
  });
});

describe('vault:createDemo', () => {
  it('creates and opens a vault labelled Demo, full of made-up members, and gives its passphrase', async () => {
    const { ok, service } = makeService(temp.path);
    const { state, passphrase } = await ok('vault:createDemo', {});
    expect(state.session).not.toBeNull();
    expect(state.vaults.map((vault) => vault.label)).toEqual(['Demo']);
    expect((await ok('settings:get', {})).chapterKind).toBe('tenant');
    const page = await ok('roll:list', {});
    expect(page.total).toBeGreaterThan(100);

    // The passphrase it gave opens it again.
    await ok('vault:lock', {});
    const unlocked = await ok('vault:unlock', { vaultId: state.session!.vaultId, passphrase });
    expect(unlocked.session?.vaultId).toBe(state.session!.vaultId);

    // A second demo does not overwrite the first.
    const again = await ok('vault:createDemo', {});
    expect(again.state.vaults.map((vault) => vault.label).sort()).toEqual(['Demo', 'Demo 2']);
    service.dispose();
  });
});
