import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeService } from '../helpers/service';
import { useTempVaults } from '../helpers/temp';
import { PASSPHRASE } from '../helpers/vaults';

const temp = useTempVaults();

async function officer(name: string) {
  const service = makeService(join(temp.path, name));
  await service.ok('vault:create', { chapterName: 'Riverside Tenants Union', officerName: name, passphrase: PASSPHRASE });
  return service;
}

describe('officers and exchange through IPC', () => {
  it('two officers trade cards, verify, and exchange a file with a preview before anything changes', async () => {
    const ana = await officer('Ana Reyes');
    const bo = await officer('Bo Li');
    const anaCard = await ana.ok('officers:card', {});
    expect(anaCard.qrSvg).toMatch(/^<svg/);
    const boCard = await bo.ok('officers:card', {});
    const boSeenByAna = await ana.ok('officers:add', { card: boCard.card, verified: false });
    expect(boSeenByAna).toMatchObject({ name: 'Bo Li', verified: false, fingerprint: boCard.fingerprint });
    expect(boSeenByAna).not.toHaveProperty('ageRecipient');
    expect(await ana.call('exchange:export', { to: [boSeenByAna.id], scope: 'roll' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await ana.ok('officers:verify', { id: boSeenByAna.id });
    await bo.ok('officers:add', { card: anaCard.card, verified: true });

    await ana.ok('roll:add', { fields: { first_name: 'José', last_name: 'Núñez' } });
    const exported = await ana.ok('exchange:export', { to: [boSeenByAna.id], scope: 'roll' });
    expect(exported).toMatchObject({ members: 1, recipients: ['Bo Li'], fileName: expect.stringMatching(/\.age$/) });

    const preview = await bo.ok('exchange:preview', { fileName: exported.fileName, contentBase64: exported.contentBase64 });
    expect(preview).toMatchObject({ new: 1, signer: { name: 'Ana Reyes', status: 'verified' }, details: [{ kind: 'new', name: 'José Núñez' }] });
    expect((await bo.ok('roll:list', {})).total).toBe(0);
    await bo.ok('exchange:apply', { importId: preview.importId, acceptUnverifiedSigner: false });
    expect((await bo.ok('roll:list', { search: 'jose' })).rows.map((member) => member.last_name)).toEqual(['Núñez']);
    expect((await bo.ok('officers:list', {})).find((entry) => entry.name === 'Ana Reyes')?.lastImportAt).not.toBe('');

    // Locking drops the held file: an old preview cannot be applied afterwards.
    const again = await bo.ok('exchange:preview', { fileName: exported.fileName, contentBase64: exported.contentBase64 });
    const { state } = { state: await bo.ok('vault:lock', {}) };
    await bo.ok('vault:unlock', { vaultId: state.vaults[0]!.id, passphrase: PASSPHRASE });
    expect(await bo.call('exchange:apply', { importId: again.importId, acceptUnverifiedSigner: false })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    ana.service.dispose();
    bo.service.dispose();
  });
});
