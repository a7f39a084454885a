/**
 * Importing a roll from CSV: read and map the columns (a preview, nothing written), then check
 * every row and apply all of them in one transaction — or none, if any row is wrong.
 */
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { ColumnMapping, CustomField, ImportResult, ImportRowError, MatchPolicy, MemberInput } from '../../shared/roll';
import { all, get, run, sql } from '../db/sql';
import { UserError } from '../errors';
import { nextStamp } from '../core/clock';
import { recordAudit } from '../core/audit';
import type { VaultContext } from '../core/context';
import { listCustomFields } from './custom-fields';
import { CsvError } from './csv/errors';
import { suggestMapping } from './csv/mapping';
import { FULL_NAME_FAMILY_FIRST_KEY, FULL_NAME_KEY, FULL_NAME_KEYS, splitFullName } from '../../shared/full-name';
import { stripFormulaGuard } from './csv/formula-guard';
import { parseCsv, type ParsedCsv } from './csv/read';
import { isCanonicalMemberField } from './fields';
import { deferIndexing, recordImportAudits, type BulkIndexing } from './import-bulk';
import { EMPTY_MEMBER, findMemberRow, inputFromStrings, insertMember, normalizeMember, pick, rowToMember, writeMemberChanges } from './members';
import { foldText, splitMulti } from './normalize';

const CHUNK = 2000;

export interface PendingImport {
  fileName: string;
  parsed: ParsedCsv;
}

function mappingSignature(headers: string[]): string {
  return headers.map(foldText).join('\u0001');
}

export function readImportFile(bytes: Uint8Array, encoding?: string): ParsedCsv {
  try {
    return parseCsv(bytes, encoding ? { encoding } : {});
  } catch (error) {
    if (error instanceof CsvError) throw new UserError('INVALID_INPUT', error.message);
    throw error;
  }
}

/** The mapping saved for files with these headers, else one suggested from the header names. */
export function mappingFor(context: VaultContext, headers: string[]): { mapping: (string | null)[]; saved: boolean } {
  const saved = get<{ mapping: string }>(context.db, sql`SELECT mapping FROM csv_mappings WHERE signature = ${mappingSignature(headers)}`);
  if (saved) return { mapping: JSON.parse(saved.mapping) as (string | null)[], saved: true };
  const custom = listCustomFields(context.db).map((field) => ({ key: field.key, label: field.label }));
  return { mapping: suggestMapping(headers, custom), saved: false };
}

function checkMapping(customFields: CustomField[], headers: string[], mapping: ColumnMapping): void {
  if (mapping.length > headers.length) throw new UserError('INVALID_INPUT', 'The column mapping has more columns than the file.');
  const customKeys = new Set(customFields.map((field) => field.key));
  const seen = new Set<string>();
  for (const target of mapping) {
    if (target === null) continue;
    if (!isCanonicalMemberField(target) && !FULL_NAME_KEYS.includes(target) && !customKeys.has(target)) {
      throw new UserError('INVALID_INPUT', `"${target}" is not a member field.`);
    }
    if (seen.has(target)) throw new UserError('INVALID_INPUT', `Two columns are mapped to ${target}; map it once.`);
    seen.add(target);
  }
  if (!['first_name', 'last_name', 'preferred_name', ...FULL_NAME_KEYS].some((field) => seen.has(field))) {
    throw new UserError('INVALID_INPUT', 'Map at least one column to a name (first name, last name or full name).');
  }
}

/** Existing members by each e-mail and each full phone number, to recognize a row we already have. */
function matchIndex(context: VaultContext): Map<string, string> {
  const index = new Map<string, string>();
  for (const row of all<{ id: string; email: string; phone_digits: string }>(context.db, sql`SELECT id, email, phone_digits FROM members WHERE deleted_at = ''`)) {
    for (const email of splitMulti(row.email)) index.set(`e:${email}`, row.id);
    for (const digits of row.phone_digits.split(' ')) if (digits.length >= 10) index.set(`p:${digits}`, row.id);
  }
  return index;
}

/** A row's values into a member already written: empty cells never blank out what the roll knows. */
function mergeIntoMember(context: VaultContext, id: string, input: MemberInput, customFields: CustomField[], note: string): void {
  const before = rowToMember(findMemberRow(context.db, id)!, context);
  const { id: _id, standing: _s, created_at: _c, updated_at: _u, ...beforeFields } = before;
  const nonEmpty = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== '' && value !== null));
  const merged = normalizeMember(beforeFields, nonEmpty, context, customFields);
  const changed = writeMemberChanges(context, id, beforeFields, merged.fields, merged.phoneDigits);
  if (changed.length) {
    recordAudit(context, { entity: 'member', entityId: id, action: 'import', before: pick(beforeFields, changed), after: pick(merged.fields, changed), note });
  }
}

export interface ImportOptions {
  mapping: ColumnMapping;
  onMatch: MatchPolicy;
  dryRun?: boolean;
  progress?: (done: number, total: number) => void;
}

/**
 * Checks every row and, unless it is a dry run, writes it as it goes, in one transaction that
 * is committed only if no row was wrong. Rows are not held in memory between checking and
 * writing (at 100,000 members that was over 100 MB); a wrong row rolls back what was written
 * and the remaining rows are only checked, so every error is still reported.
 */
