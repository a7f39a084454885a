import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus, OpenActionItem } from '../../../shared/meetings';
import { ErrorAlert } from '../ui/alerts';
import { formatCalendarDate } from '../ui/dates';
import { errorMessage } from '../ui/errors';
import { ActionStatusSelect } from './action-items';
import { formatMeetingDate } from './format';

/** Action items across every meeting (open ones first of all), oldest due first, with their status to update. */
export function ActionItemsView({ onOpen }: { onOpen: (meetingId: string) => void }) {
  const { t } = useTranslation('meetings');
  const [status, setStatus] = useState<ActionStatus>('open');
  const [items, setItems] = useState<OpenActionItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    window.chapter.meetings
      .actions({ status })
      .then(setItems)
      .catch((failure: unknown) => setError(errorMessage(failure)));
  }, [status]);

  useEffect(reload, [reload]);

  async function change(id: string, next: ActionStatus) {
    try {
      await window.chapter.meetings.updateAction({ id, status: next });
      setError(null);
      reload();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  return (
    <div className="mtg-actions-view">
      <div className="mtg-actions-toolbar">
        <label htmlFor="mtg-actions-status">{t('actions.show')}</label>
        <select id="mtg-actions-status" className="input select" value={status} onChange={(event) => setStatus(event.target.value as ActionStatus)}>
          <option value="open">{t('actionStatus.open')}</option>
          <option value="done">{t('actionStatus.done')}</option>
          <option value="dropped">{t('actionStatus.dropped')}</option>
        </select>
      </div>
      <ErrorAlert message={error} />
      {items && items.length === 0 ? <p className="empty-state mtg-empty">{t(`actions.none.${status}`)}</p> : null}
      {items && items.length > 0 ? (
        <table className="mtg-table" aria-label={t('actions.label')}>
          <thead>
            <tr>
              <th scope="col">{t('actions.what')}</th>
              <th scope="col">{t('actions.owner')}</th>
              <th scope="col">{t('actions.due')}</th>
              <th scope="col">{t('actions.from')}</th>
              <th scope="col">{t('actions.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>{item.what}</td>
                <td>{item.ownerName || '—'}</td>
                <td className="mtg-nowrap">{item.due ? formatCalendarDate(item.due) : '—'}</td>
                <td>
                  <button type="button" className="link mtg-link-left" onClick={() => onOpen(item.meetingId)}>
                    {item.meetingTitle}
                  </button>
                  <span className="mtg-row-sub">{formatMeetingDate(item.meetingDate)}</span>
                </td>
                <td>
                  <ActionStatusSelect id={`mtg-action-all-${item.id}`} label={t('actions.statusOf', { what: item.what })} value={item.status} onChange={(next) => void change(item.id, next)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
