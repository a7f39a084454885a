/**
 * The audit log: every change to a record, with the officer, the time, and each field before
 * and after. Written in the same transaction as the change it describes.
 */
import type { AuditEntry } from '../../shared/roll';
import { all, run, sql } from '../db/sql';
import type { VaultContext } from './context';

type Values = Record<string, unknown>;

export interface AuditRecord {
  entity: 'member' | 'conversation' | 'custom_field' | 'settings' | 'officer' | 'exchange' | 'meeting' | 'meeting_type'
    // Places, targets, issues and demands (organizing/places): their synced kinds' names.
    | 'place' | 'target' | 'place_target' | 'issue' | 'issue_event' | 'demand' | 'demand_copy'
    // Campaigns (organizing/campaigns).
    | 'campaign' | 'campaign_response'
    // The organizing committee (organizing/committee).
    | 'contact_attempt' | 'relationship';
  entityId: string;
  action: string;
  before?: Values | null;
  after?: Values | null;
  note?: string;
}

export function recordAudit(context: VaultContext, record: AuditRecord): void {
  run(
    context.db,
    sql`INSERT INTO audit_log (at, officer_id, entity, entity_id, action, before, after, note)
        VALUES (${context.now().toISOString()}, ${context.officerId}, ${record.entity}, ${record.entityId},
                ${record.action}, ${record.before ? JSON.stringify(record.before) : null},
                ${record.after ? JSON.stringify(record.after) : null}, ${record.note ?? ''})`,
  );
}

const asText = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** Only the fields whose value differs, in a stable order. */
export function changedFields(before: Values | null, after: Values | null): AuditEntry['changes'] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .map((field) => ({ field, before: asText(before?.[field]), after: asText(after?.[field]) }))
    .filter((change) => change.before !== change.after);
}

export function readAudit(context: VaultContext, entity: AuditRecord['entity'], entityId: string): AuditEntry[] {
  const rows = all<{ id: number; at: string; officer: string | null; officer_id: string; action: string; before: string | null; after: string | null; note: string }>(
    context.db,
    sql`SELECT a.id, a.at, a.officer_id, o.name AS officer, a.action, a.before, a.after, a.note
        FROM audit_log a LEFT JOIN officers o ON o.id = a.officer_id
        WHERE a.entity = ${entity} AND a.entity_id = ${entityId}
        ORDER BY a.id DESC`,
  );
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    officer: row.officer ?? row.officer_id,
    action: row.action,
    changes: changedFields(row.before ? JSON.parse(row.before) : null, row.after ? JSON.parse(row.after) : null),
    note: row.note,
  }));
}
