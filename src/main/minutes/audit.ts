/** Meetings write to the roll's audit log, so one log tells who changed what, wherever. */
import { recordAudit, type AuditRecord } from '../core/audit';
import type { VaultContext } from '../core/context';

export function audit(context: VaultContext, entity: 'meeting' | 'meeting_type', entityId: string, action: string, before?: unknown, after?: unknown, note?: string): void {
  recordAudit(context, {
    entity,
    entityId,
    action,
    before: (before ?? null) as AuditRecord['before'],
    after: (after ?? null) as AuditRecord['after'],
    ...(note ? { note } : {}),
  });
}
