/**
 * STAND-IN for src/main/core/synced-records.ts, which the lead lands on main (see
 * ORGANIZING-SHARED.md): the same names and signatures, so that when it lands this file becomes
 * a re-export and nothing else in places/ changes. Writes follow the convention exactly: one
 * clock stamp per field in `clocks` (the '' key stamps every field at creation, as members do),
 * tombstones with every field emptied, one audit entry per write.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../db/connection';
import { get, prepare } from '../../db/sql';
import { nextStamp } from '../../exchange/hlc';
import { recordAudit, type AuditRecord } from '../../roll/audit';
import type { RollContext } from '../../roll/context';

export type SyncedValue = string | number | null;

export interface SyncedKind {
  name: string;
  table: string;
  fields: Record<string, z.ZodType<SyncedValue>>;
  memberColumns?: string[];
  scope?: (db: Db, memberIds: ReadonlySet<string>) => Set<string>;
  optIn?: 'relationships';
  check?: (db: Db, fields: Record<string, unknown>) => string | null;
  describe: (fields: Record<string, unknown>) => string;
}

const entity = (kind: SyncedKind) => kind.name as AuditRecord['entity'];

export function createSynced(context: RollContext, kind: SyncedKind, fields: Record<string, SyncedValue>, id: string = randomUUID()): string {
  const now = context.now().toISOString();
  const stamp = nextStamp(context.db, context.officerId, context.now().getTime());
  const columns = Object.keys(kind.fields).filter((field) => field in fields);
  const names = ['id', ...columns, 'clocks', 'created_at', 'updated_at'];
  prepare(context.db, `INSERT INTO ${kind.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
    id,
    ...columns.map((field) => fields[field] ?? null),
    JSON.stringify({ '': stamp }),
    now,
    now,
  );
  recordAudit(context, { entity: entity(kind), entityId: id, action: 'create', after: Object.fromEntries(columns.map((field) => [field, fields[field]])) });
  return id;
}

export function readSynced(context: RollContext, kind: SyncedKind, id: string): Record<string, SyncedValue> | undefined {
  const row = get<Record<string, SyncedValue>>(context.db, { text: `SELECT * FROM ${kind.table} WHERE id = ? AND deleted_at = ''`, params: [id] });
  if (!row) return undefined;
  return { id: row.id ?? id, ...Object.fromEntries(Object.keys(kind.fields).map((field) => [field, row[field] ?? null])) };
}

export function updateSynced(context: RollContext, kind: SyncedKind, id: string, changes: Record<string, SyncedValue>): string[] {
  const before = readSynced(context, kind, id);
  if (!before) return [];
  const changed = Object.keys(changes).filter((field) => field in kind.fields && before[field] !== changes[field]);
  if (changed.length === 0) return [];
  const stamp = nextStamp(context.db, context.officerId, context.now().getTime());
  const row = get<{ clocks: string }>(context.db, { text: `SELECT clocks FROM ${kind.table} WHERE id = ?`, params: [id] })!;
  const clocks = JSON.parse(row.clocks) as Record<string, string>;
  for (const field of changed) clocks[field] = stamp;
  prepare(context.db, `UPDATE ${kind.table} SET ${changed.map((field) => `${field} = ?`).join(', ')}, clocks = ?, updated_at = ? WHERE id = ?`).run(
    ...changed.map((field) => changes[field] ?? null),
    JSON.stringify(clocks),
    context.now().toISOString(),
    id,
  );
  recordAudit(context, {
    entity: entity(kind),
    entityId: id,
    action: 'update',
    before: Object.fromEntries(changed.map((field) => [field, before[field]])),
    after: Object.fromEntries(changed.map((field) => [field, changes[field]])),
  });
  return changed;
}

export function deleteSynced(context: RollContext, kind: SyncedKind, id: string): void {
  if (!readSynced(context, kind, id)) return;
  const now = context.now().toISOString();
  const stamp = nextStamp(context.db, context.officerId, context.now().getTime());
  const fields = Object.keys(kind.fields);
  const emptied = fields.map((field) => (kind.fields[field]!.safeParse('').success ? '' : null));
  const clocks = Object.fromEntries([...fields, 'deleted_at'].map((field) => [field, stamp]));
  prepare(context.db, `UPDATE ${kind.table} SET ${fields.map((field) => `${field} = ?`).join(', ')}, clocks = ?, deleted_at = ?, updated_at = ? WHERE id = ?`).run(
    ...emptied,
    JSON.stringify(clocks),
    now,
    now,
    id,
  );
  recordAudit(context, { entity: entity(kind), entityId: id, action: 'delete' });
}
