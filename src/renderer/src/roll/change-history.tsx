import { useTranslation } from 'react-i18next';
import type { AuditEntry, CustomField } from '../../../shared/roll';
import { fieldLabel, formatTimestamp } from './member-fields';

/** The audit log's action names → what the officer reads (keys under roll:history.actions). */
const ACTION_KEYS = {
  create: 'create',
  update: 'update',
  'bulk update': 'bulkUpdate',
  delete: 'delete',
  restore: 'restore',
  merge: 'merge',
  import: 'import',
  'assessment from conversation': 'assessment',
} as const;

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
  const { t } = useTranslation('roll');
  if (audit.length === 0) return <p className="panel-empty">{t('history.none')}</p>;
  return (
    <ol className="history" aria-label={t('history.label')}>
      {audit.map((entry) => {
        const lines = entry.changes.flatMap((change) => expand(change, customFields));
        const created = entry.action === 'create';
        return (
          <li key={entry.id} className="history-entry">
            <p className="history-meta">
              <span className="history-action">{entry.action in ACTION_KEYS ? t(`history.actions.${ACTION_KEYS[entry.action as keyof typeof ACTION_KEYS]}`) : entry.action}</span>
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
                          <span className="history-before">{line.before || t('history.empty')}</span>
                          <span aria-label={t('history.changedTo')}> → </span>
                          <span className="history-after">{line.after || t('history.empty')}</span>
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
