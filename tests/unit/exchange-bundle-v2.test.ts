import { createHash } from 'node:crypto';
import { armor } from 'age-encryption';
import { beforeEach, describe, expect, it } from 'vitest';
import { get, sql } from '../../src/main/db/sql';
import { sealBundle } from '../../src/main/exchange/bundle';
import { applyImportFile, exportForOfficers, previewImport } from '../../src/main/exchange/exchange';
import { selfIdentity } from '../../src/main/exchange/officers';
import { readConversationRecords, readMemberRecords } from '../../src/main/exchange/records';
import type { VaultContext } from '../../src/main/core/context';
import { defineCustomField, listCustomFields } from '../../src/main/roll/custom-fields';
import { applyImport, mappingFor, readImportFile } from '../../src/main/roll/import';
import { addMember, getMember } from '../../src/main/roll/members';
import { listMembers } from '../../src/main/roll/query';
import { loadSodium } from '../../src/main/core/sodium';
import { snapshot } from '../helpers/files';
import { useTempVaults } from '../helpers/temp';
import { twoVerifiedOfficers } from '../helpers/exchange';

const temp = useTempVaults();
let ana: VaultContext, bo: VaultContext, boDir: string;
beforeEach(async () => ({ ana, bo, boDir } = await twoVerifiedOfficers(temp.path, temp.opened)));

const toBo = async () => (await exportForOfficers(ana, { to: [selfIdentity(bo.db).officerId], scope: 'roll' })).file;

describe('exports, version 2', () => {
  it('carry custom field definitions: new ones are added, one with another type keeps ours and is reported', async () => {
    defineCustomField(ana, { key: 'shirt_size', label: 'Shirt size', type: 'choice', choices: ['S', 'M', 'L'] });
    defineCustomField(ana, { key: 'dues_rate', label: 'Dues rate', type: 'number', choices: [] });
    defineCustomField(bo, { key: 'dues_rate', label: 'Dues rate', type: 'text', choices: [] });
    const member = addMember(ana, { first_name: 'Ana', custom: { shirt_size: 'm', dues_rate: '12.5' } });
    const file = await toBo();

    const before = snapshot(boDir);
    const preview = await previewImport(bo, file);
    expect(preview.customFields).toEqual({ added: ['Shirt size'], conflicts: [{ key: 'dues_rate', label: 'Dues rate', ours: 'text', theirs: 'number' }] });
    expect(snapshot(boDir)).toEqual(before);

    await applyImportFile(bo, file, {});
    expect(listCustomFields(bo.db)).toEqual([
      { key: 'dues_rate', label: 'Dues rate', type: 'text', choices: [] },
      { key: 'shirt_size', label: 'Shirt size', type: 'choice', choices: ['S', 'M', 'L'] },
    ]);
    expect(getMember(bo, member.id).custom).toEqual({ shirt_size: 'M', dues_rate: '12.5' });
    // The same file again is reported as imported before; a new file adds nothing and still reports the difference.
    expect((await applyImportFile(bo, file, {})).alreadyImportedAt).not.toBe('');
    expect((await applyImportFile(bo, await toBo(), {})).customFields).toEqual({ added: [], conflicts: [expect.objectContaining({ key: 'dues_rate' })] });
  });

  it('arrive with the same fields and stamps as the sender has, and about a quarter of version 1 in size', async () => {
    for (let n = 0; n < 50; n++) addMember(ana, { first_name: `Person ${n}`, phone: `212555${String(1000 + n)}`, notes: n % 2 ? 'x' : '' });
    const file = await toBo();
    await applyImportFile(bo, file, {});
    const strip = (records: ReturnType<typeof readMemberRecords>) => records.map(({ id, fields, clocks, created_at }) => ({ id, fields, clocks, created_at }));
    expect(strip(readMemberRecords(bo.db))).toEqual(strip(readMemberRecords(ana.db)));
    const fullSize = JSON.stringify({ members: readMemberRecords(ana.db), conversations: [] }).length;
    expect(file.length).toBeLessThan(fullSize / 2);
  });

  it('report progress while exporting and importing, up to the end', async () => {
    for (let n = 0; n < 30; n++) addMember(ana, { first_name: `Person ${n}` });
    const reports: [string, number, number][] = [];
    const { file } = await exportForOfficers(ana, { to: [selfIdentity(bo.db).officerId], scope: 'roll' }, (done, total) => reports.push(['export', done, total]));
    await previewImport(bo, file, undefined, (done, total) => reports.push(['preview', done, total]));
    await applyImportFile(bo, file, { progress: (done, total) => reports.push(['apply', done, total]) });
    for (const kind of ['export', 'preview', 'apply']) {
      const mine = reports.filter(([name]) => name === kind);
      expect(mine.length).toBeGreaterThan(2);
      expect(mine.map(([, done]) => done)).toEqual([...mine.map(([, done]) => done)].sort((a, b) => a - b));
      expect(mine.at(-1)!.slice(1)).toEqual([1000, 1000]);
    }
  });

  it('read a version 1 file, as earlier versions wrote them', async () => {
    const member = addMember(ana, { first_name: 'Ana', last_name: 'Reyes', phone: '(212) 555-0142' });
    const sodium = await loadSodium();
    const self = selfIdentity(ana.db);
    const records = new TextEncoder().encode(JSON.stringify({ members: readMemberRecords(ana.db), conversations: readConversationRecords(ana.db, null) }));
    const manifest = new TextEncoder().encode(
      JSON.stringify({
        format: 'chapterhouse-bundle',
        version: 1,
        sender: { officerId: self.officerId, name: self.name, signingKey: Buffer.from(self.signingPublicKey).toString('base64'), ageRecipient: self.ageRecipient },
        createdAt: new Date().toISOString(),
        scope: { kind: 'roll', description: 'the roll' },
        counts: { members: 1, conversations: 0 },
        recordsBytes: records.length,
        recordsSha256: createHash('sha256').update(records).digest('hex'),
      }),
    );
    const signature = Buffer.from(sodium.crypto_sign_detached(manifest, self.signingSecretKey)).toString('base64');
    const bundle = Buffer.concat([manifest, Buffer.from(`\n${signature}\n`), records]);
    const file = await sealBundle(bundle, { recipients: [selfIdentity(bo.db).ageRecipient] });
    expect(await applyImportFile(bo, file, {})).toMatchObject({ new: 1 });
    expect(getMember(bo, member.id)).toMatchObject({ first_name: 'Ana', phone: '(212) 555-0142' });
  });

  it('open when ASCII-armored, as `age --armor` writes them', async () => {
    addMember(ana, { first_name: 'Ana' });
    const armored = new TextEncoder().encode(armor.encode(await toBo()));
    expect((await previewImport(bo, armored)).new).toBe(1);
  });

  it('a large merge writes its audit entries and search index for every member', async () => {
    const csv = ['First Name,Last Name', ...Array.from({ length: 2100 }, (_, n) => `Bulk${n},Member`)].join('\n');
    const parsed = readImportFile(new TextEncoder().encode(csv));
    await applyImport(ana, { fileName: 'bulk.csv', parsed }, { mapping: mappingFor(ana, parsed.headers).mapping, onMatch: 'create' });
    await applyImportFile(bo, await toBo(), {});
    expect(listMembers(bo, { search: 'bulk1999' }).rows.map((row) => row.first_name)).toEqual(['Bulk1999']);
    expect(get<{ n: number }>(bo.db, sql`SELECT count(*) AS n FROM audit_log WHERE action = 'sync create'`)!.n).toBe(2100);
  });
});
