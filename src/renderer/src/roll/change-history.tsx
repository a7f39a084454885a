import type { AuditEntry, CustomField } from '../../../shared/roll';
import { fieldLabel, formatTimestamp } from './member-fields';

const ACTION_LABELS: Record<string, string> = {
  create: 'Added to the roll',
  update: 'Changed',
  'bulk update': 'Changed with others',
  delete: 'Deleted',
  restore: 'Restored',
  merge: 'Merged',
  import: 'Imported',
  'assessment from conversation': 'Assessment from a conversation',
};

interface ChangeLine {
  field: string;
  before: string;
  after: string;
}

/** Custom fields are logged as one JSON object; show the keys that changed, each on its own line. */
function expand(change: AuditEntry['changes'][number], customFields: readonly CustomField[]): ChangeLine[] {
  if (change.field !== 'custom') return [{ field: fieldLabel(change.field, customFields), before: change.before, after: change.after }];
  const parse = (text: string): Record<string, string> => {
    try {
      return text ? (JSON.parse(text) as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const before = parse(change.before);
  const after = parse(change.after);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => (before[key] ?? '') !== (after[key] ?? ''))
    .map((key) => ({ field: fieldLabel(key, customFields), before: before[key] ?? '', after: after[key] ?? '' }));
}

/** The member's audit log: who changed what, when, from what to what. Newest first. */
export function ChangeHistory({ audit, customFields }: { audit: AuditEntry[]; customFields: readonly CustomField[] }) {
  if (audit.length === 0) return <p className="panel-empty">No changes recorded yet.</p>;
  return (
    <ol className="history" aria-label="Change history">
      {audit.map((entry) => {
        const lines = entry.changes.flatMap((change) => expand(change, customFields));
        const created = entry.action === 'create';
        return (
          <li key={entry.id} className="history-entry">
            <p className="history-meta">
              <span className="history-action">{ACTION_LABELS[entry.action] ?? entry.action}</span>
              <span>
                {entry.officer} · <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
              </span>
            </p>
            {entry.note ? <p className="history-note">{entry.note}</p> : null}
            {lines.length > 0 ? (
              <dl className="history-changes">
                {lines.map((line) => (
                  <div key={line.field} className="history-change">
                    <dt>{line.field}</dt>
                    <dd>
                      {created ? (
                        line.after
                      ) : (
                        <>
                          <span className="history-before">{line.before || 'empty'}</span>
                          <span aria-label="changed to"> → </span>
                          <span className="history-after">{line.after || 'empty'}</span>
                        </>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
