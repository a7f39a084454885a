/**
 * Every record kind that travels between officers (campaigns, responses, contact attempts,
 * relationships, places, targets, issues…) is stored and merged the same way, declared once as
 * a SyncedKind: one table with one column per field, per-field clock stamps, and a tombstone.
 * Domains write their rows only through createSynced / updateSynced / deleteSynced, so stamps,
 * tombstones and the audit log are never written by hand; the exchange reads and merges every
 * declared kind with the same rules as members (last writer wins per field, deletion is final).
 *
 * Table convention (STRICT): id TEXT PRIMARY KEY, one column per field, clocks TEXT NOT NULL
 * DEFAULT '{}', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT NOT NULL
 * DEFAULT ''. A field whose schema refuses '' must accept null: that is what erasing leaves.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/connection';
import { all, assignments, get, identifier, identifiers, placeholders, prepare, raw, sql } from '../db/sql';
import { UserError } from '../errors';
import { nextStamp } from './clock';
import { recordAudit, type AuditRecord } from './audit';
import type { VaultContext } from './context';

export type SyncedValue = string | number | null;
export type SyncedFields = Record<string, SyncedValue>;

export interface SyncedKind {
  /** Its name in export files and the audit log: 'campaign', 'contact_attempt'… */
  name: string;
  /** Its table (an identifier from code, never from input). */
  table: string;
  /** The synced columns, with what an incoming value may be. */
  fields: Record<string, z.ZodType<SyncedValue>>;
  /**
   * Columns holding member ids. A scoped export carries the record only when every one of them
   * names a member in scope; an incoming record naming a member this vault does not have (or
   * has deleted) is refused; deleting a member erases the records that name them.
   */
  memberColumns?: readonly string[];
  /** Instead of memberColumns: the ids of the records a scoped export carries. */
  scope?: (db: Db, memberIds: ReadonlySet<string>) => Set<string>;
  /** Travels only in exports that explicitly include it. */
  optIn?: 'relationships';
  /** Further refusals of an incoming record: one plain sentence, or null when it may be applied. */
  check?: (db: Db, fields: SyncedFields) => string | null;
  /** The import preview's words for a record ("campaign “Card drive”"). */
  describe: (fields: SyncedFields) => string;
}

/** A record as it travels: its fields (deleted_at among them) with the stamp of each field's last write. */
export interface SyncedRecord {
  id: string;
  fields: SyncedFields;
  clocks: Record<string, string>;
  created_at: string;
}

/** The wire shape every kind shares; each kind's own fields are checked by {@link refusalOf}. */
export const SyncedRecordSchema = z
  .object({
    id: z.string().uuid(),
    fields: z.record(z.string().max(60), z.union([z.string().max(50_000), z.number(), z.null()])),
    clocks: z.record(z.string().max(60), z.string().max(200)),
    created_at: z.string().max(40),
  })
  .strict();

export const fieldNames = (kind: SyncedKind): string[] => Object.keys(kind.fields);

/** What a field holds once erased: '' where the schema takes it, else null. */
export function emptyOf(kind: SyncedKind, field: string): SyncedValue {
  return kind.fields[field]?.safeParse('').success ? '' : null;
}

const table = (kind: SyncedKind) => raw(kind.table);

interface StoredRow {
  id: string;
  clocks: string;
  created_at: string;
  deleted_at: string;
  [field: string]: SyncedValue;
}

function rowOf(db: Db, kind: SyncedKind, id: string): StoredRow | undefined {
  return get<StoredRow>(db, sql`SELECT * FROM ${table(kind)} WHERE id = ${id}`);
}

function valuesOf(kind: SyncedKind, row: StoredRow): SyncedFields {
  return Object.fromEntries(fieldNames(kind).map((field) => [field, row[field] ?? null]));
}

/** A live record's fields, or undefined when there is none (or it was deleted). */
export function readSynced(context: VaultContext, kind: SyncedKind, id: string): SyncedFields | undefined {
  const row = rowOf(context.db, kind, id);
  return row && !row.deleted_at ? valuesOf(kind, row) : undefined;
}