export async function applyImport(context: VaultContext, pending: PendingImport, options: ImportOptions): Promise<ImportResult> {
  const { headers, rows } = pending.parsed;
  const customFields = listCustomFields(context.db);
  checkMapping(customFields, headers, options.mapping);
  const index = matchIndex(context);
  const errors: ImportRowError[] = [];
  let imported = 0;
  let updated = 0;
  let skipped = 0;
  const claimed = new Map<string, number>(); // existing member id → line that updates it
  // Each e-mail and phone of the rows this file adds → that row's line and new member's id.
  const inFile = new Map<string, { line: number; id: string }>();
  const repeats: ImportResult['repeats'] = [];
  // Repeats merged into a member this import adds: applied once the new rows are indexed.
  const merges: { id: string; input: MemberInput; line: number }[] = [];
  const total = rows.length;
  // Indexing the new rows at the end is about a third of a large import.
  const finishing = options.dryRun ? 0 : Math.ceil(total / 2);
  const progressTotal = total + finishing;

  const db = context.db;
  let writing = !options.dryRun;
  let bulk: BulkIndexing | null = null;
  let stamp = '';
  let ids: string[] = [];
  const importedLines: number[] = [];
  const stopWriting = (): void => {
    if (db.open && db.inTransaction) run(db, sql`ROLLBACK`);
    writing = false;
  };
  if (writing) {
    run(db, sql`BEGIN IMMEDIATE`);
    bulk = deferIndexing(db, total);
    stamp = nextStamp(db, context.officerId, context.now().getTime());
    // New members' ids in sorted order: the id index and the audit log's index then grow at
    // their ends instead of at random places (the ids are as random as ever).
    ids = Array.from({ length: total }, () => randomUUID()).sort();
  }

  try {
    for (let start = 0; start < rows.length; start += CHUNK) {
      const end = Math.min(start + CHUNK, total);
      for (let position = start; position < end; position++) {
        const row = rows[position]!;
        const values: Record<string, string> = {};
        options.mapping.forEach((target, column) => {
          if (target === null) return;
          // Our own exports guard formulas with a leading apostrophe; take it off again.
          const cell = stripFormulaGuard(row.cells[column] ?? '');
          if (target === FULL_NAME_KEY) Object.assign(values, splitFullName(cell));
          else if (target === FULL_NAME_FAMILY_FIRST_KEY) Object.assign(values, splitFullName(cell, { familyFirst: true }));
          else values[target] = cell;
        });
        if (Object.values(values).every((value) => !value.trim())) {
          skipped++;
          continue;
        }
        const { input, errors: parseErrors } = inputFromStrings(values, customFields);
        const normalized = normalizeMember(EMPTY_MEMBER, input, context, customFields);
        const rowErrors = [...parseErrors, ...normalized.errors];
        if (rowErrors.length > 0) {
          for (const error of rowErrors) errors.push({ row: row.line, ...error });
          if (writing) stopWriting();
          continue;
        }
        const keys = [
          ...splitMulti(normalized.fields.email).map((email) => `e:${email}`),
          ...normalized.phoneDigits.split(' ').filter((digits) => digits.length >= 10).map((digits) => `p:${digits}`),
        ];
        const existingId = keys.map((key) => index.get(key)).find(Boolean);
        if (existingId && options.onMatch === 'skip') {
          skipped++;
          continue;
        }
        if (existingId && options.onMatch === 'update') {
          if (claimed.has(existingId)) {
            errors.push({ row: row.line, field: 'email', message: `matches the same member as the row on line ${claimed.get(existingId)}` });
            if (writing) stopWriting();
            continue;
          }
          claimed.set(existingId, row.line);
          updated++;
          if (!writing) continue;
          mergeIntoMember(context, existingId, input, customFields, pending.fileName);
          continue;
        }
        // A row repeating an earlier row of this file is handled as a match on the roll is.
        const repeatKey = keys.find((key) => inFile.has(key));
        if (repeatKey && repeats.length < 1000) {
          repeats.push({ row: row.line, of: inFile.get(repeatKey)!.line, field: repeatKey.startsWith('e:') ? 'email' : 'phone' });
        }
        if (repeatKey && options.onMatch !== 'create') {
          const earlier = inFile.get(repeatKey)!;
          if (options.onMatch === 'skip') skipped++;
          else {
            updated++;
            if (writing) merges.push({ id: earlier.id, input, line: row.line });
          }
          continue;
        }
        imported++;
        const id = writing ? ids[imported - 1]! : '';
        for (const key of keys) if (!inFile.has(key)) inFile.set(key, { line: row.line, id });
        if (!writing) continue;
        insertMember(context, normalized.fields, normalized.phoneDigits, { stamp, id });
        importedLines.push(row.line);
      }
      options.progress?.(end, progressTotal);
      await yieldToEventLoop();
      if (writing && !db.open) throw new UserError('VAULT_LOCKED', 'The vault was locked during the import; nothing was imported.');
    }

    const result = { total, imported, updated, skipped, errors: errors.slice(0, 1000), errorCount: errors.length, repeats, applied: false };
    if (errors.length > 0) return { ...result, imported: 0, updated: 0 };
    if (!writing) return result;

    bulk!.finish((step, steps) => options.progress?.(total + Math.round((finishing * step) / steps), progressTotal));
    // After the indexes: written among the rows, these pages pushed the rows out of the cache
    // that the index builds read them from.
    recordImportAudits(context, ids, importedLines, pending.fileName);
    for (const merge of merges) mergeIntoMember(context, merge.id, merge.input, customFields, `${pending.fileName}, line ${merge.line}`);
    run(
      db,
      sql`INSERT INTO csv_mappings (signature, mapping, used_at) VALUES (${mappingSignature(headers)}, ${JSON.stringify(options.mapping)}, ${context.now().toISOString()})
          ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, used_at = excluded.used_at`,
    );
    run(db, sql`COMMIT`);
    return { ...result, applied: true };
  } catch (error) {
    if (db.open && db.inTransaction) run(db, sql`ROLLBACK`);
    if (!db.open) throw new UserError('VAULT_LOCKED', 'The vault was locked during the import; nothing was imported.');
    throw error;
  }
}
