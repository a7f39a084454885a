import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import type { VaultContext } from '../../src/main/core/context';
import { exportRollCsv } from '../../src/main/roll/export';
import { applyImport, mappingFor, readImportFile, type PendingImport } from '../../src/main/roll/import';
import { splitFullName } from '../../src/shared/full-name';
import { addMember } from '../../src/main/roll/members';
import { listMembers } from '../../src/main/roll/query';
import { snapshot } from '../helpers/files';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();
let context: VaultContext, vaultDir: string;
beforeEach(async () => ({ context, dir: vaultDir } = await temp.rollContext()));

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function pending(bytes: Uint8Array, fileName = 'roll.csv'): PendingImport {
  return { fileName, parsed: readImportFile(bytes) };
}

async function importText(text: string | Uint8Array, onMatch: 'update' | 'skip' | 'create' = 'update') {
  const item = pending(typeof text === 'string' ? utf8(text) : text);
  const { mapping } = mappingFor(context, item.parsed.headers);
  return applyImport(context, item, { mapping, onMatch });
}

const names = (): string[] => listMembers(context).rows.map((member) => `${member.first_name} ${member.last_name}`);

describe('CSV import', () => {
  it('maps English headers, normalizes every value, and reports counts', async () => {
    const result = await importText(
      'First Name,Last Name,E-mail,Phone,Apt,Building,Tags,Member since\r\n' +
        'Ana,Reyes,ANA@example.org,555.123.4567,4B,Maple Court,"steward, committee",3/5/2024\r\n' +
        '\r\n' +
        'Bo,Li,bo@example.org,(555) 222-3333,2A,Maple Court,,\r\n',
    );
    expect(result).toEqual({ total: 2, imported: 2, updated: 0, skipped: 0, errors: [], errorCount: 0, repeats: [], applied: true });
    const [ana] = listMembers(context, { search: 'reyes' }).rows;
    expect(ana).toMatchObject({ email: 'ana@example.org', phone: '(555) 123-4567', unit: '4B', join_date: '2024-03-05', tags: 'steward, committee' });
  });

  it('maps Spanish headers and splits a full-name column', async () => {
    const result = await importText('Nombre completo;Correo electrónico;Teléfono;Edificio\nJosé Núñez;jose@example.org;5551112222;Riverside\n');
    expect(result.imported).toBe(1);
    expect(listMembers(context).rows[0]).toMatchObject({ first_name: 'José', last_name: 'Núñez', building: 'Riverside', email: 'jose@example.org' });
  });

  it('reads Windows-1252 files as Excel writes them', async () => {
    const bytes = iconv.encode('First Name,Last Name\r\nJosé,Müller\r\n', 'win1252');
    await importText(new Uint8Array(bytes));
    expect(names()).toEqual(['José Müller']);
  });

  it('applies nothing when any row is wrong, and says which rows and why', async () => {
    const before = snapshot(vaultDir);
    const result = await importText('First Name,Email,Phone,Assessment\nAna,ana@example.org,,3\nBo,not-an-email,,2\n,,,\nCy,,12,9\n');
    expect(result.applied).toBe(false);
    expect(result.imported).toBe(0);
    expect(result.errors).toEqual([
      { row: 3, field: 'email', message: '"not-an-email" is not an e-mail address' },
      { row: 5, field: 'assessment', message: 'assessment must be a whole number from 1 to 5, not "9"' },
      { row: 5, field: 'phone', message: '"12" is not a phone number' },
    ]);
    expect(listMembers(context).total).toBe(0);
    expect(snapshot(vaultDir)['vault.db']).toBe(before['vault.db']);
  });

  it('gives the line a row starts on, even after a quoted field with line breaks', async () => {
    const result = await importText('First Name,Notes,Email\nAna,"line one\nline two",ok@example.org\nBo,x,bad\n');
    expect(result.errors).toEqual([{ row: 4, field: 'email', message: '"bad" is not an e-mail address' }]);
  });

  it('for rows that match an existing member: update fills in, skip leaves, create adds', async () => {
    const existing = addMember(context, { first_name: 'Ana', last_name: 'Reyes', email: 'ana@example.org', notes: 'keep me' });
    const file = 'First Name,Last Name,Email,Building,Notes\nAna,Reyes-Cruz,ana@example.org,Maple Court,\n';
    expect(await importText(file, 'skip')).toMatchObject({ imported: 0, updated: 0, skipped: 1, applied: true });
    expect(await importText(file, 'update')).toMatchObject({ imported: 0, updated: 1, skipped: 0, applied: true });
    const updated = listMembers(context).rows[0]!;
    expect(updated).toMatchObject({ id: existing.id, last_name: 'Reyes-Cruz', building: 'Maple Court', notes: 'keep me' });
    expect(await importText(file, 'create')).toMatchObject({ imported: 1 });
    expect(listMembers(context).total).toBe(2);
  });

  it('matches on a phone number written another way', async () => {
    addMember(context, { first_name: 'Ana', phone: '(555) 123-4567' });
    expect(await importText('Name,Phone,Unit\nAna R,555.123.4567,4B\n')).toMatchObject({ updated: 1, imported: 0 });
  });

  it('remembers the mapping chosen for files with the same headers', async () => {
    const item = pending(utf8('Col A,Col B\nAna,Reyes\n'));
    expect(mappingFor(context, item.parsed.headers)).toEqual({ mapping: [null, null], saved: false });
    await applyImport(context, item, { mapping: ['first_name', 'last_name'], onMatch: 'update' });
    expect(mappingFor(context, ['col a', 'COL B'])).toEqual({ mapping: ['first_name', 'last_name'], saved: true });
  });

  it('refuses a mapping without a name, or with a field twice', async () => {
    const item = pending(utf8('A,B\nx,y\n'));
    await expect(applyImport(context, item, { mapping: ['email', null], onMatch: 'update' })).rejects.toThrow(/at least one column to a name/);
    await expect(applyImport(context, item, { mapping: ['first_name', 'first_name'], onMatch: 'update' })).rejects.toThrow(/mapped to first_name/);
  });

  it('a dry run counts without writing', async () => {
    const item = pending(utf8('First Name\nAna\nBo\n'));
    const result = await applyImport(context, item, { mapping: ['first_name'], onMatch: 'update', dryRun: true });
    expect(result).toMatchObject({ imported: 2, applied: false });
    expect(listMembers(context).total).toBe(0);
  });

  it('a malformed file gets one clear message', () => {
    expect(() => readImportFile(utf8('First Name,Notes\nAna,"never closed\n'))).toThrow(/quot/i);
    expect(() => readImportFile(utf8(''))).toThrow(/empty/);
  });

  it('reports progress', async () => {
    const item = pending(utf8(`First Name\n${Array.from({ length: 5000 }, (_, i) => `P${i}`).join('\n')}\n`));
    const seen: number[] = [];
    await applyImport(context, item, { mapping: ['first_name'], onMatch: 'create', progress: (done, total) => seen.push(done / total) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
  });
});

describe('splitting full names', () => {
  it.each([
    ['Ana María Reyes', 'Ana María', 'Reyes'],
    ['Reyes, Ana', 'Ana', 'Reyes'],
    ['Cher', 'Cher', ''],
    ['María José de la Cruz', 'María José', 'de la Cruz'],
    ['Ludwig van der Berg', 'Ludwig', 'van der Berg'],
    ['João da Silva', 'João', 'da Silva'],
    ['Maria dos Santos Lima', 'Maria', 'dos Santos Lima'],
    ['Ahmed bin Rashid', 'Ahmed', 'bin Rashid'],
    ['Omar al-Amin', 'Omar', 'al-Amin'],
    ['Layla Hassan al-Farsi', 'Layla Hassan', 'al-Farsi'],
  ])('%s', (full, first, last) => {
    expect(splitFullName(full)).toEqual({ first_name: first, last_name: last });
  });

  it('family name first, for a column written that way', () => {
    expect(splitFullName('Nguyen Thi Lan', { familyFirst: true })).toEqual({ first_name: 'Thi Lan', last_name: 'Nguyen' });
  });

  it('an import column can be family name first', async () => {
    const item = pending(utf8('Name,Phone\nNguyen Thi Lan,555-123-4567\n'));
    await applyImport(context, item, { mapping: ['full_name_family_first', 'phone'], onMatch: 'update' });
    expect(listMembers(context).rows[0]).toMatchObject({ first_name: 'Thi Lan', last_name: 'Nguyen' });
  });
});

describe('rows of one file that repeat each other', () => {
  const file = 'First Name,Last Name,E-mail,Phone,Unit\n' +
    'Ana,Reyes,ana@example.org,,\n' +
    'Bo,Li,,555-222-3333,\n' +
    'Ana,Reyes,ANA@example.org,555-123-4567,4B\n' +
    'Bob,Li,,(555) 222-3333,\n';

  it('are found at the check step, each with the line it repeats', async () => {
    const item = pending(utf8(file));
    const result = await applyImport(context, item, { mapping: mappingFor(context, item.parsed.headers).mapping, onMatch: 'update', dryRun: true });
    expect(result.repeats).toEqual([{ row: 4, of: 2, field: 'email' }, { row: 5, of: 3, field: 'phone' }]);
    expect(result).toMatchObject({ imported: 2, updated: 2, skipped: 0 });
    expect(listMembers(context).total).toBe(0);
  });

  it('are merged into the member the first row adds, never doubled', async () => {
    const result = await importText(file, 'update');
    expect(result).toMatchObject({ imported: 2, updated: 2, applied: true });
    expect(names()).toEqual(['Bob Li', 'Ana Reyes']);
    expect(listMembers(context, { search: 'reyes' }).rows[0]).toMatchObject({ email: 'ana@example.org', phone: '(555) 123-4567', unit: '4B' });
  });

  it('are skipped, or created, when the officer says so', async () => {
    expect(await importText(file, 'skip')).toMatchObject({ imported: 2, skipped: 2 });
    expect(names()).toEqual(['Bo Li', 'Ana Reyes']);
    const created = await importText('First Name,E-mail\nZoe,zoe@example.org\nZoe,zoe@example.org\n', 'create');
    expect(created).toMatchObject({ imported: 2, repeats: [{ row: 3, of: 2, field: 'email' }] });
  });
});

describe('CSV export', () => {
  it('writes canonical columns, neutralizes formulas, and imports back unchanged', async () => {
    addMember(context, { first_name: '=HYPERLINK("http://evil")', last_name: 'Reyes', phone: '+1 555 123 4567', notes: '@mention, "quoted"\nsecond line' });
    const { csv, count } = exportRollCsv(context);
    expect(count).toBe(1);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFfirst_name,last_name,preferred_name,pronouns,email,phone,street,unit,city,region,postal_code,workplace,department,shift,building,status,join_date,dues_paid_through,assessment,tags,languages,notes,organizer,organizing_committee,floor');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);

    const before = listMembers(context).rows[0]!;
    await importText(new TextEncoder().encode(csv), 'create');
    const all = listMembers(context).rows;
    expect(all).toHaveLength(2);
    const again = all.find((member) => member.id !== before.id)!;
    const { id: _a, created_at: _b, updated_at: _c, ...beforeFields } = before;
    const { id: _d, created_at: _e, updated_at: _f, ...againFields } = again;
    expect(againFields).toEqual(beforeFields);
  });
});
