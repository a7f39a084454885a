import { beforeEach, describe, expect, it } from 'vitest';
import { all, get, sql } from '../../src/main/db/sql';
import { fieldClocks, memberRecordOf, packClocks, SYNCED_MEMBER_FIELDS } from '../../src/main/exchange/records';
import { readAudit } from '../../src/main/core/audit';
import type { VaultContext } from '../../src/main/core/context';
import { applyImport, mappingFor, readImportFile } from '../../src/main/roll/import';
import { BULK_ROWS } from '../../src/main/roll/import-bulk';
import { listMembers } from '../../src/main/roll/query';
import { useTempVaults } from '../helpers/temp';

const temp = useTempVaults();
let context: VaultContext;
beforeEach(async () => ({ context } = await temp.rollContext()));

/** A roll of `count` people, from `first` on; `bad` puts an unreadable e-mail on that row. */
function rollCsv(count: number, first = 0, bad?: number): Uint8Array {
  const lines = ['First Name,Last Name,Email,Phone,Building,Notes'];
  for (let n = first; n < first + count; n++) {
    const phone = `212${String(1_000_000 + n).padStart(7, '0')}`;
    lines.push(`Person${n},Family${n},${n === bad ? 'not-an-email' : `p${n}@example.org`},${phone},Tower ${n % 7},note ${n}`);
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

async function importRoll(bytes: Uint8Array) {
  const parsed = readImportFile(bytes);
  const { mapping } = mappingFor(context, parsed.headers);
  return applyImport(context, { fileName: 'big.csv', parsed }, { mapping, onMatch: 'create' });
}

/** Every index, trigger and view of the vault, as SQL: a bulk import must leave it exactly so. */
const schema = (): string[] =>
  all<{ sql: string }>(context.db, sql`SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger', 'view') AND sql IS NOT NULL ORDER BY name`).map((row) => row.sql);

const found = (search: string): string[] => listMembers(context, { search }).rows.map((member) => member.first_name);

describe('large CSV imports', () => {
  it('index every new member for search and leave the schema as it was', async () => {
    const before = schema();
    const result = await importRoll(rollCsv(BULK_ROWS + 500));
    expect(result).toMatchObject({ applied: true, imported: BULK_ROWS + 500, errorCount: 0 });
    expect(schema()).toEqual(before);
    expect(found('Person1777')).toEqual(['Person1777']);
    expect(found('family2499')).toEqual(['Person2499']);
    expect(found('(212) 100-0042')).toEqual(['Person42']);
    expect(listMembers(context, { filter: { buildings: ['Tower 3'] } }).total).toBe(Math.ceil((BULK_ROWS + 500 - 3) / 7));
    // One audit entry per member, naming the file.
    const audit = get<{ n: number; members: number }>(context.db, sql`SELECT count(*) AS n, count(DISTINCT entity_id) AS members FROM audit_log WHERE action = 'import' AND note = 'big.csv'`);
    expect(audit).toEqual({ n: BULK_ROWS + 500, members: BULK_ROWS + 500 });
    // Each names the member's line, as a single import entry does (Person1777 is on line 1,779).
    const [person] = listMembers(context, { search: 'Person1777' }).rows;
    expect(readAudit(context, 'member', person!.id)).toEqual([
      expect.objectContaining({ action: 'import', note: 'big.csv', changes: [{ field: 'line', before: '', after: '1779' }] }),
    ]);
    expect(context.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('into a larger roll keep its indexes and still index the new members', async () => {
    await importRoll(rollCsv(BULK_ROWS + 200));
    const before = schema();
    const result = await importRoll(rollCsv(BULK_ROWS, 10_000));
    expect(result).toMatchObject({ applied: true, imported: BULK_ROWS });
    expect(schema()).toEqual(before);
    expect(found('Person10999')).toEqual(['Person10999']);
    expect(found('Person2100')).toEqual(['Person2100']);
    expect(listMembers(context).total).toBe(2 * BULK_ROWS + 200);
  });

  it('with one wrong row at the end import nothing and leave the schema as it was', async () => {
    const before = schema();
    const result = await importRoll(rollCsv(BULK_ROWS + 100, 0, BULK_ROWS + 99));
    expect(result).toMatchObject({ applied: false, imported: 0, errorCount: 1 });
    expect(result.errors).toEqual([{ row: BULK_ROWS + 101, field: 'email', message: '"not-an-email" is not an e-mail address' }]);
    expect(schema()).toEqual(before);
    expect(listMembers(context).total).toBe(0);
    expect(get<{ n: number }>(context.db, sql`SELECT count(*) AS n FROM audit_log`)!.n).toBe(0);
    // The search index got nothing either: a later import finds only its own members.
    await importRoll(rollCsv(3, 50_000));
    expect(found('Person')).toHaveLength(3);
  });

  it('store one stamp for a new member, and export one per field', async () => {
    await importRoll(rollCsv(2));
    const row = get<Parameters<typeof memberRecordOf>[0]>(context.db, sql`SELECT * FROM members LIMIT 1`)!;
    const stored = JSON.parse(row.clocks) as Record<string, string>;
    expect(Object.keys(stored)).toEqual(['']);
    const record = memberRecordOf(row);
    expect(Object.keys(record.clocks).sort()).toEqual([...SYNCED_MEMBER_FIELDS].sort());
    expect(new Set(Object.values(record.clocks))).toEqual(new Set([stored['']]));
  });
});

describe('stored clocks', () => {
  it('pack to the short form and back to the same stamps', () => {
    const full = Object.fromEntries(SYNCED_MEMBER_FIELDS.map((field) => [field, 'b']));
    const cases: Record<string, string>[] = [
      full,
      { ...full, phone: 'c', notes: 'a' },
      // A field without a stamp stays without one.
      Object.fromEntries(Object.entries({ ...full, phone: 'c' }).filter(([field]) => field !== 'deleted_at')),
      { first_name: 'x', last_name: 'y' },
      {},
    ];
    for (const clocks of cases) expect(fieldClocks(packClocks(clocks))).toEqual(clocks);
    expect(packClocks(full).length).toBeLessThan(20);
  });
});
