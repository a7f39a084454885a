/** Roll figures: CSV import, first page, search (encrypted and plain), on seeded members. */
import { vaultContext } from '../src/main/vault-context';
import { join } from 'node:path';
import type { Db } from '../src/main/db/connection';
import { syntheticPeople } from '../src/main/demo/synthetic';
import type { VaultContext } from '../src/main/core/context';
import { toCsv } from '../src/main/roll/csv/write';
import { applyImport, mappingFor, readImportFile } from '../src/main/roll/import';
import { listMembers } from '../src/main/roll/query';
import { identifier, sql } from '../src/main/db/sql';
import { readSettings } from '../src/main/vault/settings';
import type { OpenVault } from '../src/main/vault/vault';

/**
 * The CSV file in 5,000-row pieces: the bench's own making of the file should not add a second
 * copy of the whole roll to the peak memory it reports for the app.
 */
export function syntheticRollCsv(count: number, seed = 42): Uint8Array {
  const headers = ['First Name', 'Last Name', 'Email', 'Phone', 'Street', 'Unit', 'Building', 'Languages', 'Assessment', 'Join Date', 'Notes'];
  const headerText = toCsv(headers, []);
  const pieces: Buffer[] = [Buffer.from(headerText)];
  let rows: string[][] = [];
  const flush = () => {
    pieces.push(Buffer.from(toCsv(headers, rows).slice(headerText.length)));
    rows = [];
  };
  for (const person of syntheticPeople(count, seed)) {
    rows.push([
      person.firstName,
      person.lastName,
      person.email,
      person.phone,
      person.street,
      person.unit,
      person.building,
      person.language,
      String(person.assessment),
      person.joinDate,
      'Met at the tenants meeting',
    ]);
    if (rows.length === 5000) flush();
  }
  if (rows.length > 0) flush();
  return new Uint8Array(Buffer.concat(pieces));
}

/** Name fragments, partial words and phone numbers, as an organizer types them. */
export const SEARCH_QUERIES = ['ana', 'reyes', 'ngu', 'garc', 'jose', 'kowal', 'priya pat', 'okaf', 'maple', '555-0142', '(212) 555-0142', 'rossi', 'mei', 'hern', 'tomas', 'ossi'];

export function rollContextOf(vault: OpenVault): VaultContext {
  return vaultContext(vault, () => new Date('2026-06-15T12:00:00Z'));
}

export async function importSynthetic(context: VaultContext, count: number): Promise<number> {
  const parsed = readImportFile(syntheticRollCsv(count));
  const { mapping } = mappingFor(context, parsed.headers);
  const start = performance.now();
  const result = await applyImport(context, { fileName: 'bench.csv', parsed }, { mapping, onMatch: 'create' });
  if (!result.applied) throw new Error(`bench import failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return performance.now() - start;
}

export function searchTimes(context: VaultContext, rounds = 5): number[] {
  const samples: number[] = [];
  // One round first to fill the page cache, as a session does after the first few searches.
  for (const search of SEARCH_QUERIES) listMembers(context, { search, limit: 100 });
  for (let round = 0; round < rounds; round++) {
    for (const search of SEARCH_QUERIES) {
      const start = performance.now();
      listMembers(context, { search, limit: 100 });
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

/** An unencrypted copy of the same database, to show what encryption costs. */
export function plainCopy(db: Db, dir: string): string {
  const path = join(dir, 'plain.db');
  db.prepare(`ATTACH DATABASE ? AS plain KEY ''`).run(path);
  try {
    const schema = db.prepare(`SELECT type, name, sql FROM main.sqlite_master WHERE sql IS NOT NULL AND NOT (type = 'table' AND name LIKE '%\\_search\\_%' ESCAPE '\\') AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END`).all() as { type: string; name: string; sql: string }[];
    for (const item of schema.filter((entry) => entry.type !== 'trigger')) {
      db.exec(item.sql.replace(/^CREATE (UNIQUE )?(INDEX|TABLE|VIRTUAL TABLE|VIEW) /, (match) => `${match}plain.`));
    }
    for (const item of schema.filter((entry) => entry.type === 'trigger')) {
      db.exec(item.sql.replace(/^CREATE TRIGGER /, 'CREATE TRIGGER plain.').replace(/ ON members /, ' ON members '));
    }
    for (const table of ['meta', 'officers', 'settings', 'members']) db.exec(sql`INSERT INTO plain.${identifier(table)} SELECT * FROM main.${identifier(table)}`.text);
    // The index's ranking weights are its own configuration, not part of its schema.
    db.exec(`INSERT INTO plain.members_search (members_search, rank) VALUES ('rank', 'bm25(10.0, 5.0, 2.0, 1.0)')`);
  } finally {
    db.exec('DETACH DATABASE plain');
  }
  return path;
}