/** Writes a new record (the caller has validated its fields); one stamp covers every field. */
export function createSynced(context: VaultContext, kind: SyncedKind, fields: SyncedFields, id: string = randomUUID()): string {
  const stamp = nextStamp(context.db, context.officerId, context.now().getTime());
  const now = context.now().toISOString();
  const names = fieldNames(kind);
  const clocks = Object.fromEntries([...names, 'deleted_at'].map((field) => [field, stamp]));
  const columns = [...names, 'clocks', 'created_at', 'updated_at', 'id'];
  prepare(context.db, sql`INSERT INTO ${identifier(kind.table)} (${identifiers(columns)}) VALUES (${placeholders(columns.length)})`.text).run(
    ...names.map((field) => fields[field] ?? emptyOf(kind, field)),
    JSON.stringify(clocks),
    now,
    now,
    id,
  );
  recordAudit(context, { entity: kind.name as AuditRecord['entity'], entityId: id, action: 'create', after: fields });
  return id;
}

/** Changes the fields that differ, stamping each; returns their names (none: nothing written). */
export function updateSynced(context: VaultContext, kind: SyncedKind, id: string, changes: SyncedFields): string[] {
  const row = rowOf(context.db, kind, id);
  if (!row || row.deleted_at) return [];
  const changed = Object.keys(changes).filter((field) => field in kind.fields && changes[field] !== row[field]);
  if (changed.length === 0) return [];
  const stamp = nextStamp(context.db, context.officerId, context.now().getTime());
  const clocks = { ...(JSON.parse(row.clocks) as Record<string, string>) };
  for (const field of changed) clocks[field] = stamp;
  const changedColumns = [...changed, 'clocks', 'updated_at'];
  prepare(context.db, sql`UPDATE ${identifier(kind.table)} SET ${assignments(changedColumns)} WHERE id = ?`.text).run(
    ...changed.map((field) => changes[field] ?? emptyOf(kind, field)),
    JSON.stringify(clocks),
    context.now().toISOString(),
    id,
  );
  recordAudit(context, {
    entity: kind.name as AuditRecord['entity'],
    entityId: id,
    action: 'update',
    before: Object.fromEntries(changed.map((field) => [field, row[field]])),
    after: Object.fromEntries(changed.map((field) => [field, changes[field]])),
  });
  return changed;
}

/**
 * Deletes a record for good: every field is erased (member references stay, so the deletion
 * can travel in the exports of those members' scope), the tombstone stamped, and the audit log
 * keeps only who deleted it and when. Deletion is final: no later write brings the data back.
 */
export function deleteSynced(context: VaultContext, kind: SyncedKind, id: string): boolean {
  const row = rowOf(context.db, kind, id);
  if (!row || row.deleted_at) return false;
  const stamp = nextStamp(context.db, context.officerId, context.now().getTime());
  writeTombstone(context.db, kind, id, stamp, context.now().toISOString());
  recordAudit(context, { entity: kind.name as AuditRecord['entity'], entityId: id, action: 'delete' });
  return true;
}

/** Every field but the member references erased, every clock the deletion's stamp. */
function writeTombstone(db: Db, kind: SyncedKind, id: string, stamp: string, at: string): void {
  const erased = fieldNames(kind).filter((field) => !(kind.memberColumns ?? []).includes(field));
  const clocks = Object.fromEntries([...fieldNames(kind), 'deleted_at'].map((field) => [field, stamp]));
  const changedColumns = [...erased, 'clocks', 'updated_at', 'deleted_at'];
  prepare(db, sql`UPDATE ${identifier(kind.table)} SET ${assignments(changedColumns)} WHERE id = ?`.text).run(
    ...erased.map((field) => emptyOf(kind, field)),
    JSON.stringify(clocks),
    at,
    at,
    id,
  );
}

/** Deleting members erases every record of these kinds that names one of them. */
export function eraseRecordsOfMembers(context: VaultContext, kinds: readonly SyncedKind[], memberIds: readonly string[]): number {
  let erased = 0;
  const ids = JSON.stringify(memberIds);
  for (const kind of kinds) {
    for (const column of kind.memberColumns ?? []) {
      const rows = all<{ id: string }>(
        context.db,
        sql`SELECT id FROM ${table(kind)} WHERE deleted_at = '' AND ${raw(column)} IN (SELECT value FROM json_each(${ids}))`,
      );
      for (const { id } of rows) if (deleteSynced(context, kind, id)) erased++;
    }
  }
  return erased;
}

