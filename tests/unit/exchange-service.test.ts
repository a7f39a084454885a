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

describe('locking while a file is being applied', () => {
  it('stops the import cleanly: one sentence, nothing half-written, the vault opens intact', async () => {
    const ana = await officer('Ana Reyes');
    const bo = await officer('Bo Li');
    const boAtAna = await ana.ok('officers:add', { card: (await bo.ok('officers:card', {})).card, verified: true });
    await bo.ok('officers:add', { card: (await ana.ok('officers:card', {})).card, verified: true });
    const members = Array.from({ length: 6000 }, (_, index) => `Member${index},Family${index % 50}`).join('\n');
    const csv = Buffer.from(`first_name,last_name\n${members}\n`).toString('base64');
    const csvPreview = await ana.ok('roll:importPreview', { fileName: 'roll.csv', contentBase64: csv });
    await ana.ok('roll:importApply', { importId: csvPreview.importId, mapping: csvPreview.mapping, onMatch: 'create' });
    const exported = await ana.ok('exchange:export', { to: [boAtAna.id], scope: 'roll' });
    const preview = await bo.ok('exchange:preview', { fileName: exported.fileName, contentBase64: exported.contentBase64 });

    // The officer locks (or the laptop sleeps) once the merge is under way.
    const underWay = new Promise<void>((resolve) => {
      const stop = bo.service.on((event, payload) => {
        if (event !== 'work:progress') return;
        const { operation, done, total } = payload as { operation: string; done: number; total: number };
        if (operation === 'exchange-import' && done > 0 && done < total) {
          stop();
          resolve();
        }
      });
    });
    const applying = bo.call('exchange:apply', { importId: preview.importId, acceptUnverifiedSigner: false });
    await underWay;
    const { vaults } = await bo.ok('vault:lock', {});
    const result = await applying;
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED', message: expect.stringMatching(/locked before .* nothing of it was saved/) } });
    await bo.ok('vault:unlock', { vaultId: vaults[0]!.id, passphrase: PASSPHRASE });
    // None of the file: its transaction was rolled back; the search index agrees.
    expect((await bo.ok('roll:list', {})).total).toBe(0);
    expect((await bo.ok('roll:list', { search: 'member599' })).total).toBe(0);
    // And the same file still applies in full afterwards.
    const again = await bo.ok('exchange:preview', { fileName: exported.fileName, contentBase64: exported.contentBase64 });
    await bo.ok('exchange:apply', { importId: again.importId, acceptUnverifiedSigner: false });
    expect((await bo.ok('roll:list', {})).total).toBe(6000);
    ana.service.dispose();
    bo.service.dispose();
  }, 120_000);
});
