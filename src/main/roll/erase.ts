/**
 * Deleting a member erases them. A chapter keeps people who left with the status `former`;
 * delete is for data that must go (a mistaken entry, someone who asked to be removed, someone
 * working for the landlord). What stays is a tombstone: the id, the clock stamps and deleted_at,
 * so other officers' copies learn of the deletion. Every field, the contact attempts
 * (conversations among them) and relationships, the search
 * index entry and the before/after values in the audit log go ("member deleted by X at T"
 * stays). Undo is offered for a moment: what it needs is held in memory by the caller
 * (`ErasedSnapshot`), never written to the vault.
 */
import type { Db } from '../db/connection';
import { all, assignments, get, identifier, identifiers, placeholders, prepare, run, sql } from '../db/sql';
import { nextStamp } from '../core/clock';
import { MEMBER_TEXT_FIELDS } from '../../shared/roll';
import type { VaultContext } from '../core/context';
import { DERIVED_COLUMNS } from './members';

/** Every column of a member row that holds something about the person (a function: members.ts imports this module). */
const personalColumns = (): string[] => [...MEMBER_TEXT_FIELDS, 'assessment', 'custom', ...DERIVED_COLUMNS];
/** The member fields that carry a clock stamp each (as exchange/records.ts SYNCED_MEMBER_FIELDS). */
const STAMPED_FIELDS = [...MEMBER_TEXT_FIELDS, 'assessment', 'custom', 'deleted_at'] as const;
const emptyOf = (column: string): string | null => (column === 'assessment' ? null : column === 'custom' ? '{}' : '');

type Row = Record<string, unknown>;

/** What undoing needs: the rows as they were, held in memory only. */
export interface ErasedSnapshot {
  members: Row[];
  /** Contact attempts (conversations among them) and relationships naming them, as stored. */
  attempts: Row[];
  relationships: Row[];
  audit: { id: number; entity_id: string; before: string | null; after: string | null }[];
}

/** The committee's records that name a member: table, the columns that do, and the audit entity. */
const NAMING = [
  { table: 'contact_attempts', entity: 'contact_attempt', named: (id: string) => sql`SELECT * FROM contact_attempts WHERE member_id = ${id}` },
  { table: 'relationships', entity: 'relationship', named: (id: string) => sql`SELECT * FROM relationships WHERE member_id = ${id} OR other_id = ${id}` },
] as const;

/** The rows of these live members, their contact attempts, ties and audit entries as they are now. */
export function snapshotMembers(db: Db, ids: string[]): ErasedSnapshot {
  const members: Row[] = [];
  const attempts: Row[] = [];
  const relationships: Row[] = [];
  const audit: ErasedSnapshot['audit'] = [];
  for (const id of new Set(ids)) {
    const row = get<Row>(db, sql`SELECT * FROM members WHERE id = ${id} AND deleted_at = ''`);
    if (!row) continue;
    members.push(row);
    audit.push(...all<ErasedSnapshot['audit'][number]>(db, sql`SELECT id, entity_id, before, after FROM audit_log WHERE entity = 'member' AND entity_id = ${id}`));
    for (const naming of NAMING) {
      const rows = all<Row>(db, naming.named(id));
      (naming.table === 'contact_attempts' ? attempts : relationships).push(...rows);
      for (const row of rows) {
        audit.push(
          ...all<ErasedSnapshot['audit'][number]>(db, sql`SELECT id, entity_id, before, after FROM audit_log WHERE entity = ${naming.entity} AND entity_id = ${String(row.id)}`),
        );
      }
    }
  }
  return { members, attempts, relationships, audit };
}

/**
 * Empties everything a deleted member's row, contact attempts, ties and audit entries say about them.
 * The clocks stay as they are (the caller stamps the deletion): used when this vault deletes a
 * member and when a deletion arrives from another officer.
 */
export function eraseTraces(db: Db, id: string): void {
  for (const naming of NAMING) {
    for (const row of all<{ id: string }>(db, naming.named(id))) {
      run(db, sql`UPDATE audit_log SET before = NULL, after = NULL WHERE entity = ${naming.entity} AND entity_id = ${row.id}`);
      run(db, sql`DELETE FROM ${identifier(naming.table)} WHERE id = ${row.id}`);
    }
  }
  run(db, sql`UPDATE audit_log SET before = NULL, after = NULL WHERE entity = 'member' AND entity_id = ${id}`);
  const columns = personalColumns();
  prepare(db, sql`UPDATE members SET ${assignments(columns)} WHERE id = ?`.text).run(
    ...columns.map(emptyOf),
    id,
  );
}

/**
 * The search index is contentless: deleting a row only marks it, and its terms stay in the index
 * until the segments are merged. After erasing, merge them all (about a second at 100,000 members).
 */
export function purgeSearchIndex(db: Db): void {
  run(db, sql`INSERT INTO members_search (members_search) VALUES ('optimize')`);
}

/**
 * Deletes a live member: one stamp for the deletion on every field (so the emptied fields win
 * over older copies elsewhere), then erases. The caller owns the transaction and the audit.
 */
export function eraseMember(context: VaultContext, id: string): boolean {
  const row = get<{ deleted_at: string }>(context.db, sql`SELECT deleted_at FROM members WHERE id = ${id}`);
  if (!row || row.deleted_at !== '') return false;
  const stamp = nextStamp(context.db, context.officerId, context.now().getTime());
  const clocks = JSON.stringify(Object.fromEntries(STAMPED_FIELDS.map((field) => [field, stamp])));
  const now = context.now().toISOString();
  run(context.db, sql`UPDATE members SET deleted_at = ${now}, clocks = ${clocks}, updated_at = ${now} WHERE id = ${id}`);
  eraseTraces(context.db, id);
  return true;
}

/**
 * Puts snapshotted members back as they were, each field with a new stamp so the return wins
 * over the tombstone in every vault it reached meanwhile; attempts, ties and audit entries come
 * back as they were. Returns how many members came back. The caller owns the transaction.
 */
export function restoreSnapshot(context: VaultContext, snapshot: ErasedSnapshot): number {
  const db = context.db;
  const now = context.now().toISOString();
  for (const member of snapshot.members) {
    const stamp = nextStamp(db, context.officerId, context.now().getTime());
    const clocks = JSON.stringify(Object.fromEntries(STAMPED_FIELDS.map((field) => [field, stamp])));
    const columns = [...personalColumns(), 'deleted_at'];
    prepare(db, sql`UPDATE members SET ${assignments([...columns, 'clocks', 'updated_at'])} WHERE id = ?`.text).run(
      ...columns.map((column) => member[column] as string | number | null),
      clocks,
      now,
      member.id as string,
    );
  }
  for (const [table, rows] of [
    ['contact_attempts', snapshot.attempts],
    ['relationships', snapshot.relationships],
  ] as const) {
    for (const row of rows) {
      // Column names come from the row as this vault stored it, never from input.
      const columns = Object.keys(row);
      run(db, sql`DELETE FROM ${identifier(table)} WHERE id = ${row.id as string}`);
      prepare(db, sql`INSERT INTO ${identifier(table)} (${identifiers(columns)}) VALUES (${placeholders(columns.length)})`.text).run(
        ...columns.map((column) => row[column] as string | number | null),
      );
    }
  }
  for (const entry of snapshot.audit) {
    run(db, sql`UPDATE audit_log SET entity_id = ${entry.entity_id}, before = ${entry.before}, after = ${entry.after} WHERE id = ${entry.id}`);
  }
  return snapshot.members.length;
}