/**
 * When two roll entries turn out to be one person, the records naming the one let go move to
 * the one kept (through updateSynced, so other officers' copies follow); a record left naming
 * the kept member twice (a tie between the two) is deleted.
 */
export function repointMemberRecords(context: VaultContext, kinds: readonly SyncedKind[], fromId: string, toId: string): void {
  for (const kind of kinds) {
    const columns = kind.memberColumns ?? [];
    for (const column of columns) {
      const rows = all<StoredRow>(context.db, sql`SELECT * FROM ${table(kind)} WHERE deleted_at = '' AND ${identifier(column)} = ${fromId}`);
      for (const row of rows) {
        const after = Object.fromEntries(columns.map((name) => [name, row[name] === fromId ? toId : (row[name] ?? null)]));
        const named = columns.map((name) => after[name]);
        if (columns.length > 1 && new Set(named).size < named.length) deleteSynced(context, kind, row.id);
        else updateSynced(context, kind, row.id, after);
      }
    }
  }
}

/** The records of a kind as they travel, tombstones included; with memberIds, only those in that scope. */
export function readSyncedRecords(db: Db, kind: SyncedKind, memberIds?: ReadonlySet<string>): SyncedRecord[] {
  const rows = all<StoredRow>(db, sql`SELECT * FROM ${table(kind)} ORDER BY id`);
  const inScope = memberIds ? scopeFilter(db, kind, memberIds) : () => true;
  return rows.filter(inScope).map((row) => ({
    id: row.id,
    fields: { ...valuesOf(kind, row), deleted_at: row.deleted_at },
    clocks: JSON.parse(row.clocks) as Record<string, string>,
    created_at: row.created_at,
  }));
}

function scopeFilter(db: Db, kind: SyncedKind, memberIds: ReadonlySet<string>): (row: StoredRow) => boolean {
  if (kind.scope) {
    const ids = kind.scope(db, memberIds);
    return (row) => ids.has(row.id);
  }
  const columns = kind.memberColumns ?? [];
  // A kind that names no member belongs to no one's scope: it travels only in whole-vault exports.
  if (columns.length === 0) return () => false;
  return (row) => columns.every((column) => memberIds.has(String(row[column] ?? '')));
}

export interface SyncedMergeSummary {
  new: number;
  changed: number;
  deleted: number;
  conflicts: number;
  details: { id: string; kind: 'new' | 'changed' | 'deleted' | 'conflict'; name: string; fields: string[] }[];
}

export const emptySyncedSummary = (): SyncedMergeSummary => ({ new: 0, changed: 0, deleted: 0, conflicts: 0, details: [] });

/** Whether an id names a member here: alive, deleted (a tombstone), or not at all. */
export type MemberState = 'live' | 'deleted' | 'unknown';

/**
 * Why an incoming record cannot be applied, in one sentence, or null. `memberState` tells of the
 * members here (and those arriving in the same file). A record about a member this vault has
 * deleted is not refused: it is taken as erased (see mergeSyncedRecords).
 */
export function refusalOf(db: Db, kind: SyncedKind, record: SyncedRecord, memberState: (id: string) => MemberState): string | null {
  const what = `A ${kind.name.replace(/_/g, ' ')} record in this file`;
  for (const field of Object.keys(record.fields)) {
    if (field !== 'deleted_at' && !(field in kind.fields)) return `${what} has a field this version of Chapterhouse does not know ("${field}").`;
  }
  // Each stamp's form, author and drift were checked with every other stamp of the file (core/clock.ts checkStamp).
  for (const field of Object.keys(record.clocks)) {
    if (field !== 'deleted_at' && !(field in kind.fields)) return `${what} has a field this version of Chapterhouse does not know ("${field}").`;
  }
  const deleted = record.fields.deleted_at ?? '';
  if (typeof deleted !== 'string') return `${what} is damaged (its deletion date is not a date).`;
  if (deleted) return null; // a tombstone carries no data to check
  for (const [field, schema] of Object.entries(kind.fields)) {
    if (!(field in record.fields)) return `${what} lacks its "${field}".`;
    if (!schema.safeParse(record.fields[field]).success) return `${what} has a value this vault cannot store in "${field}".`;
  }
  for (const column of kind.memberColumns ?? []) {
    if (memberState(String(record.fields[column] ?? '')) === 'unknown') return `${what} names a member who is not in this vault.`;
  }
  return kind.check?.(db, record.fields) ?? null;
}

