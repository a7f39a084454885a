/** Meetings write to the roll's audit log, so one log tells who changed what, wherever. */
import { recordAudit, type AuditRecord } from '../roll/audit';
import type { RollContext } from '../roll/context';

type Entity = 'meeting' | 'meeting_type';

export function audit(context: RollContext, entity: Entity, entityId: string, action: string, before?: unknown, after?: unknown, note?: string): void {
  recordAudit(context, {
    // The roll's entity list predates meetings; the log itself takes any entity name.
    entity: entity as AuditRecord['entity'],
    entityId,
    action,
    before: (before ?? null) as AuditRecord['before'],
    after: (after ?? null) as AuditRecord['after'],
    ...(note ? { note } : {}),
  });
}
