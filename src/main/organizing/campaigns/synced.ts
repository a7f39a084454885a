/**
 * STAND-IN for src/main/core/synced-records.ts (the lead's, not on main yet): the same
 * signatures, so the campaign modules call createSynced/updateSynced/readSynced exactly as they
 * will. At the merge this file becomes a re-export of the real one.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../db/connection';
import { get, prepare } from '../../db/sql';
import { nextStamp } from '../../exchange/hlc';
import { recordAudit, type AuditRecord } from '../../roll/audit';
import type { RollContext } from '../../roll/context';

type Value = string | number | null;

export interface SyncedKind {
  name: string;
  table: string;
  fields: Record<string, z.ZodType<Value>>;
  memberColumns?: string[];
  scope?: (db: Db, memberIds: ReadonlySet<string>) => Set<string>;
  check?: (db: Db, fields: Record<string, unknown>) => string | null;
  describe: (fields: Record<string, unknown>) => string;
}

const entity = (kind: SyncedKind): AuditRecord['entity'] => kind.name as AuditRecord['entity'];

export function createSynced(context: RollContext, kind: SyncedKind, fields: Record<string, Value>, options: { id?: string } = {}): string {
  const id = options.id ?? randomUUID();
  const now = context.now().toISOString();
  const stamp = nextStamp(context.db, context.officerId, context.now().getTime());
  const names = Object.keys(kind.fields);
  const clocks = Object.fromEntries(names.map((name) => [name, stamp]));
  const columns = ['id', ...names, 'clocks', 'created_at', 'updated_at'];
  prepare(context.db, `INSERT INTO ${kind.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    id,
    ...names.map((name) => fields[name] ?? defaultOf(kind, name)),
    JSON.stringify(clocks),
    now,
    now,
  );
  recordAudit(context, { entity: entity(kind), entityId: id, action: 'create', after: fields });
  return id;
}

function defaultOf(kind: SyncedKind, name: string): Value {
  const parsed = kind.fields[name]!.safeParse('');
  return parsed.success ? parsed.data : '';
}

export function readSynced(context: RollContext, kind: SyncedKind, id: string): Record<string, Value> | undefined {
  return prepare(context.db, `SELECT * FROM ${kind.table} WHERE id = ? AND deleted_at = ''`).get(id) as Record<string, Value> | undefined;
}

export function updateSynced(context: RollContext, kind: SyncedKind, id: string, changes: Record<string, Value>): string[] {
  const before = readSynced(context, kind, id);
  if (!before) return [];
  const changed = Object.keys(changes).filter((name) => name in kind.fields && before[name] !== changes[name]);
  if (changed.length === 0) return [];
  const stamp = nextStamp(context.db, context.officerId, context.now().getTime());
  const clocks = { ...(JSON.parse(String(before.clocks)) as Record<string, string>) };
  for (const name of changed) clocks[name] = stamp;
  prepare(context.db, `UPDATE ${kind.table} SET ${changed.map((name) => `${name} = ?`).join(', ')}, clocks = ?, updated_at = ? WHERE id = ?`).run(
    ...changed.map((name) => changes[name] ?? null),
    JSON.stringify(clocks),
    context.now().toISOString(),
    id,
  );
  recordAudit(context, {
    entity: entity(kind),
    entityId: id,
    action: 'update',
    before: Object.fromEntries(changed.map((name) => [name, before[name]])),
    after: Object.fromEntries(changed.map((name) => [name, changes[name]])),
  });
  return changed;
}

export function deleteSynced(context: RollContext, kind: SyncedKind, id: string): void {
  const before = readSynced(context, kind, id);
  if (!before) return;
  const stamp = nextStamp(context.db, context.officerId, context.now().getTime());
  const names = Object.keys(kind.fields);
  const clocks = Object.fromEntries([...names, 'deleted_at'].map((name) => [name, stamp]));
  const now = context.now().toISOString();
  prepare(context.db, `UPDATE ${kind.table} SET ${names.map((name) => `${name} = ?`).join(', ')}, clocks = ?, updated_at = ?, deleted_at = ? WHERE id = ?`).run(
    ...names.map((name) => defaultOf(kind, name)),
    JSON.stringify(clocks),
    now,
    now,
    id,
  );
  recordAudit(context, { entity: entity(kind), entityId: id, action: 'delete' });
}

/** Whether a row with this id exists at all, tombstones included. */
export function syncedExists(db: Db, kind: SyncedKind, id: string): boolean {
  return get(db, { text: `SELECT 1 FROM ${kind.table} WHERE id = ?`, params: [id] }) !== undefined;
}