interface Plan {
  incoming: SyncedRecord;
  local: StoredRow | undefined;
  action: 'insert' | 'tombstone' | 'update' | 'none';
  take: string[];
}

/** What merging one incoming record does: per field the later stamp wins; deletion is final. */
function planRecord(kind: SyncedKind, local: StoredRow | undefined, incoming: SyncedRecord): Plan {
  const deleted = Boolean(incoming.fields.deleted_at);
  if (!local) return { incoming, local, action: 'insert', take: [] };
  if (local.deleted_at) {
    // Both deleted: keep the later deletion, so both vaults end with the same tombstone.
    const later = deleted && (incoming.clocks.deleted_at ?? '') > (JSON.parse(local.clocks) as Record<string, string>).deleted_at!;
    return { incoming, local, action: later ? 'tombstone' : 'none', take: [] };
  }
  if (deleted) return { incoming, local, action: 'tombstone', take: [] };
  const ours = JSON.parse(local.clocks) as Record<string, string>;
  const take = fieldNames(kind).filter((field) => (incoming.clocks[field] ?? '') > (ours[field] ?? ''));
  return { incoming, local, action: take.length ? 'update' : 'none', take };
}

/**
 * Merges incoming records of one kind. Every record is checked first ({@link refusalOf}); one
 * bad record refuses the file with its sentence (the caller's transaction then writes nothing).
 * Applying the same records twice changes nothing, and any delivery order gives the same rows.
 * `since` is the latest stamp seen earlier from the sender: a field they changed since then
 * that this vault changed later still is counted as a conflict (ours kept).
 */
export function mergeSyncedRecords(
  db: Db,
  kind: SyncedKind,
  records: readonly SyncedRecord[],
  options: {
    write: boolean;
    since: string;
    now: string;
    maxDetails: number;
    memberState: (id: string) => MemberState;
    /** Told of each applied change, with the stamps that brought it, for the audit log. */
    onApplied?: (id: string, action: 'sync create' | 'sync' | 'sync delete', before: SyncedFields | null, after: SyncedFields | null, stamps: string[]) => void;
  },
): SyncedMergeSummary {
  const summary = emptySyncedSummary();
  const note = (detail: SyncedMergeSummary['details'][number]) => {
    if (summary.details.length < options.maxDetails) summary.details.push(detail);
  };
  for (const incoming of records) {
    const refusal = refusalOf(db, kind, incoming, options.memberState);
    if (refusal) throw new UserError('INVALID_INPUT', `${refusal} Nothing from this file was imported.`);
  }
  for (const received of records) {
    // Another officer wrote about a member before learning that this vault deleted them: deleted
    // means erased, so the record arrives as a tombstone, and the file is still taken.
    const incoming = namesDeletedMember(kind, received, options.memberState) ? erasedCopy(kind, received, options.now) : received;
    const local = rowOf(db, kind, incoming.id);
    const plan = planRecord(kind, local, incoming);
    const ours = local ? valuesOf(kind, local) : null;
    if (plan.action === 'insert') {
      const deleted = Boolean(incoming.fields.deleted_at);
      if (deleted) summary.deleted++;
      else {
        summary.new++;
        note({ id: incoming.id, kind: 'new', name: kind.describe(incoming.fields), fields: [] });
      }
      if (options.write) insertIncoming(db, kind, incoming, options.now);
      if (options.write && !deleted) options.onApplied?.(incoming.id, 'sync create', null, incoming.fields, Object.values(incoming.clocks));
    } else if (plan.action === 'tombstone') {
      if (!local!.deleted_at) {
        summary.deleted++;
        note({ id: incoming.id, kind: 'deleted', name: kind.describe(ours!), fields: [] });
        if (options.write) options.onApplied?.(incoming.id, 'sync delete', null, null, [incoming.clocks.deleted_at ?? '']);
      }
      if (options.write) writeTombstone(db, kind, incoming.id, incoming.clocks.deleted_at ?? '', String(incoming.fields.deleted_at));
    } else if (plan.action === 'update') {
      const changed = plan.take.filter((field) => incoming.fields[field] !== local![field]);
      if (changed.length) {
        summary.changed++;
        note({ id: incoming.id, kind: 'changed', name: kind.describe({ ...ours!, ...incoming.fields }), fields: changed });
      }
      if (options.write) {
        applyFields(db, kind, incoming, local!, plan.take, options.now);
        if (changed.length) {
          options.onApplied?.(
            incoming.id,
            'sync',
            Object.fromEntries(changed.map((field) => [field, local![field] ?? null])),
            Object.fromEntries(changed.map((field) => [field, incoming.fields[field] ?? null])),
            changed.map((field) => incoming.clocks[field]!),
          );
        }
      }
    }
    if (local && !local.deleted_at && !incoming.fields.deleted_at) {
      const ourClocks = JSON.parse(local.clocks) as Record<string, string>;
      const conflicts = fieldNames(kind).filter((field) => {
        const theirs = incoming.clocks[field] ?? '';
        return theirs > options.since && theirs < (ourClocks[field] ?? '') && incoming.fields[field] !== local[field];
      });
      if (conflicts.length) {
        summary.conflicts++;
        note({ id: incoming.id, kind: 'conflict', name: kind.describe(ours!), fields: conflicts });
      }
    }
  }
  return summary;
}

function namesDeletedMember(kind: SyncedKind, record: SyncedRecord, memberState: (id: string) => MemberState): boolean {
  if (record.fields.deleted_at) return false;
  return (kind.memberColumns ?? []).some((column) => memberState(String(record.fields[column] ?? '')) === 'deleted');
}

/** A record as its tombstone: member references kept, every other field empty, stamped with its latest stamp. */
function erasedCopy(kind: SyncedKind, record: SyncedRecord, now: string): SyncedRecord {
  const stamp = Object.values(record.clocks).reduce((latest, each) => (each > latest ? each : latest), '');
  const fields: SyncedFields = { deleted_at: now };
  for (const field of fieldNames(kind)) fields[field] = (kind.memberColumns ?? []).includes(field) ? (record.fields[field] ?? null) : emptyOf(kind, field);
  const clocks = Object.fromEntries([...fieldNames(kind), 'deleted_at'].map((field) => [field, stamp]));
  return { id: record.id, fields, clocks, created_at: record.created_at };
}

function insertIncoming(db: Db, kind: SyncedKind, incoming: SyncedRecord, now: string): void {
  const names = fieldNames(kind);
  const deleted = String(incoming.fields.deleted_at ?? '');
  const kept = (field: string) => !deleted || (kind.memberColumns ?? []).includes(field);
  const columns = [...names, 'clocks', 'created_at', 'updated_at', 'deleted_at', 'id'];
  prepare(db, sql`INSERT INTO ${identifier(kind.table)} (${identifiers(columns)}) VALUES (${placeholders(columns.length)})`.text).run(
    ...names.map((field) => (kept(field) ? (incoming.fields[field] ?? emptyOf(kind, field)) : emptyOf(kind, field))),
    JSON.stringify(incoming.clocks),
    incoming.created_at,
    now,
    deleted,
    incoming.id,
  );
}

function applyFields(db: Db, kind: SyncedKind, incoming: SyncedRecord, local: StoredRow, take: string[], now: string): void {
  const clocks = { ...(JSON.parse(local.clocks) as Record<string, string>) };
  for (const field of take) clocks[field] = incoming.clocks[field]!;
  const changedColumns = [...take, 'clocks', 'updated_at'];
  prepare(db, sql`UPDATE ${identifier(kind.table)} SET ${assignments(changedColumns)} WHERE id = ?`.text).run(
    ...take.map((field) => incoming.fields[field] ?? emptyOf(kind, field)),
    JSON.stringify(clocks),
    now,
    incoming.id,
  );
}
